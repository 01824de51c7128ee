import path from 'node:path';
import { ServeError } from '../../serve/serve-error.js';
import { startServe } from '../../serve/start-serve.js';
import type { RebuildOutcome } from '../../serve/types.js';
import { EXIT } from '../exit-codes.js';
import type { Io } from '../io.js';
import { UserError } from '../user-error.js';

export interface ServeCommandOptions {
  port?: string;
}

/**
 * Starts the live preview and keeps it running until Ctrl-C, then closes it cleanly. The
 * signal is awaited here, not in the library, so the library stays usable from tests.
 */
export async function serveCommand(
  dir: string,
  options: ServeCommandOptions,
  io: Io,
  stopped: Promise<void> = nextSigint(),
): Promise<number> {
  const port = parsePort(options.port);
  const root = path.resolve(io.cwd, dir);
  // The first build finishes before the address is known; its line waits until the address is out.
  const early: RebuildOutcome[] = [];
  let started = false;
  const onRebuild = (outcome: RebuildOutcome) =>
    started ? report(outcome, io) : early.push(outcome);
  let handle;
  try {
    handle = await startServe({ root, port, onRebuild });
  } catch (error) {
    if (error instanceof ServeError) throw new UserError(error.message, error.hint);
    throw error;
  }
  io.stdout.write(
    `Previewing ${dir} at ${handle.url}\n` +
      'Open it in your browser. Every save rebuilds the site and reloads the page; the panel on each page lists what check finds there.\n' +
      'Nothing is written into your portfolio. Press Ctrl-C to stop.\n',
  );
  started = true;
  for (const outcome of early.splice(0)) report(outcome, io);
  await stopped;
  await handle.close();
  io.stdout.write('Preview stopped.\n');
  return EXIT.ok;
}

function report(outcome: RebuildOutcome, io: Io): void {
  const found = `${outcome.errors} error(s), ${outcome.warnings} warning(s)`;
  const first = outcome.blocking[0];
  io.stdout.write(
    outcome.built
      ? `  rebuilt in ${Math.round(outcome.ms)} ms: ${found}\n`
      : `  could not rebuild${first ? `: ${first.file}:${first.line} ${first.message}` : ''}; the last good version is still shown\n`,
  );
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UserError(
      `--port needs a port number from 1 to 65535, not "${value}"`,
      'For example: --port 4000',
    );
  return port;
}

function nextSigint(): Promise<void> {
  return new Promise((resolve) => process.once('SIGINT', () => resolve()));
}
