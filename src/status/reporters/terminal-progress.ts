import type { ChalkInstance } from 'chalk';
import { count } from '../../check/rules/support/content-format.js';
import { padEnd, padStart } from '../../check/reporters/text.js';
import type { SectionProgress } from '../progress.js';

function range(s: SectionProgress): string {
  if (!s.range) return '';
  const { min, max } = s.range;
  if (min !== undefined && max !== undefined) return `${count(min)}–${count(max)}`;
  return min !== undefined ? `${count(min)} or more` : `up to ${count(max ?? 0)}`;
}

const LENGTH: Record<
  SectionProgress['length'],
  { text: string; tone?: 'red' | 'yellow' | 'green' }
> = {
  missing: { text: 'missing', tone: 'red' },
  empty: { text: 'empty', tone: 'red' },
  short: { text: 'short', tone: 'yellow' },
  long: { text: 'long', tone: 'yellow' },
  within: { text: '✔', tone: 'green' },
  'no-range': { text: '' },
};

function mark(value: boolean | undefined, c: ChalkInstance): string {
  if (value === undefined) return '—';
  return value ? c.green('✔') : c.red('✖');
}

function reflects(s: SectionProgress): string {
  if (!s.assessed || !s.present) return '—';
  return s.reflectionShare === undefined ? '0%' : `${Math.round(s.reflectionShare * 100)}%`;
}

function problems(s: SectionProgress, c: ChalkInstance): string {
  if (s.errors) return c.red(`✖ ${s.errors}`);
  if (s.warnings) return c.yellow(`⚠ ${s.warnings}`);
  if (s.infos) return c.dim(`${s.infos} note${s.infos === 1 ? '' : 's'}`);
  return c.green('✔');
}

/** One line per section: words against the advised range, the parts, what the prose does, evidence. */
export function progressLines(sections: SectionProgress[], c: ChalkInstance): string[] {
  const idWidth = Math.max('section'.length, ...sections.map((s) => s.id.length));
  const rangeWidth = Math.max('advised'.length, ...sections.map((s) => range(s).length));
  // Colour codes have no width: pad the plain text, then paint.
  const cell = (text: string, plain: string, width: number) =>
    text + ' '.repeat(Math.max(0, width - [...plain].length));
  const header = [
    padEnd('section', idWidth),
    padStart('words', 6),
    padEnd('advised', rangeWidth),
    padEnd('length', 7),
    'desc',
    'refl',
    'evid',
    padStart('reflects', 8),
    padStart('items', 5),
    'problems',
  ].join('  ');
  const rows = sections.map((s) => {
    const length = LENGTH[s.length];
    return [
      padEnd(s.id, idWidth),
      padStart(s.present ? String(s.words) : '—', 6),
      padEnd(range(s), rangeWidth),
      cell(length.tone ? c[length.tone](length.text) : length.text, length.text, 7),
      cell(mark(s.parts?.description, c), '✔', 4),
      cell(mark(s.parts?.reflection, c), '✔', 4),
      cell(mark(s.parts?.evidence, c), '✔', 4),
      padStart(reflects(s), 8),
      padStart(s.assessed && s.present ? String(s.evidenceItems) : '—', 5),
      problems(s, c),
    ].join('  ');
  });
  return [
    c.bold(header),
    ...rows,
    c.dim(
      'desc, refl, evid: the part has words. Reflects: share of the prose that reflects, paragraph by paragraph. Items: evidence cited.',
    ),
  ];
}
