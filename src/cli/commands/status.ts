import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkPortfolio } from '../../check/check-portfolio.js';
import { formatters } from '../../check/reporters/index.js';
import { loadPortfolio } from '../../model/load-portfolio.js';
import { changesDraft } from '../../status/changes-draft.js';
import { compareWithEarlier, type Earlier } from '../../status/compare-with-earlier.js';
import type { Comparison } from '../../status/compare.js';
import { localIsoDate, parseIsoDate } from '../../status/dates.js';
import { statusOf, type PortfolioStatus } from '../../status/portfolio-status.js';
import { statusJson } from '../../status/reporters/json.js';
import { statusTerminal } from '../../status/reporters/terminal.js';
import { StatusError } from '../../status/status-error.js';
import { painter, useColour } from '../colour.js';
import { EXIT } from '../exit-codes.js';
import type { Io } from '../io.js';
import { UserError } from '../user-error.js';

export interface StatusCommandOptions {
  format: 'terminal' | 'json';
  since?: string;
  changes?: boolean;
  out?: string;
  today?: string;
}

function displayPath(io: Io, absolute: string): string {
  const relative = path.relative(io.cwd, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative || '.';
}

function checkOptions(options: StatusCommandOptions): string {
  if (options.changes && !options.since)
    throw new UserError(
      '--changes needs an earlier version to compare with',
      'For example: cmalt status --since referred.zip --changes, or --since 2026-05-01 --changes',
    );
  if (options.out && !options.changes)
    throw new UserError(
      '--out is where the summary of changes is written, so it needs --changes',
      'For example: cmalt status --since referred.zip --changes --out summary-of-changes.md',
    );
  if (options.changes && options.format === 'json')
    throw new UserError(
      '--changes writes Markdown, so it does not go with --format json',
      'Leave out --format json to draft the summary; --since with --format json gives the comparison as data.',
    );
  const today = options.today ?? localIsoDate(new Date());
  if (!parseIsoDate(today))
    throw new UserError(
      `--today needs a date in the form YYYY-MM-DD, not "${options.today}"`,
      'For example: --today 2026-09-01',
    );
  return today;
}

/** A zip is named by its extension or by being a file; anything else is a git commit, branch, tag or date. */
async function earlierOf(io: Io, since: string): Promise<{ earlier: Earlier; shownZip?: string }> {
  const file = path.resolve(io.cwd, since);
  const isFile = await stat(file).then(
    (s) => s.isFile(),
    () => false,
  );
  if (isFile || /\.zip$/i.test(since)) return { earlier: { kind: 'zip', file }, shownZip: since };
  return { earlier: { kind: 'git', since } };
}

/** Writes the draft to a new file; an existing file is never replaced. */
async function writeDraft(io: Io, out: string, text: string): Promise<string> {
  const file = path.resolve(io.cwd, out);
  try {
    await writeFile(file, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new UserError(
        `${out} already exists, and cmalt never writes over a file`,
        'Give a new file name with --out, or move the old one first.',
      );
    throw error;
  }
  return file;
}

/** `cmalt status`: where the portfolio stands, what to do next, and the dates that matter. */
export async function statusCommand(
  dir: string,
  options: StatusCommandOptions,
  io: Io,
): Promise<number> {
  const today = checkOptions(options);
  const root = path.resolve(io.cwd, dir);
  const displayRoot = displayPath(io, root);
  let status: PortfolioStatus;
  let since: Comparison | undefined;
  let unsafe: string[] = [];
  if (options.since) {
    const { earlier, shownZip } = await earlierOf(io, options.since);
    try {
      const result = await compareWithEarlier(root, earlier, {
        today,
        shownDir: displayRoot,
        shownZip,
      });
      ({ status, comparison: since, unsafe } = result);
    } catch (error) {
      if (error instanceof StatusError) throw new UserError(error.message, error.hint);
      throw error;
    }
  } else {
    const portfolio = await loadPortfolio(root);
    const result = checkPortfolio(portfolio);
    if (result.fatal) {
      io.stderr.write(
        formatters.terminal(result, {
          portfolio,
          colour: useColour(io, 'stderr'),
          explain: false,
          displayRoot,
        }),
      );
      return EXIT.failure;
    }
    status = statusOf(portfolio, result, { today });
  }
  const c = painter(useColour(io));
  if (unsafe.length)
    io.stderr.write(
      `${c.yellow('⚠')} left out ${unsafe.length} file${unsafe.length === 1 ? '' : 's'} of the zip whose path would leave the folder: ${unsafe.slice(0, 3).join(', ')}\n`,
    );

  if (options.changes && since) {
    const draft = changesDraft(since, {
      candidate: status.candidate,
      pathway: status.pathway,
      today,
    });
    if (!options.out) {
      io.stdout.write(draft);
      return EXIT.ok;
    }
    const file = await writeDraft(io, options.out, draft);
    io.stdout.write(
      `${c.green('✔')} Drafted the summary of changes in ${displayPath(io, file)}: rewrite it in your own words before you send it.\n`,
    );
    return EXIT.ok;
  }
  io.stdout.write(
    options.format === 'json'
      ? statusJson(status, { displayRoot, since })
      : statusTerminal(status, { colour: c, displayRoot, since }),
  );
  return EXIT.ok;
}
