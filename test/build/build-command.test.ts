import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyToTemp } from '../helpers/portfolio.js';
import { runCli } from '../helpers/run-cli.js';
import { smallPortfolio } from './build-helpers.js';

describe('cmalt build', () => {
  it('checks first, summarises warnings in one line, and says where the site and zip are', async () => {
    const dir = await copyToTemp(smallPortfolio);
    const run = await runCli(['build', '.', '--zip', '--single-file'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^⚠ \d+ warnings?: run cmalt check to see them$/m);
    expect(run.stdout).toMatch(/^✔ Site: dist\/ \(15 pages, 4 evidence files, \d+ KB\)$/m);
    expect(run.stdout).toMatch(/^✔ Single file: dist\/portfolio\.html \(\d+ KB\)$/m);
    expect(run.stdout).toMatch(/^✔ Zip: sam-rivera-cmalt-portfolio\.zip \(\d+ KB, 22 files\)$/m);
    expect(run.stdout).toContain('Open dist/index.html in a browser to read it.');
    // No progress bar when output is not a terminal.
    expect(run.stderr).not.toContain('[#');
  });

  it('stops on portfolio errors with the check report and exit 1, unless --force', async () => {
    const dir = await copyToTemp(smallPortfolio);
    const declaration = path.join(dir, 'declaration.md');
    await writeFile(
      declaration,
      (await readFile(declaration, 'utf8')).replace(/Signed:.*\n|Date:.*\n/g, ''),
    );
    await writeFile(
      path.join(dir, '2a.md'),
      '---\nsection: 2a\n---\n\n# 2a\n\nSee [the file](C:/Users/sam/notes.docx).\n',
    );
    const stopped = await runCli(['build', dir]);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toMatch(/✖ \d+ errors? in the portfolio, so nothing was built/);
    expect(stopped.stdout).toContain('2a.md');
    await expect(readFile(path.join(dir, 'dist', 'index.html'))).rejects.toThrow();

    const forced = await runCli(['build', dir, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/⚠ building with \d+ errors? because of --force/);
    expect(forced.stdout).toContain('could not be followed');
    expect(forced.stdout).toContain('2a.md:');
  });

  it('explains a bad --out calmly and exits 2', async () => {
    const dir = await copyToTemp(smallPortfolio);
    const run = await runCli(['build', dir, '--out', 'site']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cmalt: --out site is inside the portfolio folder');
    expect(run.stderr).toContain('Use --out dist');
    expect(run.stderr).not.toContain('    at ');
  });

  it('writes the site where --out says, relative to the portfolio folder', async () => {
    const dir = await copyToTemp(smallPortfolio);
    const run = await runCli(['build', dir, '--out', '../published-site']);
    expect(run.code).toBe(0);
    const home = await readFile(path.join(dir, '..', 'published-site', 'index.html'), 'utf8');
    expect(home).toContain('Sam Rivera');
  });
});
