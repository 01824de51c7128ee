import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..');
let work: string;
let bin: string;

// The package as users get it: packed, installed from the tarball, run through its bin.
describe('the published package', () => {
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'cmalt-pack-'));
    // `npm test` has built dist/ already; packing without scripts keeps other tests' dist/ intact.
    const { stdout } = await run(
      'npm',
      ['pack', '--silent', '--ignore-scripts', '--pack-destination', work],
      {
        cwd: root,
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const tarball = stdout.trim().split('\n').pop() ?? '';
    await run('npm', ['init', '-y'], { cwd: work });
    await run('npm', ['install', '--no-audit', '--no-fund', path.join(work, tarball)], {
      cwd: work,
      maxBuffer: 16 * 1024 * 1024,
    });
    bin = path.join(work, 'node_modules', '.bin', 'cmalt');
  }, 240_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('ships only bin, dist, templates and the package files', async () => {
    const installed = path.join(work, 'node_modules', 'cmalt');
    const top = (await readdir(installed)).sort();
    expect(top).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'bin',
      'dist',
      'package.json',
      'templates',
    ]);
  });

  it('answers --version with the package version', async () => {
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
      version: string;
    };
    const { stdout } = await run(bin, ['--version'], { cwd: work });
    expect(stdout.trim()).toBe(pkg.version);
  });

  it('scaffolds a portfolio with init', async () => {
    const { stdout } = await run(
      bin,
      ['init', 'my-portfolio', '--yes', '--pathway', 'senior', '--name', 'A Candidate'],
      { cwd: work },
    );
    expect(stdout).toContain('created advanced-1.md');
    const files = await readdir(path.join(work, 'my-portfolio'));
    expect(files).toEqual(
      expect.arrayContaining([
        'cmalt.yml',
        '1a.md',
        'specialist-2.md',
        'advanced-1.md',
        'evidence',
      ]),
    );
    expect(await readFile(path.join(work, 'my-portfolio', '1a.md'), 'utf8')).toContain(
      '<!--\ncmalt guidance',
    );
  });

  // playwright-core is a dependency of the package, loaded from outside the bundle.
  it.skipIf(!existsSync('/usr/bin/chromium') && !process.env.CI)(
    'prints the PDF with the browser installed on the machine',
    async () => {
      const portfolio = path.join(work, 'lin-okafor');
      await cp(path.join(root, 'examples', 'cmalt-lin-okafor'), portfolio, { recursive: true });
      const { stdout } = await run(bin, ['build', 'lin-okafor', '--pdf'], {
        cwd: work,
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(stdout).toMatch(/^✔ PDF: lin-okafor\/dist\/portfolio\.pdf \(\d+ pages, \d+ KB\)$/m);
    },
    60_000,
  );
});
