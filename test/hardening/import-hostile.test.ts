import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-cli.js';

const fixture = path.resolve(import.meta.dirname, '..', 'fixtures', 'import', 'google-sites');
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'cmalt-import-hostile-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Each hostile source: exit 2, a calm message naming it with a hint, nothing written. */
const hostile: { name: string; make: (dir: string) => Promise<string>; says: RegExp }[] = [
  {
    name: 'a binary file renamed .html',
    make: async (dir) => {
      const file = path.join(dir, 'portfolio.html');
      await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0]));
      return file;
    },
    says: /portfolio\.html is not a web page: it holds binary data/,
  },
  {
    name: 'a 200 MB page',
    make: async (dir) => {
      const file = path.join(dir, 'huge.html');
      const handle = await open(file, 'w');
      await handle.truncate(200 * 1024 * 1024); // sparse: no real disk used
      await handle.close();
      return file;
    },
    says: /huge\.html is 200 MB, more than the 20 MB cmalt reads/,
  },
  {
    name: 'HTML nested 20,000 deep',
    make: async (dir) => {
      const file = path.join(dir, 'deep.html');
      await writeFile(
        file,
        `<body>${'<div>'.repeat(20000)}1a text${'</div>'.repeat(20000)}</body>`,
      );
      return file;
    },
    says: /deep\.html nests its HTML \d+\+? elements deep/,
  },
  {
    name: 'a folder of no pages',
    make: async (dir) => {
      const folder = path.join(dir, 'empty-site');
      await mkdir(path.join(folder, 'images'), { recursive: true });
      await writeFile(path.join(folder, 'images', 'logo.png'), 'not really');
      return folder;
    },
    says: /holds no pages cmalt can import/,
  },
  {
    name: 'a Word document before its reader exists',
    make: async (dir) => {
      const file = path.join(dir, 'portfolio.docx');
      await writeFile(file, 'PK\u0003\u0004');
      return file;
    },
    says: /Word documents are not supported yet|portfolio\.docx/,
  },
];

describe('cmalt import: hostile sources', () => {
  it.each(hostile)(
    '$name: exit 2, a message, nothing written',
    async ({ make, says }) => {
      const dir = await mkdtemp(path.join(work, 'case-'));
      const source = await make(dir);
      const out = path.join(dir, 'out');
      const run = await runBin(['import', source, out]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(says);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    },
    60_000,
  );
});

describe('cmalt import through the real bin', () => {
  it('imports, never overwrites on a second run, and writes nothing on --dry-run', async () => {
    const out = path.join(work, 'portfolio');
    const dry = await runBin(['import', fixture, out, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('would create 1a.md');
    expect(existsSync(out)).toBe(false);

    const first = await runBin(['import', fixture, out]);
    expect(first.code).toBe(0);
    // The four "Core area N: ..." headings over their criteria are left out as group headings.
    expect(first.stdout).toMatch(/Words: 1,792 read = 1,575 written \+ 217 left out/);
    expect(first.stdout).toContain('group heading at');
    await writeFile(path.join(out, '1a.md'), 'my own edits\n');
    const files = (await readdir(out, { recursive: true })).sort();

    const second = await runBin(['import', fixture, out]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('kept 1a.md (already exists, left as it is)');
    expect(await readFile(path.join(out, '1a.md'), 'utf8')).toBe('my own edits\n');
    expect((await readdir(out, { recursive: true })).sort()).toEqual(files);

    const json = await runBin([
      'import',
      fixture,
      path.join(work, 'json'),
      '--format',
      'json',
      '--dry-run',
    ]);
    expect(JSON.parse(json.stdout).totals).toEqual({
      read: 1792,
      written: 1575,
      dropped: 217,
      added: 8, // no unplaced.md: its only pieces were group headings
    });

    const build = await runBin(['build', path.join(work, 'portfolio-built')]);
    expect(build.code).toBe(2); // no such folder yet
    const fresh = path.join(work, 'portfolio-built');
    expect((await runBin(['import', fixture, fresh])).code).toBe(0);
    const built = await runBin(['build', fresh, '--force']);
    expect(built.code).toBe(0);
    expect(existsSync(path.join(fresh, 'dist', 'index.html'))).toBe(true);
  }, 120_000);
});
