import type { Outline } from '../outline/load-outline.js';
import type { PartKind } from '../outline/schema.js';

/** What a heading (or file name, or front matter title) says about where it belongs. */
export interface Recognised {
  /** A section id such as `1a`, `future-plans`, `specialist` (number decided later), `advanced`. */
  section?: string;
  /** Number written with a repeatable section (`Specialist area 2`). */
  number?: number;
  /** Free title written after a repeatable section (`Specialist area: Accessibility`). */
  title?: string;
  /** A core area written without a letter (`Core Area 3`): a group, or a 2016-style section. */
  area?: number;
  part?: PartKind;
}

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// `1a`, `Core Area 1a`, `Section 1a`, `Criterion 1a`, `1a.`, `1a:` but not `Appendix 1a` or `Figure 2b`.
const CODE = /(?:^|\s)(?:core area |area |section |criterion |criteria )?([1-4]) ?([abc])(?= |$)/;
const NOT_A_CODE = /(?:appendix|figure|fig|table|case|example|evidence|exhibit|step) $/;
const AREA = /(?:^|\s)core area ([1-4])(?= |$)/;
const CASE_LABEL = /\b(?:case|example|part) (?:[ivx]+|[0-9]+|[a-d])\b/g;
const MAX_TITLE_WORDS = 16;
const REPEATABLE =
  /^(specialist area|specialist option|specialism|specialist|advanced area|cpd activity)(?: ([0-9]+))?(?: (.*))?$/;
const REPEATABLE_KIND: Record<string, string> = { advanced: 'advanced', cpd: 'review-cpd' };

export interface Recogniser {
  recognise(text: string, exactTitles?: boolean): Recognised;
}

/** Builds a recogniser from the outline's aliases and part words, plus the candidate's own area titles. */
export function createRecogniser(
  outline: Outline,
  areaTitles: { specialist: string[]; advanced: string[] },
): Recogniser {
  const aliases = outline.sections
    .flatMap((s) =>
      [normalise(s.title), ...s.aliases].map((alias) => ({
        alias,
        id: s.id,
        repeatable: s.repeatable,
      })),
    )
    .sort((a, b) => b.alias.length - a.alias.length);
  const partWords = Object.entries(outline.partWords)
    .flatMap(([part, words]) => words.map((w) => ({ word: normalise(w), part: part as PartKind })))
    .sort((a, b) => b.word.length - a.word.length);
  const ownTitles = [
    ...areaTitles.specialist.map((t, i) => ({
      title: normalise(t),
      id: 'specialist',
      number: i + 1,
    })),
    ...areaTitles.advanced.map((t, i) => ({ title: normalise(t), id: 'advanced', number: i + 1 })),
  ].filter((t) => t.title.length > 0);

  function findPart(rest: string): PartKind | undefined {
    const words = rest.replace(CASE_LABEL, ' ').replace(/\s+/g, ' ').trim();
    if (!words) return undefined;
    for (const { word, part } of partWords) {
      if (words === word || words.startsWith(word + ' ') || words.endsWith(' ' + word)) {
        // A long heading that merely starts with "Evaluation of..." is a subheading, not a part label.
        if (words.split(' ').length - word.split(' ').length > 3) continue;
        return part;
      }
    }
    return undefined;
  }

  /** Front matter titles and file names often name a whole core area, so only exact titles count there. */
  function recognise(raw: string, exactTitles = false): Recognised {
    const text = normalise(raw);
    if (!text) return {};
    const own = ownTitles.find((t) => text === t.title || text.endsWith(' ' + t.title));
    if (own) return { section: own.id, number: own.number };

    const code = CODE.exec(text);
    if (code && !NOT_A_CODE.test(text.slice(0, code.index + 1))) {
      const section = `${code[1]}${code[2]}`;
      const rest = (
        text.slice(0, code.index) +
        ' ' +
        text.slice(code.index + code[0].length)
      ).trim();
      const part = findPart(rest.replace(/^(core area|section|criterion)\s*/, ''));
      return part ? { section, part } : { section };
    }

    const repeatable = REPEATABLE.exec(text);
    if (repeatable) {
      const id = REPEATABLE_KIND[repeatable[1]?.split(' ')[0] ?? ''] ?? 'specialist';
      const number = repeatable[2] ? Number(repeatable[2]) : undefined;
      // `Specialist Area Reflections` labels a part of the area, not a new area called "Reflections".
      // `Specialist Area: Evaluation` is a title, though "evaluation" is also a part word.
      const titled = /[:–—]|\s-\s/.test(raw);
      const part = repeatable[3] && !titled ? findPart(repeatable[3]) : undefined;
      if (part) return { section: id, number, part };
      return {
        section: id,
        number,
        title: repeatable[3] ? raw.replace(/^[^:–—-]*[:–—-]\s*/, '').trim() : undefined,
      };
    }

    const area = AREA.exec(text);
    if (area && !CODE.test(text)) return { area: Number(area[1]) };

    const part = findPart(text);
    if (part) return { part };

    // Titles without codes: only short headings, so prose-like subheadings are not mistaken for criteria.
    if (text.split(' ').length > MAX_TITLE_WORDS) return {};
    for (const { alias, id } of aliases) {
      if (text === alias || (!exactTitles && text.includes(alias))) return { section: id };
    }
    return {};
  }

  return { recognise };
}

/** Reads a section from a file name: `1a.md`, `core-area-1a.md`, `2023-05-02-section-1a.md`, `future-plans.md`. */
export function recogniseFileName(recogniser: Recogniser, fileName: string): Recognised {
  const stem = fileName
    .replace(/\.(md|markdown)$/i, '')
    .replace(/^\d{4}-\d{2}-\d{2}-/, '')
    .replace(/^\d{1,2}[-_ ](?=[a-z])/i, '');
  const found = recogniser.recognise(stem.replace(/[-_]+/g, ' '), true);
  // A file name alone never says which part it is.
  return found.section || found.area ? { ...found, part: undefined } : {};
}
