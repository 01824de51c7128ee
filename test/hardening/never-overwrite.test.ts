import { mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBinWithin } from './support/bin.js';
import {
  copyExample,
  makeCaseFolder,
  removeCaseFolders,
  type CaseFolder,
} from './support/case-folder.js';
import { crashIn } from './support/crash.js';
import { snapshot, type Entry } from './support/snapshot.js';

// cmalt writes only what it was asked to write: check writes nothing, init adds files and
// never replaces or removes one of the user's, build writes only its site folder.

afterAll(removeCaseFolders);

function changes(before: Entry[], after: Entry[]): string[] {
  const was = new Map(before.map((e) => [e.path, e.what]));
  const now = new Map(after.map((e) => [e.path, e.what]));
  const out: string[] = [];
  for (const [p, what] of was)
    if (now.get(p) !== what) out.push(`${p}: ${now.has(p) ? 'changed' : 'removed'}`);
  for (const p of now.keys()) if (!was.has(p)) out.push(`${p}: added`);
  return out;
}

describe('check never writes', () => {
  const portfolios: [string, (f: CaseFolder) => Promise<void>][] = [
    ['a copy of the CMALT example', (f) => copyExample(f.dir)],
    [
      'a broken portfolio',
      async (f) => {
        await f.write('cmalt.yml', 'candidate: Test\npathway: cmalt\npathway: senior\n');
        await f.write('1a.md', '---\nsection: [\n---\n# 1a\n\n[x](../outside/secret.txt)\n');
        await f.write('2a.md', Buffer.from([0xff, 0xfe, 0x41, 0x00]));
        await symlink('loop.md', path.join(f.dir, 'loop.md'));
      },
    ],
  ];
  it.concurrent.for(portfolios)('in %s, whatever the flags', async ([, make]) => {
    const f = await makeCaseFolder('check-writes');
    await make(f);
    // The whole case folder, times included: nothing beside the portfolio may appear either.
    const before = await snapshot(f.base, { mtimes: true });
    for (const flags of [[], ['--format', 'json'], ['--format', 'sarif'], ['--explain'], ['-q']]) {
      const run = await runBinWithin(['check', f.dir, ...flags], { cwd: f.base });
      expect(crashIn(run)).toBeUndefined();
      expect([0, 1, 2]).toContain(run.code);
    }
    expect(changes(before, await snapshot(f.base, { mtimes: true }))).toEqual([]);
  });
});

describe('init never overwrites or deletes what the user wrote', () => {
  /** The user's own files, under the names the scaffold uses. */
  const USER_FILES: Record<string, string> = {
    'cmalt.yml':
      '# my settings, with my comments\ncandidate: Sam User\npathway: cmalt\nspecialist:\n  - Accessibility\n',
    'evidence/README.md': '# My evidence notes\n\nDo not lose these.\n',
    '.gitignore': 'my-secrets/\n',
    'README.md': '# My own readme\n',
    'contextual-statement.md': '# Contextual statement\n\nMy own words, already written.\n',
  };

  async function userFolder(extra?: (f: CaseFolder) => Promise<void>) {
    const f = await makeCaseFolder('init-user');
    for (const [name, content] of Object.entries(USER_FILES)) await f.write(name, content);
    await extra?.(f);
    return f;
  }

  it('keeps every user file byte for byte and only adds new ones', async () => {
    const f = await userFolder();
    const before = await snapshot(f.base);
    const run = await runBinWithin(['init', f.dir, '--yes', '--name', 'Someone Else'], {
      cwd: f.base,
    });
    expect(crashIn(run)).toBeUndefined();
    expect(run.code).toBe(0);
    for (const [name, content] of Object.entries(USER_FILES))
      expect(await readFile(path.join(f.dir, name), 'utf8'), name).toBe(content);
    const changed = changes(before, await snapshot(f.base));
    expect(changed.filter((c) => !c.endsWith(': added'))).toEqual([]);
    expect(changed.length).toBeGreaterThan(0);
    expect(run.stdout).toContain('kept cmalt.yml');
  });

  it('writes nothing on a dry run', async () => {
    const f = await userFolder();
    const before = await snapshot(f.base, { mtimes: true });
    const run = await runBinWithin(['init', f.dir, '--yes', '--dry-run'], { cwd: f.base });
    expect(run.code).toBe(0);
    expect(changes(before, await snapshot(f.base, { mtimes: true }))).toEqual([]);
  });

  it('refuses calmly, and writes nothing, when the user’s cmalt.yml is broken', async () => {
    const f = await userFolder(
      async (g) => void (await g.write('cmalt.yml', 'candidate: Sam\npathway: [\n')),
    );
    const before = await snapshot(f.base);
    const run = await runBinWithin(['init', f.dir, '--yes', '--name', 'Sam'], { cwd: f.base });
    expect(crashIn(run)).toBeUndefined();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cmalt.yml:');
    expect(changes(before, await snapshot(f.base))).toEqual([]);
  });

  it('removes what it created, and only that, when it fails half way', async () => {
    // `evidence` is a file of the user's, so evidence/README.md cannot be created: init fails
    // after it has written cmalt.yml's siblings (1a.md ... future-plans.md), even as root.
    const f = await makeCaseFolder('init-half-way');
    await f.write('evidence', 'a file called evidence, not a folder\n');
    await f.write('notes.md', '# Notes\n\nMine.\n');
    const before = await snapshot(f.base);
    const run = await runBinWithin(['init', f.dir, '--yes', '--name', 'Sam User'], { cwd: f.base });
    // Soft: a calm message is wanted, but whether anything was left behind matters most.
    expect.soft(crashIn(run), run.stderr).toBeUndefined();
    expect.soft(run.code).toBe(2);
    expect.soft(run.stderr).toMatch(/^cmalt: .*evidence/m);
    expect(changes(before, await snapshot(f.base))).toEqual([]);
  });

  it('skips a folder named like a section file (4a.md), and keeps what is inside', async () => {
    const f = await makeCaseFolder('init-4a-folder');
    await f.write('4a.md/draft.txt', 'my draft\n');
    const run = await runBinWithin(['init', f.dir, '--yes', '--name', 'Sam User'], { cwd: f.base });
    expect(crashIn(run), run.stderr).toBeUndefined();
    expect([0, 2]).toContain(run.code);
    expect(await readFile(path.join(f.dir, '4a.md', 'draft.txt'), 'utf8')).toBe('my draft\n');
    if (run.code === 2)
      expect(await snapshot(f.dir)).toEqual([
        { path: '4a.md', what: 'dir' },
        expect.objectContaining({ path: '4a.md/draft.txt' }),
      ]);
  });

  it('never writes through a symbolic link named like a scaffold file', async () => {
    const f = await makeCaseFolder('init-links');
    await symlink(path.join(f.outside, 'new-1b.md'), path.join(f.dir, '1b.md'));
    await symlink(f.secretFile, path.join(f.dir, '1c.md'));
    const before = await snapshot(f.outside);
    const run = await runBinWithin(['init', f.dir, '--yes', '--name', 'Sam User'], { cwd: f.base });
    expect(crashIn(run), run.stderr).toBeUndefined();
    expect(run.code).toBe(0);
    expect(await snapshot(f.outside)).toEqual(before);
  });
});

