import { alternation } from './lexicon.js';

/**
 * Cheap pre-checks that let a cue's regex be skipped when the paragraph cannot match it.
 * Most cues fire in under a fifth of paragraphs; one trie-shaped regex pass that finds
 * every trigger word costs about as much as a single cue, which is what keeps
 * classification within its time budget.
 *
 * A gate lists trigger entries, any one of which must be present:
 *   word     a whole lower-case word ("because"). Words end at anything but a letter or a
 *            digit, so "didn't" offers "didn" and "one-to-one" offers "one"; a hyphenated
 *            entry ("trade-off") is matched whole.
 *   ~text    a raw substring of the lower-cased paragraph ("~|")
 *   #        any digit
 * A gate is a necessary condition only; the regex still decides. A test checks that every
 * match each regex finds in the dataset passes its gate.
 */

export interface GateIndex {
  /** Rule indices opened by each trigger word. */
  triggers: Map<string, number[]>;
  /** Finds any trigger word, so only trigger words are looked up. */
  finder: RegExp;
  substrings: { rule: number; text: string }[];
  digits: number[];
  /** Rules with no gate, which always run. */
  always: number[];
  size: number;
}

const DIGIT = /\d/;

export function buildGateIndex(gates: readonly (readonly string[] | undefined)[]): GateIndex {
  const triggers = new Map<string, number[]>();
  const substrings: { rule: number; text: string }[] = [];
  const digits: number[] = [];
  const always: number[] = [];
  gates.forEach((entries, rule) => {
    if (entries === undefined) {
      always.push(rule);
      return;
    }
    for (const raw of entries) {
      const entry = raw.trim().toLowerCase();
      if (entry === '#') digits.push(rule);
      else if (entry.startsWith('~')) substrings.push({ rule, text: entry.slice(1) });
      else triggers.set(entry, [...(triggers.get(entry) ?? []), rule]);
    }
  });
  // ASCII \b starts a word (no trigger begins with an accented letter); the end is checked
  // by hand so that "schön" ends after its "ö". A non-unicode regex is several times faster.
  const words = alternation([...triggers.keys()]);
  const finder = new RegExp(String.raw`\b(?:${words})(?![\w\u00c0-\u024f])`, 'g');
  return { triggers, finder, substrings, digits, always, size: gates.length };
}

/** Marks with 1 every rule whose gate the text passes. */
export function openRules(index: GateIndex, text: string): Uint8Array {
  const open = new Uint8Array(index.size);
  for (const rule of index.always) open[rule] = 1;
  const lower = text.toLowerCase();
  const { finder } = index;
  finder.lastIndex = 0;
  for (let m = finder.exec(lower); m !== null; m = finder.exec(lower)) {
    for (const rule of index.triggers.get(m[0]) ?? []) open[rule] = 1;
  }
  if (index.digits.length > 0 && DIGIT.test(text)) for (const rule of index.digits) open[rule] = 1;
  for (const { rule, text: part } of index.substrings) {
    if (open[rule] !== 1 && lower.includes(part)) open[rule] = 1;
  }
  return open;
}

/** Splits a '|'-separated gate into entries. */
export function gateEntries(list: string): string[] {
  return list
    .split('|')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/**
 * Gate entries for a list of phrases: the longest word of each, lower-cased. Every word of
 * a phrase must be present for it to match, and the longest is the rarest ("literature",
 * not "the").
 */
export function longestWords(list: readonly string[]): string[] {
  return list.map((entry) =>
    entry
      .toLowerCase()
      .split(/[\s&]+/)
      .reduce((a, b) => (b.length > a.length ? b : a), ''),
  );
}
