import type { CliRun } from '../../helpers/run-cli.js';

/** What a crash looks like in cmalt's output: a stack frame, a JS error name, or the bug notice. */
export const CRASH_SIGNS: RegExp[] = [
  /^\s+at .+\(.+:\d+:\d+\)$/m,
  /^\s+at \/.+:\d+:\d+$/m,
  /TypeError|RangeError|ReferenceError|SyntaxError: /,
  /Maximum call stack/,
  /This is a bug/,
  /failed inside cmalt/,
];

/** The first sign of a crash in a run's output, with some context, or undefined. */
export function crashIn(run: CliRun): string | undefined {
  const output = `${run.stdout}\n${run.stderr}`;
  for (const sign of CRASH_SIGNS) {
    const match = sign.exec(output);
    if (match) {
      const from = Math.max(0, match.index - 300);
      return output.slice(from, match.index + 1200);
    }
  }
  return undefined;
}
