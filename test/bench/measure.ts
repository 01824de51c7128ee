// What the benchmark scripts share: timing a command under GNU time, and medians.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Measure {
  seconds: number;
  /** Peak resident memory in MB. */
  mb: number;
}

/**
 * Runs a command under GNU time for wall time and peak memory, writing time's figures into `work`.
 * Exit code 1 is a result (cmalt found problems), not a failed run.
 */
export async function measure(
  command: string,
  commandArgs: string[],
  options: { cwd: string; work: string },
): Promise<Measure> {
  const out = path.join(options.work, 'time.txt');
  await run('/usr/bin/time', ['-f', '%e %M', '-o', out, command, ...commandArgs], {
    cwd: options.cwd,
    maxBuffer: 1024 * 1024 * 1024,
  }).catch((error: { code?: number; stderr?: string }) => {
    if (error.code !== 1)
      throw new Error(`${command} ${commandArgs.join(' ')} failed: ${error.stderr}`);
  });
  const [seconds = '0', kb = '0'] = (await readFile(out, 'utf8'))
    .trim()
    .split('\n')
    .pop()!
    .split(' ');
  return { seconds: Number(seconds), mb: Number(kb) / 1024 };
}

/** The value at quantile q (0 to 1) of the values, interpolated between neighbours. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export const median = (values: number[]) => quantile(values, 0.5);

/** A Markdown table of the rows under the header, with the machine and run count beneath it. */
export function markdownTable(header: string[], rows: string[][], runs: number): string {
  const table = [header, header.map(() => '---'), ...rows]
    .map((r) => `| ${r.join(' | ')} |`)
    .join('\n');
  return `\n${table}\n\nNode ${process.version}, ${os.cpus().length} cores, ${runs} runs per figure (medians).\n`;
}

/** Runs a benchmark's main, printing a failure as one line with exit code 2. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
}
