import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CliRun } from '../../helpers/run-cli.js';
import { createLimit } from './limit.js';

export const bin = path.resolve(import.meta.dirname, '..', '..', '..', 'bin', 'cmalt.js');
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };
const limit = createLimit();

export interface TimedRun extends CliRun {
  /** True when the run was killed for taking longer than its time limit. */
  timedOut: boolean;
  ms: number;
}

/**
 * The real bin, as `runBin` in test/helpers runs it, with a time limit: a hostile input that
 * makes cmalt hang must fail the test in seconds and leave no process behind.
 */
export async function runBinWithin(
  args: string[],
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<TimedRun> {
  const deadline = Date.now() + DIST_WAIT_MS;
  for (;;) {
    const run = await limit(() => runOnce(args, options));
    if (!DIST_MISSING.test(run.stdout + run.stderr) || Date.now() > deadline) return run;
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

/**
 * Other engineers rebuild dist/ while tests run (`npm run build` deletes it first). A run that
 * could not load cmalt's own modules says nothing about the input, so it is tried again.
 */
const DIST_MISSING =
  /(?:ERR_MODULE_NOT_FOUND|Cannot find module|does not provide an export named)[^\n]*\/dist\//;
const DIST_WAIT_MS = 90_000;

function runOnce(args: string[], options: { cwd?: string; timeoutMs?: number }): Promise<TimedRun> {
  return new Promise<TimedRun>((resolve) => {
    const started = Date.now();
    execFile(
      process.execPath,
      [bin, ...args],
      {
        cwd: options.cwd,
        env,
        timeout: options.timeoutMs ?? 60_000,
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const e = error as (Error & { code?: number | string; killed?: boolean }) | null;
        resolve({
          code: e ? (typeof e.code === 'number' ? e.code : -1) : 0,
          stdout,
          stderr,
          timedOut: Boolean(e?.killed),
          ms: Date.now() - started,
        });
      },
    );
  });
}

/** Waits (a while) until dist/ holds a built CLI, for tests that spawn the bin directly. */
export async function waitForDist(): Promise<void> {
  const main = path.resolve(bin, '..', '..', 'dist', 'bundle', 'main.js');
  const deadline = Date.now() + DIST_WAIT_MS;
  while (!existsSync(main) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 1000));
}

/** Starts the bin without waiting for it, for tests that signal it or limit its resources. */
export function spawnBin(
  args: string[],
  options: { cwd?: string; fileSizeLimit?: number } = {},
): { child: ChildProcess; done: Promise<CliRun & { signal: NodeJS.Signals | null }> } {
  // `ulimit -f` caps the size of any file the process writes: past it, write() fails with
  // EFBIG (Node ignores SIGXFSZ), which is how a full disk looks to the program, even to root.
  // POSIX counts 512-byte blocks (dash does; bash counts 1 KB), so the limit is at least `fileSizeLimit` bytes.
  const blocks = Math.ceil((options.fileSizeLimit ?? 0) / 512);
  const child =
    options.fileSizeLimit === undefined
      ? spawn(process.execPath, [bin, ...args], { cwd: options.cwd, env })
      : spawn(
          '/bin/sh',
          ['-c', `ulimit -f ${blocks} && exec "$0" "$@"`, process.execPath, bin, ...args],
          { cwd: options.cwd, env },
        );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<CliRun & { signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr }));
  });
  return { child, done };
}
