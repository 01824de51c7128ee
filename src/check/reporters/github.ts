import path from 'node:path';
import type { Problem } from '../../model/types.js';
import { compareBySeverity } from '../sort-problems.js';
import { attachedFile, rootPath } from './paths.js';
import type { ReportContext, Reporter } from './reporter.js';

/** GitHub shows 10 annotations per level per step (and 50 per job): more would be dropped unseen. */
export const ANNOTATIONS_PER_LEVEL = 10;

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * GitHub Actions workflow commands: one annotation per problem, worst first, capped per level,
 * then a plain line counting the problems left out so nobody thinks that was all.
 */
export const formatGithub: Reporter = (result, context) => {
  const shown = { error: 0, warning: 0, info: 0 };
  const lines: string[] = [];
  let hidden = 0;
  for (const problem of [...result.problems].sort(compareBySeverity)) {
    if (shown[problem.severity] >= ANNOTATIONS_PER_LEVEL) {
      hidden++;
      continue;
    }
    shown[problem.severity]++;
    lines.push(annotation(problem, context));
  }
  if (hidden)
    lines.push(
      `cmalt: ${hidden} more ${hidden === 1 ? 'problem' : 'problems'} not shown as annotations; run cmalt check locally to see them all`,
    );
  return lines.length ? `${lines.join('\n')}\n` : '';
};

function annotation(problem: Problem, context: ReportContext): string {
  const file = attachedFile(problem, context.portfolio);
  const properties: [string, string | number][] = file
    ? [
        ['file', path.posix.join(rootPath(context.displayRoot), file)],
        ['line', problem.line],
        ['col', problem.column],
      ]
    : [];
  properties.push(['title', problem.ruleId]);
  const message = problem.hint ? `${problem.message}\n${problem.hint}` : problem.message;
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${COMMAND[problem.severity]} ${props.join(',')}::${escapeData(message)}`;
}

/** As GitHub's own toolkit escapes command data. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also may not hold the separators `:` and `,`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
