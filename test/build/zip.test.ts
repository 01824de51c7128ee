import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/build/manifest.js';
import { copyToTemp } from '../helpers/portfolio.js';
import { buildDir, smallPortfolio } from './build-helpers.js';
import { readZip } from './read-zip.js';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

describe('the zip', () => {
  it('is written beside the site folder, named for the candidate, never inside the site', async () => {
    const dir = await copyToTemp(smallPortfolio);
    const { result } = await buildDir(dir, { zip: true });
    expect(result.zip?.path).toBe(path.join(dir, 'sam-rivera-cmalt-portfolio.zip'));
    expect(result.zip?.written).toBe(true);
    expect(await readdir(result.outDir)).not.toContain('sam-rivera-cmalt-portfolio.zip');
  });

  it('has the same bytes when the same portfolio is built twice', async () => {
    const dir = await copyToTemp(smallPortfolio);
    const first = await buildDir(dir, { zip: true, singleFile: true });
    const one = sha256(await readFile(first.result.zip?.path ?? ''));
    // A different copy of the same files, at a later time, in another folder.
    const again = await copyToTemp(smallPortfolio);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const second = await buildDir(again, { zip: true, singleFile: true });
    const two = sha256(await readFile(second.result.zip?.path ?? ''));
    expect(two).toBe(one);
    // And twice into the same folder.
    const third = await buildDir(dir, { zip: true, singleFile: true });
    expect(sha256(await readFile(third.result.zip?.path ?? ''))).toBe(one);
  });

  it('holds the site in one folder, sorted, with a fixed date and mode', async () => {
    const dir = await copyToTemp(smallPortfolio);
    const { result } = await buildDir(dir, { zip: true });
    const entries = readZip(await readFile(result.zip?.path ?? ''));
    const names = entries.map((e) => e.name);
    expect(names).toEqual([...names].sort());
    expect(names.every((n) => n.startsWith('sam-rivera-cmalt-portfolio/'))).toBe(true);
    expect(names.map((n) => n.replace('sam-rivera-cmalt-portfolio/', ''))).toEqual(
      result.files.map((f) => f.path),
    );
    for (const entry of entries) {
      // 2000-01-01 00:00:00 in DOS format.
      expect(entry.dosDate).toBe(((2000 - 1980) << 9) | (1 << 5) | 1);
      expect(entry.dosTime).toBe(0);
      expect(entry.unixMode).toBe(0o644);
    }
    expect(result.zip?.entries).toBe(entries.length);
  });

  it('stores files that are already compressed and deflates the rest', async () => {
    const dir = await copyToTemp(smallPortfolio);
    const { result } = await buildDir(dir, { zip: true });
    const entries = readZip(await readFile(result.zip?.path ?? ''));
    const method = (suffix: string) => entries.find((e) => e.name.endsWith(suffix))?.method;
    expect(method('evidence/options-appraisal.pdf')).toBe(0);
    expect(method('evidence/Survey Results.pdf')).toBe(0);
    expect(method('evidence/chart.png')).toBe(0);
    expect(method('evidence/notes.txt')).toBe(8);
    expect(method('/index.html')).toBe(8);
    expect(method('/site.css')).toBe(8);
    expect(method('/manifest.json')).toBe(8);
    const stored = entries.filter((e) => e.method === 0).length;
    expect(result.zip).toMatchObject({ stored, deflated: entries.length - stored });
  });

  it('carries a manifest whose sizes and SHA-256 match every other file', async () => {
    const dir = await copyToTemp(smallPortfolio);
    const { result } = await buildDir(dir, { zip: true, generator: 'cmalt 9.9.9' });
    const entries = readZip(await readFile(result.zip?.path ?? ''));
    const manifestEntry = entries.find((e) => e.name.endsWith('/manifest.json'));
    const manifest = JSON.parse(manifestEntry?.data.toString('utf8') ?? '{}') as Manifest;
    expect(manifest).toMatchObject({
      generator: 'cmalt 9.9.9',
      candidate: 'Sam Rivera',
      pathway: 'cmalt',
    });
    const others = entries.filter((e) => e !== manifestEntry);
    expect(manifest.files.map((f) => f.path)).toEqual(
      others.map((e) => e.name.replace('sam-rivera-cmalt-portfolio/', '')),
    );
    for (const file of manifest.files) {
      const entry = others.find((e) => e.name.endsWith(`/${file.path}`));
      expect(entry?.data.length).toBe(file.size);
      expect(sha256(entry?.data ?? Buffer.alloc(0))).toBe(file.sha256);
    }
  });

  it('contains nothing from outside the portfolio folder and nothing the pages do not use', async () => {
    const dir = await copyToTemp(smallPortfolio);
    await writeFile(path.join(dir, 'evidence', 'draft-not-linked.pdf'), '%PDF draft');
    await writeFile(
      path.join(dir, '2b.md'),
      (await readFile(path.join(dir, '2b.md'), 'utf8')) +
        '\n- [Passwords](../../../etc/passwd)\n- [Home](/etc/hostname)\n',
    );
    const { result } = await buildDir(dir, { zip: true, force: true });
    const names = readZip(await readFile(result.zip?.path ?? '')).map((e) => e.name);
    expect(names.some((n) => /passwd|hostname|draft-not-linked|\.\./.test(n))).toBe(false);
    expect(result.skipped.map((s) => s.url)).toEqual(['../../../etc/passwd', '/etc/hostname']);
  });
});
