import { readFile, readdir, writeFile, mkdtemp, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPortfolio } from '../../src/model/load-portfolio.js';
import { writePortfolio } from '../helpers/portfolio.js';
import { runCli } from '../helpers/run-cli.js';

async function snapshotFolder(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = await readFile(full, 'utf8');
  }
  return out;
}

async function freshDir(): Promise<string> {
  return path.join(await mkdtemp(path.join(os.tmpdir(), 'cmalt-init-')), 'my-portfolio');
}

const expectedSections = {
  associate: [
    'contextual-statement',
    '1a',
    '1b',
    '1c',
    '2a',
    '2b',
    '3a',
    '3b',
    '4a',
    'future-plans',
    'declaration',
  ],
  cmalt: [
    'contextual-statement',
    '1a',
    '1b',
    '1c',
    '2a',
    '2b',
    '3a',
    '3b',
    '4a',
    'specialist-1',
    'future-plans',
    'declaration',
  ],
  senior: [
    'contextual-statement',
    '1a',
    '1b',
    '1c',
    '2a',
    '2b',
    '3a',
    '3b',
    '4a',
    'specialist-1',
    'specialist-2',
    'advanced-1',
    'future-plans',
    'declaration',
  ],
};

describe('cmalt init', () => {
  for (const [pathway, sections] of Object.entries(expectedSections)) {
    it(`scaffolds the ${pathway} pathway so the loader finds every section`, async () => {
      const dir = await freshDir();
      const run = await runCli([
        'init',
        dir,
        '--yes',
        '--pathway',
        pathway,
        '--name',
        'A Candidate',
      ]);
      expect(run.code).toBe(0);
      const portfolio = await loadPortfolio(dir);
      expect(portfolio.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(portfolio.config).toMatchObject({ candidate: 'A Candidate', pathway });
      expect(portfolio.sections.map((s) => s.id)).toEqual(sections);
      // Guidance sits in comments: a fresh scaffold has no words of the candidate's.
      expect(portfolio.sections.reduce((n, s) => n + s.words, 0)).toBeLessThan(60);
      for (const section of portfolio.sections.filter((s) => s.assessed)) {
        expect(section.parts.map((p) => p.label)).toEqual([
          'description',
          'reflection',
          'evidence',
        ]);
      }
      expect(await readFile(path.join(dir, 'evidence', 'README.md'), 'utf8')).toMatch(/anonymis/i);
      expect(await readFile(path.join(dir, '.gitignore'), 'utf8')).toContain('dist/');
      expect(run.stdout).toContain('contextual-statement.md');
      expect(run.stdout).toContain('npx cmalt check');
    });
  }

  it('changes nothing when run a second time', async () => {
    const dir = await freshDir();
    await runCli(['init', dir, '--yes', '--pathway', 'senior', '--name', 'A Candidate']);
    const before = await snapshotFolder(dir);
    const second = await runCli([
      'init',
      dir,
      '--yes',
      '--pathway',
      'senior',
      '--name',
      'A Candidate',
    ]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('Nothing to add');
    expect(await snapshotFolder(dir)).toEqual(before);
  });

  it("leaves the candidate's own 1a.md byte-identical and lists it as kept", async () => {
    const own = '# My 1a\n\nI compared Moodle and Canvas for our nursing programme.\r\n';
    const dir = await writePortfolio({ '1a.md': own });
    const run = await runCli(['init', dir, '--yes', '--name', 'A Candidate']);
    expect(run.code).toBe(0);
    expect(await readFile(path.join(dir, '1a.md'), 'utf8')).toBe(own);
    expect(run.stdout).toMatch(/kept 1a\.md \(already exists, left as it is\)/);
    expect(run.stdout).toContain('created 1b.md');
  });

  it('does not scaffold a section the portfolio already has in a file of its own', async () => {
    const dir = await writePortfolio({
      'core-area-1.md': '# Core Area 1\n\n## 1a – Constraints and benefits\n\nI weighed options.\n',
    });
    const run = await runCli(['init', dir, '--yes', '--name', 'A Candidate']);
    expect(run.stdout).toContain('kept 1a.md (section 1a is already in core-area-1.md');
    await expect(stat(path.join(dir, '1a.md'))).rejects.toThrow();
  });

  it('writes nothing on --dry-run but prints the plan', async () => {
    const dir = await freshDir();
    const run = await runCli(['init', dir, '--yes', '--name', 'A Candidate', '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Dry run: nothing was written');
    expect(run.stdout).toContain('would create 4a.md');
    await expect(stat(dir)).rejects.toThrow();
  });

  it('adds the 3-yearly review to an existing portfolio without touching it', async () => {
    const dir = await freshDir();
    await runCli(['init', dir, '--yes', '--name', 'A Candidate']);
    const before = await snapshotFolder(dir);
    const run = await runCli(['init', dir, '--review']);
    expect(run.code).toBe(0);
    const after = await snapshotFolder(dir);
    for (const [file, content] of Object.entries(before)) expect(after[file]).toBe(content);
    const portfolio = await loadPortfolio(dir);
    expect(portfolio.sections.map((s) => s.id).filter((id) => id.startsWith('review'))).toEqual([
      'review-summary',
      'review-cpd-overview',
      'review-cpd-1',
      'review-cpd-2',
      'review-cpd-3',
      'review-future-plans',
      'review-declaration',
    ]);
  });

  it('refuses --review where there is no portfolio, with exit 2 and what to do', async () => {
    const dir = await writePortfolio({ 'notes.md': '# Notes\n' });
    const run = await runCli(['init', dir, '--review']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('there is no cmalt.yml');
    expect(run.stderr).toContain('cmalt init --review');
  });

  it('asks for a name when it cannot prompt', async () => {
    const run = await runCli(['init', await freshDir(), '--yes']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--name');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses to build on a bad cmalt.yml and names its line', async () => {
    const dir = await writePortfolio({ 'cmalt.yml': 'candidate: A\npathway: senoir\n' });
    const run = await runCli(['init', dir, '--yes']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cmalt\.yml:2: `pathway`/);
    await writeFile(path.join(dir, 'x'), '');
  });
});
