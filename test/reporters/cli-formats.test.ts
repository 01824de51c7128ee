import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { writePortfolio } from '../helpers/portfolio.js';
import { sampleFiles } from './sample.js';

/** Runs the CLI in-process from the folder above the portfolio, as a candidate would. */
async function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const dir = await writePortfolio(sampleFiles);
  let stdout = '';
  const io: Io = {
    cwd: path.dirname(dir),
    env,
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: () => true, isTTY: false },
    interactive: false,
  };
  const code = await main(['check', path.basename(dir), ...args], io);
  return { code, stdout, name: path.basename(dir) };
}

describe('cmalt check --format', () => {
  it('terminal: plain text when not on a terminal, exit 1 for errors', async () => {
    const { code, stdout, name } = await run([]);
    expect(code).toBe(1);
    expect(stdout).not.toContain('\u001b');
    expect(stdout).toContain(`${name}/1b.md:3:`);
    expect(stdout).toMatch(/^✖ \d+ errors, \d+ warnings?, \d+ notes? in 3 files \(3 sections\)$/m);
  });

  it('terminal: colour when FORCE_COLOR asks for it', async () => {
    const { stdout } = await run([], { FORCE_COLOR: '1' });
    expect(stdout).toContain('\u001b[');
  });

  it('json: the folder as the user named it', async () => {
    const { stdout, name } = await run(['--format', 'json']);
    expect(JSON.parse(stdout).portfolio.root).toBe(name);
  });

  it('sarif: parses, with a result per problem', async () => {
    const { stdout } = await run(['--format', 'sarif', '--explain']);
    const log = JSON.parse(stdout);
    expect(log.runs[0].results.length).toBeGreaterThan(0);
  });

  it('github: only commands and the summary line, never colour', async () => {
    const { stdout } = await run(['--format', 'github'], { FORCE_COLOR: '1' });
    for (const line of stdout.trimEnd().split('\n'))
      expect(line).toMatch(/^(::(error|warning|notice) |cmalt: \d+ more problems? )/);
    expect(stdout).not.toContain('\u001b');
  });
});
