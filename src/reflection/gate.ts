/**
 * Cheap pre-checks that let a cue's regex be skipped when the paragraph cannot match it.
 * Most cues fire in under a fifth of paragraphs, and a Set lookup is far cheaper than a
 * regex scan, which is what keeps classification within its time budget.
 *
 * A gate lists trigger entries, any one of which must be present:
 *   word      a whole lower-case token ("because")
 *   stem*     a token starting with the stem's first four letters ("realis*")
 *   ~text     a raw substring of the lower-cased paragraph ("~|")
 *   #         any digit
 * Gates are a necessary condition only; the regex still decides. A test checks that every
 * match the regex finds in the dataset passes its gate.
 */

export interface Gate {
  words: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  substrings: readonly string[];
  digit: boolean;
}

/** What a paragraph offers to the gates, computed once per paragraph. */
export interface GateContext {
  lower: string;
  words: Set<string>;
  stems: Set<string>;
  digit: boolean;
}

const STEM = 4;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}&+-]*/gu;
const DIGIT = /\d/;

export function compileGate(entries: readonly string[]): Gate {
  const words = new Set<string>();
  const stems = new Set<string>();
  const substrings: string[] = [];
  let digit = false;
  for (const raw of entries) {
    const entry = raw.toLowerCase();
    if (entry === '#') digit = true;
    else if (entry.startsWith('~')) substrings.push(entry.slice(1));
    else if (entry.endsWith('*')) {
      if (entry.length - 1 < STEM) throw new RangeError(`gate stem shorter than ${STEM}: ${raw}`);
      stems.add(entry.slice(0, STEM));
    } else words.add(entry.split(/[\s&]+/)[0] as string);
  }
  return { words, stems, substrings, digit };
}

export function gateContext(text: string): GateContext {
  const lower = text.toLowerCase();
  const words = new Set<string>();
  const stems = new Set<string>();
  for (const match of lower.matchAll(TOKEN)) {
    const token = match[0];
    words.add(token);
    if (token.length >= STEM) stems.add(token.slice(0, STEM));
  }
  return { lower, words, stems, digit: DIGIT.test(text) };
}

export function gateOpen(gate: Gate | undefined, context: GateContext): boolean {
  if (!gate) return true;
  if (gate.digit && context.digit) return true;
  for (const word of gate.words) if (context.words.has(word)) return true;
  for (const stem of gate.stems) if (context.stems.has(stem)) return true;
  for (const part of gate.substrings) if (context.lower.includes(part)) return true;
  return false;
}

/** Gate entries for a word list: the first word of each entry, lower-cased. */
export function firstWords(list: readonly string[]): string[] {
  return list.map((entry) => entry.toLowerCase().split(/[\s&]+/)[0] as string);
}
