import type { ChalkInstance } from 'chalk';
import type { Section } from '../../model/types.js';
import type { ParagraphReading } from './paragraph-readings.js';
import { padEnd, padStart, truncate, width, wrap } from './text.js';

const LINE_WIDTH = 100;
const EXCERPT = 32;

/**
 * `--explain`: each prose paragraph, section by section and then those outside any section,
 * with the reading cmalt gave it. Cues are
 * the point of explaining, so they wrap onto further lines rather than being cut.
 */
export function formatExplain(
  sections: Section[],
  readings: ParagraphReading[],
  heading: (section: Section) => string,
  c: ChalkInstance,
): string[] {
  const blocks: string[] = [];
  const groups: { title: string; file?: string; mine: ParagraphReading[] }[] = sections.map(
    (section) => ({
      title: heading(section),
      file: section.file,
      mine: readings.filter((r) => r.section === section.id),
    }),
  );
  groups.push({ title: 'Outside any section', mine: readings.filter((r) => r.section === null) });
  for (const { title, file, mine } of groups) {
    if (!mine.length) continue;
    // A section may continue in another file (a single-file or combined layout): say which.
    const where = mine.map((r) => (r.file === file ? String(r.line) : `${r.file}:${r.line}`));
    const pad = Math.max(...where.map(width));
    const lines = mine.flatMap((reading, i) => {
      const start = `  ${padStart(where[i] ?? '', pad)}  `;
      const label = padEnd(reading.label, 11);
      const confidence = reading.confidence.toFixed(2);
      const excerpt = padEnd(
        `"${truncate(reading.text.replace(/\s+/g, ' ').trim(), EXCERPT)}"`,
        EXCERPT + 2,
      );
      const plain = `${start}${label} ${confidence}  ${excerpt}  cues: `;
      const indent = width(`${start}${label} ${confidence}  `);
      const [first = '', ...rest] = wrap(
        reading.cues.join('; '),
        LINE_WIDTH - width(plain),
        LINE_WIDTH - indent,
      );
      const cues = reading.cues.length ? `  ${c.dim(`cues: ${first}`)}` : '';
      return [
        `${start}${labelColour(c, reading.label)(label)} ${confidence}  ${cues ? excerpt : excerpt.trimEnd()}${cues}`,
        ...rest.map((line) => c.dim(' '.repeat(indent) + line)),
      ];
    });
    blocks.push([title, ...lines].join('\n'));
  }
  if (!blocks.length) return [];
  return [
    `${c.bold('How cmalt read each paragraph')}\n${c.dim(
      'line, reading, confidence (0 to 1), the start of the paragraph, and the cues that decided it',
    )}`,
    ...blocks,
  ];
}

function labelColour(c: ChalkInstance, label: ParagraphReading['label']): ChalkInstance {
  return label === 'reflection'
    ? c.green
    : label === 'description'
      ? c.blue
      : label === 'evidence'
        ? c.cyan
        : c.dim;
}
