import type { ChalkInstance } from 'chalk';
import path from 'node:path';
import { BuildError } from '../../build/build-error.js';
import { buildSite } from '../../build/build-site.js';
import { formatBytes } from '../../build/html.js';
import type { BuildProgress, BuildResult } from '../../build/types.js';
import { checkPortfolio } from '../../check/check-portfolio.js';
import { formatters } from '../../check/reporters/index.js';
import { loadPortfolio } from '../../model/load-portfolio.js';
import { painter, useColour } from '../colour.js';
import { EXIT } from '../exit-codes.js';
import type { Io } from '../io.js';
import { version } from '../version.js';

export interface BuildCommandOptions {
  out?: string;
  html?: boolean;
  zip?: boolean;
  singleFile?: boolean;
  pdf?: boolean;
  baseUrl?: string;
  force?: boolean;
}

const PHASES: Record<BuildProgress['phase'], string> = {
  pages: 'Writing pages',
  evidence: 'Copying evidence',
  pdf: 'Printing the PDF',
  manifest: 'Hashing files',
  zip: 'Zipping',
};

/** `cmalt build`: check first, then build the site (and the single file, PDF and zip when asked). */
export async function buildCommand(
  dir: string,
  options: BuildCommandOptions,
  io: Io,
): Promise<number> {
  const c = painter(useColour(io));
  const portfolio = await loadPortfolio(path.resolve(io.cwd, dir));
  const check = checkPortfolio(portfolio);
  const displayRoot = path.relative(io.cwd, portfolio.root) || '.';
  const report = () =>
    formatters.terminal(check, { portfolio, colour: useColour(io), explain: false, displayRoot });

  if (check.fatal) {
    io.stderr.write(report());
    return EXIT.failure;
  }
  const { errors, warnings } = check.totals;
  if (errors > 0 && !options.force) {
    io.stdout.write(report());
    io.stderr.write(
      `${c.red('✖')} ${plural(errors, 'error')} in the portfolio, so nothing was built. Fix ${errors === 1 ? 'it' : 'them'} and build again, or use --force to build anyway.\n`,
    );
    return EXIT.problems;
  }
  if (errors > 0)
    io.stderr.write(
      `${c.yellow('⚠')} building with ${plural(errors, 'error')} because of --force\n`,
    );
  if (warnings > 0)
    io.stderr.write(
      `${c.yellow('⚠')} ${plural(warnings, 'warning')}: run cmalt check to see them\n`,
    );

  const controller = new AbortController();
  const onSigint = () => controller.abort(new BuildCancelled());
  process.once('SIGINT', onSigint);
  const bar = progressBar(io);
  let result: BuildResult;
  try {
    result = await buildSite(portfolio, {
      out: options.out,
      zip: options.zip,
      singleFile: options.singleFile,
      pdf: options.pdf,
      chromePath: io.env.CHROME_PATH || undefined,
      programFolders: windowsProgramFolders(io.env),
      baseUrl: options.baseUrl,
      force: options.force,
      generator: `cmalt ${version()}`,
      signal: controller.signal,
      onProgress: bar.update,
    });
  } catch (error) {
    bar.clear();
    if (error instanceof BuildError) {
      io.stderr.write(`cmalt: ${error.message}\n${error.hint ? `${error.hint}\n` : ''}`);
      return EXIT.failure;
    }
    if (controller.signal.aborted) {
      io.stderr.write(
        'cmalt: build cancelled. The previous site and zip, if any, were left as they were.\n',
      );
      return EXIT.failure;
    }
    throw error;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
  bar.clear();
  io.stdout.write(summary(result, io, c));
  const refused =
    result.zip?.budget.status === 'refuse' || result.singleFile?.budget.status === 'refuse';
  return refused ? EXIT.problems : EXIT.ok;
}

class BuildCancelled extends Error {
  constructor() {
    super('build cancelled');
    this.name = 'AbortError';
  }
}

function summary(result: BuildResult, io: Io, c: ChalkInstance): string {
  const shown = (p: string) => {
    const relative = path.relative(io.cwd, p);
    return relative && !relative.startsWith('..') ? relative : p;
  };
  const lines: string[] = [];
  for (const w of result.warnings) lines.push(`${c.yellow('⚠')} ${w.message}`);
  if (result.skipped.length) {
    lines.push(
      `${c.yellow('⚠')} ${plural(result.skipped.length, 'link')} could not be followed and ${result.skipped.length === 1 ? 'was' : 'were'} left as plain text:`,
    );
    for (const s of result.skipped.slice(0, 10))
      lines.push(`  ${c.dim(`${s.file}:${s.line}:${s.column}`)} ${s.url}: ${s.reason}`);
    if (result.skipped.length > 10) lines.push(`  … and ${result.skipped.length - 10} more`);
  }
  const pages = result.pages.length;
  lines.push(
    `${c.green('✔')} Site: ${shown(result.outDir)}${path.sep} (${plural(pages, 'page')}, ${plural(result.evidence.length, 'evidence file')}, ${formatBytes(result.siteBytes)})`,
  );
  if (result.singleFile) {
    lines.push(
      result.singleFile.written
        ? `${c.green('✔')} Single file: ${shown(result.singleFile.path)} (${formatBytes(result.singleFile.size)})`
        : `${c.red('✖')} Single file not written: it would be ${formatBytes(result.singleFile.size)}, over the 25 MB limit`,
    );
  }
  if (result.pdf) {
    lines.push(
      `${c.green('✔')} PDF: ${shown(result.pdf.path)} (${plural(result.pdf.pages, 'page')}, ${formatBytes(result.pdf.size)})`,
    );
  }
  if (result.zip) {
    lines.push(
      result.zip.written
        ? `${c.green('✔')} Zip: ${shown(result.zip.path)} (${formatBytes(result.zip.size)}, ${plural(result.zip.entries, 'file')})`
        : `${c.red('✖')} Zip not written: it would be ${formatBytes(result.zip.size)}, over the 25 MB limit`,
    );
  }
  lines.push(`Open ${shown(path.join(result.outDir, 'index.html'))} in a browser to read it.`);
  return `${lines.join('\n')}\n`;
}

/** Where Chrome and Edge install on Windows: for everyone, and for one user. */
function windowsProgramFolders(env: Io['env']): string[] | undefined {
  const folders = [env.ProgramFiles, env['ProgramFiles(x86)'], env.LOCALAPPDATA].filter(
    (f): f is string => Boolean(f),
  );
  return folders.length ? folders : undefined;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * A one-line bar on stderr, only on a terminal and never in CI, drawn only once a build has
 * taken long enough to need one.
 */
function progressBar(io: Io) {
  const enabled = Boolean(io.stderr.isTTY) && !io.env.CI;
  const started = Date.now();
  let drawn = false;
  let last = '';
  return {
    update(progress: BuildProgress) {
      if (!enabled || Date.now() - started < 300) return;
      const width = 24;
      const filled = progress.total ? Math.round((progress.done / progress.total) * width) : 0;
      const line = `${PHASES[progress.phase]} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${progress.done}/${progress.total}`;
      if (line === last) return;
      last = line;
      drawn = true;
      io.stderr.write(`\r\x1b[K${line}`);
    },
    clear() {
      if (drawn) io.stderr.write('\r\x1b[K');
      drawn = false;
    },
  };
}