describe('build writes only its site folder', () => {
  async function example() {
    const f = await makeCaseFolder('build-writes');
    await copyExample(f.dir);
    return f;
  }
  // Snapshots of the case folder name the portfolio's files portfolio/...
  const outsideDist = (entries: Entry[]) =>
    entries.filter((e) => !/^(?:portfolio\/)?dist(?:\/|$)/.test(e.path));

  it('with the default --out dist, changes nothing else in the portfolio, build after build', async () => {
    const f = await example();
    const before = await snapshot(f.base);
    for (let i = 0; i < 2; i++) {
      const run = await runBinWithin(['build', '.'], { cwd: f.dir });
      expect(crashIn(run)).toBeUndefined();
      expect(run.code).toBe(0);
    }
    expect(await stat(path.join(f.dir, 'dist', 'index.html'))).toBeTruthy();
    expect(changes(before, outsideDist(await snapshot(f.base)))).toEqual([]);
    const again = await runBinWithin(['check', '.'], { cwd: f.dir });
    expect(again.code).toBe(0);
  });

  it('with --zip and the default --out dist, adds only dist/ and the zip beside it', async () => {
    const f = await example();
    const before = await snapshot(f.dir);
    const run = await runBinWithin(['build', '.', '--zip'], { cwd: f.dir });
    expect(run.code).toBe(0);
    // The zip goes beside the site folder (as the README says), so with the default --out it
    // lands in the portfolio folder; cmalt's own scaffold ignores it in .gitignore and in check.
    const ZIP = 'lin-okafor-cmalt-portfolio.zip';
    const after = outsideDist(await snapshot(f.dir));
    expect(after.map((e) => e.path)).toContain(ZIP);
    expect(
      changes(
        before,
        after.filter((e) => e.path !== ZIP),
      ),
    ).toEqual([]);
  });

  it('refuses an --out folder holding the user’s files, and leaves them', async () => {
    const f = await example();
    await mkdir(path.join(f.base, 'site'));
    await writeFile(path.join(f.base, 'site', 'index.html'), '<p>my own homepage</p>\n');
    const before = await snapshot(f.base);
    const run = await runBinWithin(['build', f.dir, '--out', path.join(f.base, 'site'), '--zip'], {
      cwd: f.base,
    });
    expect(crashIn(run)).toBeUndefined();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('did not build');
    expect(changes(before, await snapshot(f.base))).toEqual([]);
  });

  it('deletes nothing beside its --out folder when it replaces a site it built', async () => {
    const f = await example();
    const out = path.join(f.base, 'published', 'site');
    await mkdir(path.dirname(out), { recursive: true });
    await writeFile(path.join(f.base, 'published', 'notes.txt'), 'beside the site\n');
    expect((await runBinWithin(['build', f.dir, '--out', out], { cwd: f.base })).code).toBe(0);
    const before = (await snapshot(f.base)).filter((e) => !e.path.startsWith('published/site'));
    expect((await runBinWithin(['build', f.dir, '--out', out], { cwd: f.base })).code).toBe(0);
    const after = (await snapshot(f.base)).filter((e) => !e.path.startsWith('published/site'));
    expect(changes(before, after)).toEqual([]);
  });
});
