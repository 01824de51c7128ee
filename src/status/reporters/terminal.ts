import type { ChalkInstance } from 'chalk';
import { padEnd, padStart, wrap } from '../../check/reporters/text.js';
import type { Comparison } from '../compare.js';
import { inDays, type KeyDate } from '../dates.js';
import { STEP_GROUPS, type NextStep } from '../next-steps.js';
import type { PortfolioStatus } from '../portfolio-status.js';
import { progressLines } from './terminal-progress.js';

export interface TerminalStatusOptions {
  colour: ChalkInstance;
  /** The folder as the user named it. */
  displayRoot: string;
  /** How many next steps to list before pointing to `cmalt check` for the rest. */
  maxSteps?: number;
  since?: Comparison;
}

const PATHWAYS: Record<string, string> = {
  associate: 'Associate CMALT',
  cmalt: 'CMALT',
  senior: 'Senior CMALT',
};

function severityMark(step: NextStep, c: ChalkInstance): string {
  if (step.severity === 'error') return c.red('✖');
  if (step.severity === 'warning') return c.yellow('⚠');
  return c.dim('·');
}

function place(step: NextStep): string {
  const where = step.file ? `${step.file}:${step.line}` : '';
  return [step.section, where].filter(Boolean).join('  ') || 'portfolio';
}

function nextLines(steps: NextStep[], c: ChalkInstance, max: number): string[] {
  if (!steps.length)
    return [
      c.green(
        'Nothing `cmalt check` would point out. Read it through once more as an assessor would.',
      ),
    ];
  const lines: string[] = [];
  const shown = steps.slice(0, max);
  let n = 0;
  for (const group of STEP_GROUPS) {
    const mine = shown.filter((s) => s.group === group.id);
    if (!mine.length) continue;
    lines.push(c.bold(group.title));
    for (const step of mine) {
      n++;
      const lead = `${padStart(String(n), 3)}. ${severityMark(step, c)} `;
      lines.push(`${lead}${c.bold(place(step))}  ${c.dim(step.ruleId)}`);
      for (const line of wrap(step.message, 92, 92)) lines.push(`        ${line}`);
      const hint = (step.hint ?? '').split('\n').flatMap((part) => wrap(part, 90, 90));
      for (const [i, line] of hint.entries())
        lines.push(`        ${i ? '  ' : c.cyan('→ ')}${line}`);
    }
  }
  const more = steps.length - shown.length;
  if (more > 0) lines.push(c.dim(`     and ${more} more: \`cmalt check\` lists them all.`));
  return lines;
}

function dateLines(dates: KeyDate[], c: ChalkInstance): string[] {
  if (!dates.length)
    return [
      c.dim(
        'Add `registered: YYYY-MM-DD` (and `awarded:` once CMALT is awarded) to cmalt.yml to see your dates.',
      ),
    ];
  const labelWidth = Math.max(...dates.map((d) => d.label.length));
  const whenWidth = Math.max(...dates.map((d) => inDays(d.days).length));
  return dates.map((d) => {
    const when = inDays(d.days);
    const tone = d.days < 0 ? c.dim : d.days <= 30 ? c.yellow : (t: string) => t;
    return `  ${d.date}  ${padEnd(d.label, labelWidth)}  ${tone(padEnd(when, whenWidth))}${d.note ? `  ${d.note}` : ''}`;
  });
}

function sinceLines(since: Comparison, c: ChalkInstance): string[] {
  const idWidth = Math.max('section'.length, ...since.sections.map((s) => s.id.length));
  const header = [
    padEnd('section', idWidth),
    padStart('words then', 10),
    padStart('now', 6),
    padStart('problems then', 13),
    padStart('now', 4),
    'change',
  ].join('  ');
  const rows = since.sections.map((s) =>
    [
      padEnd(s.id, idWidth),
      padStart(s.change === 'added' ? '—' : String(s.wordsThen), 10),
      padStart(s.change === 'removed' ? '—' : String(s.wordsNow), 6),
      padStart(s.problemsThen === undefined ? '?' : String(s.problemsThen), 13),
      padStart(String(s.problemsNow), 4),
      s.change === 'unchanged'
        ? c.dim('unchanged')
        : s.change === 'changed'
          ? `+${s.wordsAdded} −${s.wordsRemoved} words${s.evidenceAdded.length || s.evidenceRemoved.length ? `, evidence +${s.evidenceAdded.length} −${s.evidenceRemoved.length}` : ''}`
          : s.change,
    ].join('  '),
  );
  const lines = [c.bold(header), ...rows];
  if (since.fixed && since.added)
    lines.push(
      '',
      `${c.green(`${since.fixed.length} fixed`)}, ${since.added.length ? c.yellow(`${since.added.length} new`) : '0 new'} since ${since.then.label}. \`--changes\` drafts the summary of changes.`,
    );
  else
    lines.push(
      '',
      c.dim(
        `${since.then.label} is a built site, so problems then are not known (?). Compare with a git commit or a zip of the portfolio folder for those.`,
      ),
    );
  return lines;
}

/** `cmalt status` on a terminal: progress, what to do next, and the dates that matter. */
export function statusTerminal(status: PortfolioStatus, options: TerminalStatusOptions): string {
  const c = options.colour;
  const who = [status.candidate, PATHWAYS[status.pathway] ?? status.pathway, options.displayRoot]
    .filter(Boolean)
    .join(' · ');
  const out = [
    `${c.bold(who)}  ${c.dim(`(today ${status.today})`)}`,
    '',
    c.bold('Progress'),
    ...progressLines(status.sections, c),
    '',
  ];
  if (options.since)
    out.push(c.bold(`Since ${options.since.then.label}`), ...sinceLines(options.since, c), '');
  out.push(c.bold('What to do next'), ...nextLines(status.next, c, options.maxSteps ?? 10), '');
  out.push(c.bold('Dates'), ...dateLines(status.dates, c));
  return `${out.join('\n')}\n`;
}
