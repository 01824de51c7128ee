import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveCommand } from '../../src/cli/commands/serve.js';
import type { Io } from '../../src/cli/io.js';
import { copyToTemp, examples } from '../helpers/portfolio.js';

describe('cmalt serve', () => {
  it('prints the address first, then one line a rebuild, and stops cleanly', async () => {
    const dir = await copyToTemp(path.join(examples, 'cmalt-lin-okafor'));
    let stdout = '';
    const io: Io = {
      cwd: path.dirname(dir),
      env: { NO_COLOR: '1' },
      stdout: { write: (text: string) => (stdout += text), isTTY: false },
      stderr: { write: () => true, isTTY: false },
      interactive: false,
    };
    const until = async (test: () => boolean) => {
      while (!test()) await new Promise((resolve) => setTimeout(resolve, 20));
    };
    let stop!: () => void;
    const stopped = new Promise<void>((resolve) => (stop = resolve));
    const running = serveCommand(path.basename(dir), {}, io, stopped);

    await until(() => /rebuilt in/.test(stdout));
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(
      new RegExp(`^Previewing ${path.basename(dir)} at http://127\\.0\\.0\\.1:\\d+/$`),
    );
    expect(lines[2]).toBe('Nothing is written into your portfolio. Press Ctrl-C to stop.');
    expect(lines[3]).toMatch(/^ {2}rebuilt in \d+ ms: 0 error\(s\), 0 warning\(s\)$/);

    await appendFile(path.join(dir, '1a.md'), '\nTODO: add the workshop dates.\n');
    await until(() => stdout.split('rebuilt in').length > 2);
    expect(stdout.split('\n')[4]).toMatch(/^ {2}rebuilt in \d+ ms: 1 error\(s\), 0 warning\(s\)$/);

    stop();
    expect(await running).toBe(0);
    expect(stdout.endsWith('Preview stopped.\n')).toBe(true);
  }, 60_000);
});
