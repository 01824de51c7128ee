import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildError } from '../../src/build/build-error.js';
import { resolveOutDir, zipPathFor } from '../../src/build/out-folder.js';
import { copyToTemp } from '../helpers/portfolio.js';
import { buildDir, smallPortfolio } from './build-helpers.js';

describe('the site folder', () => {
  const root = '/home/sam/portfolio';

  it.each([
    [undefined, '/home/sam/portfolio/dist'],
    ['dist', '/home/sam/portfolio/dist'],
    ['_site', '/home/sam/portfolio/_site'],
    ['.preview/site', '/home/sam/portfolio/.preview/site'],
    ['../portfolio-site', '/home/sam/portfolio-site'],
    ['/tmp/site', '/tmp/site'],
  ])('--out %s is %s', (out, expected) => {
    expect(resolveOutDir(root, out)).toBe(expected);
  });

  it.each([
    ['site', 'would read the built site as part of your portfolio'],
    ['evidence/site', 'would read the built site as part of your portfolio'],
    ['.', 'would contain the portfolio itself'],
    ['..', 'would contain the portfolio itself'],
  ])('refuses --out %s', (out, message) => {
    expect(() => resolveOutDir(root, out)).toThrow(BuildError);
    expect(() => resolveOutDir(root, out)).toThrow(message);
  });

  it('accepts a folder inside the portfolio that cmalt.yml ignores', () => {
    expect(resolveOutDir(root, 'site', ['site/**'])).toBe('/home/sam/portfolio/site');
  });

  it('puts the zip beside the site folder', () => {
    expect(zipPathFor('/home/sam/portfolio/dist', 'Siân O’Neill')).toBe(
      '/home/sam/portfolio/siân-oneill-cmalt-portfolio.zip',
    );
    expect(zipPathFor('/tmp/site', '')).toBe('/tmp/cmalt-portfolio.zip');
  });

  it('never replaces a folder it did not build', async () => {
    const dir = await copyToTemp(smallPortfolio);
    await mkdir(path.join(dir, 'dist'));
    await writeFile(path.join(dir, 'dist', 'thesis.docx'), 'precious');
    await expect(buildDir(dir)).rejects.toThrow('already holds files that cmalt did not build');
    expect(await readdir(path.join(dir, 'dist'))).toEqual(['thesis.docx']);
  });

  it('replaces its own earlier build, dropping pages that no longer exist', async () => {
    const dir = await copyToTemp(smallPortfolio);
    const first = await buildDir(dir, { singleFile: true });
    expect(await readdir(first.result.outDir)).toContain('portfolio.html');
    const second = await buildDir(dir);
    expect(await readdir(second.result.outDir)).not.toContain('portfolio.html');
    expect((await readdir(dir)).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
