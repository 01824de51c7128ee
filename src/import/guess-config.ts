import { parse, stringify } from 'yaml';
import { configSchema, type Config } from '../config/schema.js';
import type { Section } from '../model/types.js';
import type { SegmentedDoc } from './segment-pages.js';
import type { ConfigGuess } from './types.js';

const NAME = /^[A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]*){1,4}$/u;
const TITLE_PATTERNS = [
  /^(.+?)['’]s\s+(?:senior\s+|associate\s+)?cmalt\b/i,
  /\bcmalt(?:\s+portfolio)?\s*[-–—:|]\s*(.+)$/i,
  /^(.+?)\s*[-–—:|]\s*(?:senior\s+|associate\s+)?cmalt\b/i,
  /\bportfolio\s+(?:of|by)\s+(.+)$/i,
];

export interface GuessedConfig {
  content: string;
  guesses: ConfigGuess[];
  config: Config;
}

/**
 * cmalt.yml from what the source shows: the name from the declaration or the title, the pathway
 * from the text, specialist and advanced titles from their headings. Each guess carries a
 * comment saying where it came from, so the candidate knows what to check.
 */
export function guessConfig(
  docs: SegmentedDoc[],
  sections: Section[],
  pathway: Config['pathway'],
  source: string,
): GuessedConfig {
  const guesses: ConfigGuess[] = [];
  const name = guessName(docs, sections);
  guesses.push(
    name
      ? { key: 'candidate', value: name.value, from: name.from }
      : { key: 'candidate', value: 'Your Name', from: 'no name found in the source: write yours' },
  );
  guesses.push({
    key: 'pathway',
    value: pathway,
    from:
      pathway === 'cmalt'
        ? 'the text, which names neither "Senior CMALT" nor "Associate CMALT"'
        : `the text names ${pathway === 'senior' ? 'Senior CMALT or an advanced area' : 'Associate CMALT'}`,
  });
  const areas = (kind: 'specialist' | 'advanced') =>
    sections
      .filter(
        (s) =>
          s.kind === kind && s.title && !/^(?:specialist|advanced) area( \d+)?$/i.test(s.title),
      )
      .map((s) => ({
        // A page called "Specialist area" whose heading gives the title keeps the heading whole.
        title: s.title.replace(/^(?:specialist|advanced) area(?: \d+)?\s*(?::|[–—-]\s)\s*/i, ''),
        from: `the heading "${s.heading?.text ?? s.title}" in ${s.file}`,
      }));
  const specialist = areas('specialist');
  const advanced = areas('advanced');

  const line = (key: string, value: string, from: string) =>
    `${key}: ${stringify(value).trim()}  # guessed from ${from.replaceAll('\n', ' ')}: check it`;
  const out = [
    `# Written by \`cmalt import\` from ${source}. Every value below is a guess: check each one.`,
    '# yaml-language-server: $schema=https://unpkg.com/cmalt/templates/cmalt.schema.json',
    line('candidate', guesses[0]!.value, guesses[0]!.from),
    line('pathway', pathway, guesses[1]!.from),
  ];
  for (const [key, list] of [
    ['specialist', specialist],
    ['advanced', advanced],
  ] as const) {
    if (!list.length) {
      if (key === 'specialist') out.push('specialist: []  # no specialist area heading was found');
      continue;
    }
    out.push(`${key}:`);
    for (const area of list) {
      out.push(`  - ${stringify(area.title).trim()}  # from ${area.from}: check it`);
      guesses.push({ key, value: area.title, from: area.from });
    }
  }
  const content = out.join('\n') + '\n';
  const checked = configSchema.safeParse(parse(content));
  // The file is made here from known values: failing the schema would be a bug in cmalt.
  if (!checked.success)
    throw new Error(`import wrote an invalid cmalt.yml: ${checked.error.message}`);
  return { content, guesses, config: checked.data };
}

function guessName(docs: SegmentedDoc[], sections: Section[]) {
  const declaration = sections.find((s) => s.kind === 'declaration');
  for (const part of declaration?.parts ?? []) {
    for (const paragraph of part.paragraphs) {
      const signed = /\b(?:signed|name)\s*:\s*([^,;\n]+?)\s*(?:date\b|$)/i.exec(paragraph.text);
      const value = signed?.[1]?.trim();
      if (value && NAME.test(value))
        return {
          value,
          from: `the declaration ("${excerptOf(paragraph.text)}") in ${paragraph.file}`,
        };
    }
  }
  for (const doc of docs) {
    const candidates = [
      doc.page.titleProperty
        ? { text: doc.page.titleProperty, where: `the Title property of ${doc.page.file}` }
        : undefined,
      doc.page.title
        ? { text: doc.page.title, where: `the page title of ${doc.page.file}` }
        : undefined,
      ...doc.source.headings
        .filter((h) => h.depth === 1)
        .map((h) => ({ text: h.text, where: `the heading "${h.text}" in ${doc.page.file}` })),
    ];
    for (const candidate of candidates) {
      if (!candidate) continue;
      for (const pattern of TITLE_PATTERNS) {
        const value = pattern
          .exec(candidate.text)?.[1]
          ?.replace(/\s*[|–—-].*$/, '')
          .trim();
        if (isName(value)) return { value: value!, from: candidate.where };
      }
      // A Title property that is the name alone ("Priya Raman").
      if (candidate.where.startsWith('the Title property') && isName(candidate.text.trim()))
        return { value: candidate.text.trim(), from: candidate.where };
    }
  }
  return titlePageName(docs, sections);
}

const NOT_A_NAME =
  /\b(?:cmalt|portfolio|home|about|welcome|contents|introduction|overview|index|statement|area|areas|plans?|learning|technology|university|college|school|faculty|name)\b/i;
const PLACEHOLDER = /^(?:your|my|candidate'?s?|full|first|applicant'?s?)\s+(?:full\s+)?name$/i;

/** The name alone as the first heading of the first page: a title page ("# Aisha Mensah"). */
function titlePageName(docs: SegmentedDoc[], sections: Section[]) {
  const opening = new Set(sections.map((s) => s.heading?.text).filter(Boolean));
  for (const doc of docs.slice(0, 1)) {
    const first = doc.source.headings.find((h) => !h.pseudo);
    const value = first?.text.trim();
    if (!first || first.depth > 2 || !value || opening.has(value)) continue;
    if (
      NAME.test(value) &&
      !PLACEHOLDER.test(value) &&
      !NOT_A_NAME.test(value) &&
      value.split(' ').length <= 4
    )
      return { value, from: `the title heading "${value}" in ${doc.page.file}` };
  }
  return undefined;
}

/** A person's name, not a template's placeholder ("Your Name") or the portfolio's own words. */
function isName(value: string | undefined): boolean {
  return Boolean(
    value &&
    NAME.test(value) &&
    !PLACEHOLDER.test(value) &&
    !/\b(?:cmalt|portfolio|home|name)\b/i.test(value),
  );
}

function excerptOf(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
