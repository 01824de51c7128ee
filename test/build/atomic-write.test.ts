import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.js';
import { writeZip } from '../../src/build/write-zip.js';
import { loadPortfolio } from '../../src/model/load-portfolio.js';
import { copyToTemp } from '../helpers/portfolio.js';
import { buildDir, smallPortfolio } from './build-helpers.js';

async function folderWithPreviousZip() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cmalt-zip-'));
  const a = path.join(dir, 'a.txt');
  const b = path.join(dir, 'b.txt');
  await writeFile(a, 'first file '.repeat(1000));
  await writeFile(b, 'second file');
  const dest = path.join(dir, 'out', 'bundle.zip');
  await writeZip(dest, [{ name: 'a.txt', absolutePath: a }]);
  return { dir, a, b, dest, previous: await readFile(dest) };
}

describe('writing the zip atomically', () => {
  it('leaves the previous zip untouched and no temporary file when a file cannot be read', async () => {
    const { dir, a, dest, previous } = await folderWithPreviousZip();
    await expect(
      writeZip(dest, [
        { name: 'a.txt', absolutePath: a },
        { name: 'b-missing.txt', absolutePath: path.join(dir, 'no-such-file.txt') },
      ]),
    ).rejects.toThrow(/ENOENT/);
    expect(await readFile(dest)).toEqual(previous);
    expect(await readdir(path.dirname(dest))).toEqual(['bundle.zip']);
  });

  it('leaves the previous zip untouched and no temporary file when aborted part way', async () => {
    const { a, b, dest, previous } = await folderWithPreviousZip();
    const controller = new AbortController();
    await expect(
      writeZip(
        dest,
        [
          { name: 'a.txt', absolutePath: a },
          { name: 'b.txt', absolutePath: b },
        ],
        { signal: controller.signal, onEntry: () => controller.abort(new Error('interrupted')) },
      ),
    ).rejects.toThrow(/interrupted|abort/i);
    expect(await readFile(dest)).toEqual(previous);
    expect(await readdir(path.dirname(dest))).toEqual(['bundle.zip']);
  });

  it('replaces the previous zip only when the new one is complete', async () => {
    const { a, b, dest, previous } = await folderWithPreviousZip();
    const result = await writeZip(dest, [
      { name: 'b.txt', absolutePath: b },
      { name: 'a.txt', absolutePath: a },
    ]);
    expect(result).toMatchObject({ entries: 2, written: true });
    expect(await readFile(dest)).not.toEqual(previous);
    expect(await readdir(path.dirname(dest))).toEqual(['bundle.zip']);
  });

  it('an aborted build leaves the previous site and zip as they were, and no staging folder', async () => {
    const dir = await copyToTemp(smallPortfolio);
    const first = await buildDir(dir, { zip: true });
    const zipBefore = await readFile(first.result.zip?.path ?? '');
    const indexBefore = await first.read('index.html');
    const listingBefore = (await readdir(dir)).sort();

    await writeFile(
      path.join(dir, 'contextual-statement.md'),
      '---\nsection: contextual-statement\n---\n\n# Changed\n\nNew words.\n',
    );
    const controller = new AbortController();
    const portfolio = await loadPortfolio(dir);
    await expect(
      buildSite(portfolio, {
        zip: true,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === 'zip' && p.done === 3) controller.abort(new Error('SIGINT'));
        },
      }),
    ).rejects.toThrow('SIGINT');
    expect(await readFile(first.result.zip?.path ?? '')).toEqual(zipBefore);
    expect(await first.read('index.html')).toBe(indexBefore);
    expect((await readdir(dir)).sort()).toEqual(listingBefore);
  });
});
