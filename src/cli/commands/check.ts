import { checkPortfolio } from '../../check/check-portfolio.js';
import { formatters, type FormatName } from '../../check/reporters/index.js';
import { loadPortfolio } from '../../model/load-portfolio.js';
import { useColour } from '../colour.js';
import { EXIT } from '../exit-codes.js';
import type { Io } from '../io.js';
import path from 'node:path';

export interface CheckCommandOptions {
  format: FormatName;
  maxWarnings?: number;
  explain?: boolean;
  quiet?: boolean;
}

export async function checkCommand(
  dir: string,
  options: CheckCommandOptions,
  io: Io,
): Promise<number> {
  const portfolio = await loadPortfolio(path.resolve(io.cwd, dir));
  const result = checkPortfolio(portfolio);
  const shown = options.quiet
    ? { ...result, problems: result.problems.filter((p) => p.severity === 'error' || p.fatal) }
    : result;
  const format = formatters[options.format];
  io.stdout.write(
    format(shown, {
      portfolio,
      colour: options.format === 'terminal' && useColour(io),
      explain: Boolean(options.explain),
      displayRoot: path.relative(io.cwd, portfolio.root) || '.',
    }),
  );
  if (result.fatal) return EXIT.failure;
  if (result.totals.errors > 0) return EXIT.problems;
  if (options.maxWarnings !== undefined && result.totals.warnings > options.maxWarnings)
    return EXIT.problems;
  return EXIT.ok;
}
