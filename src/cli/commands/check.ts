import path from 'node:path';
import { checkCohort, type CohortEntry } from '../../check/check-cohort.js';
import { combineReports } from '../../check/reporters/combine.js';
import { formatters, type FormatName } from '../../check/reporters/index.js';
import { useColour } from '../colour.js';
import { EXIT } from '../exit-codes.js';
import type { Io } from '../io.js';

export interface CheckCommandOptions {
  format: FormatName;
  maxWarnings?: number;
  explain?: boolean;
  quiet?: boolean;
}

/** Checks one portfolio, or a cohort of them (several folders) spread over worker threads. */
export async function checkCommand(
  dirs: string[],
  options: CheckCommandOptions,
  io: Io,
): Promise<number> {
  const folders = (dirs.length ? dirs : ['.']).map((dir) => path.resolve(io.cwd, dir));
  const entries = await checkCohort(folders, { threads: folders.length > 1 ? undefined : 1 });
  const format = formatters[options.format];
  const colour = options.format === 'terminal' && useColour(io);
  const names: string[] = [];
  const reports = entries.map(({ portfolio, result }) => {
    const shown = options.quiet
      ? { ...result, problems: result.problems.filter((p) => p.severity === 'error' || p.fatal) }
      : result;
    const relative = path.relative(io.cwd, portfolio.root);
    const displayRoot = relative.startsWith('..') ? portfolio.root : relative || '.';
    names.push(
      portfolio.config.candidate ? `${displayRoot} (${portfolio.config.candidate})` : displayRoot,
    );
    return format(shown, { portfolio, colour, explain: Boolean(options.explain), displayRoot });
  });
  io.stdout.write(combineReports(options.format, reports, names));
  return exitCode(entries, options.maxWarnings);
}

function exitCode(entries: CohortEntry[], maxWarnings: number | undefined): number {
  if (entries.some((e) => e.result.fatal)) return EXIT.failure;
  if (entries.some((e) => e.result.totals.errors > 0)) return EXIT.problems;
  const warnings = entries.reduce((sum, e) => sum + e.result.totals.warnings, 0);
  if (maxWarnings !== undefined && warnings > maxWarnings) return EXIT.problems;
  return EXIT.ok;
}
