import type { ChalkInstance } from 'chalk';
import type { Problem } from '../../model/types.js';
import { displayLocation } from './paths.js';
import { padEnd, width } from './text.js';

/** Plain words for learning technologists: "note" rather than "info". */
const LABEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A long path should not push every other line of its group to the right. */
const MAX_LOCATION_PAD = 48;

export function severityColour(c: ChalkInstance, severity: Problem['severity']): ChalkInstance {
  return severity === 'error' ? c.red : severity === 'warning' ? c.yellow : c.cyan;
}

/** One line per problem, its hint dimmed underneath; locations padded so severities line up. */
export function formatProblems(
  problems: Problem[],
  displayRoot: string,
  c: ChalkInstance,
): string[] {
  const locations = problems.map((p) => displayLocation(p, displayRoot));
  const pad = Math.min(MAX_LOCATION_PAD, Math.max(0, ...locations.map(width)));
  return problems.flatMap((problem, i) => {
    const label = severityColour(c, problem.severity)(padEnd(LABEL[problem.severity], 7));
    const lines = [
      `  ${padEnd(locations[i] ?? '', pad)}  ${label}  ${problem.message}  ${c.dim(problem.ruleId)}`,
    ];
    if (problem.hint) {
      const [first, ...rest] = problem.hint.split(/\r?\n/);
      lines.push(c.dim(`    → ${first}`), ...rest.map((line) => c.dim(`      ${line}`)));
    }
    return lines;
  });
}
