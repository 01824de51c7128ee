import type { Heading, Portfolio, Section } from '../../../model/types.js';
import { headingsWithin } from './content-sections.js';

/** How a count of distinct examples was reached, so the message can show its evidence. */
export interface ExampleCount {
  count: number;
  /** The subheadings or opening words that mark each example. */
  markers: string[];
  by: 'subheadings' | 'openings' | 'none';
}

const OPENING =
  /^(?:(first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|lastly)\b|(?:my|the|a|an) (first|second|third|fourth|further|final|last|next|other|different) (?:example|collaboration|project|partnership|piece of work|initiative)\b|(another|one more) (?:example|collaboration|project|partnership|piece of work|initiative)\b|example (\d+|one|two|three)\b)/i;
const CASE_LABEL = /\b(?:case|example|project|collaboration)\s+(\d+|[ivx]+|one|two|three|[a-d])\b/i;

function normalised(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Counts the distinct examples a section gives, by the two signals a reader also uses: a
 * subheading for each example, or paragraphs that open a new one ("First,", "A second example").
 */
export function countExamples(portfolio: Portfolio, section: Section): ExampleCount {
  const partHeadings = new Set(
    section.parts.flatMap((p) => (p.heading ? [`${p.heading.file}:${p.heading.line}`] : [])),
  );
  const subheadings: Heading[] = [];
  const seen = new Set<string>();
  const cases = new Set<string>();
  for (const heading of headingsWithin(portfolio, section)) {
    const label = CASE_LABEL.exec(heading.text)?.[1]?.toLowerCase();
    if (label) cases.add(label);
    if (partHeadings.has(`${heading.file}:${heading.line}`)) continue;
    const key = normalised(heading.text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    subheadings.push(heading);
  }
  const fromHeadings = Math.max(subheadings.length, cases.size);

  const openings = section.parts
    .filter((p) => p.label === 'description' || p.label === 'unlabelled')
    .flatMap((p) => p.paragraphs)
    .map((p) => ({ paragraph: p, match: OPENING.exec(p.text) }))
    .filter((o) => o.match);
  const startsWithFirst = openings.some((o) =>
    /^(?:first|my first|the first|a first|example (?:1|one))/i.test(o.match?.[0] ?? ''),
  );
  const fromOpenings = openings.length ? openings.length + (startsWithFirst ? 0 : 1) : 0;

  if (fromHeadings === 0 && fromOpenings === 0) return { count: 0, markers: [], by: 'none' };
  if (fromHeadings >= fromOpenings)
    return { count: fromHeadings, markers: subheadings.map((h) => h.text), by: 'subheadings' };
  return {
    count: fromOpenings,
    markers: openings.map((o) => o.paragraph.text.split(/\s+/).slice(0, 6).join(' ')),
    by: 'openings',
  };
}
