import { useColour } from './colour.js';
import { safeStream } from './terminal-safe.js';

/** Everything the CLI touches outside itself, passed in so tests can run it in-process. */
export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  /** Whether prompts may be shown (a terminal on stdin and stdout). */
  interactive: boolean;
}

/** The real process, with every write made safe for a terminal (see `terminalSafe`). */
export function processIo(): Io {
  const io: Io = {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
  };
  return {
    ...io,
    stdout: safeStream(process.stdout, () => useColour(io, 'stdout')),
    stderr: safeStream(process.stderr, () => useColour(io, 'stderr')),
  };
}
