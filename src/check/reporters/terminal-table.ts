import type { ChalkInstance } from 'chalk';
import type { SectionSummary } from '../summarise.js';
import { bar, percent } from './bars.js';
import { padEnd, padStart } from './text.js';

const SHARES = ['description', 'reflection', 'evidence'] as const;
/** A bar, a space and a percentage: `███░░░░░░░  31%`. */
const SHARE_WIDTH = 15;

/** The per-section table: words, the balance of description, reflection and evidence, and status. */
export function formatSectionTable(sections: SectionSummary[], c: ChalkInstance): string[] {
  if (!sections.length) return [];
  const idWidth = Math.max('section'.length, ...sections.map((s) => s.id.length));
  const header = [
    padEnd('section', idWidth),
    padStart('words', 6),
    ...SHARES.map((name) => padEnd(name, SHARE_WIDTH)),
    padStart('items', 5),
    'status',
  ].join('  ');
  const rows = sections.map((s) =>
    [
      padEnd(s.id, idWidth),
      padStart(String(s.words), 6),
      ...SHARES.map((name) => shareCell(s, name, c)),
      padStart(s.assessed ? String(s.evidenceItems) : '—', 5),
      status(s, c),
    ].join('  '),
  );
  return [
    c.bold(header),
    ...rows,
    c.dim(
      'Shares: words under Description, Reflection and Evidence headings. Items: evidence cited.',
    ),
  ];
}

function shareCell(s: SectionSummary, name: (typeof SHARES)[number], c: ChalkInstance): string {
  if (!s.assessed) return padEnd('—', SHARE_WIDTH);
  const cells = bar(s[name]);
  const filled = cells.replace(/░+$/, '');
  return `${c.cyan(filled)}${c.dim(cells.slice(filled.length))} ${percent(s[name])}`;
}

function status(s: SectionSummary, c: ChalkInstance): string {
  if (s.status === 'error') return c.red(`✖ ${s.errors}`);
  if (s.status === 'warning') return c.yellow(`⚠ ${s.warnings}`);
  return c.green('✔ ok');
}
