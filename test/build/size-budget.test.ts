import { open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sizeBudget } from '../../src/build/size-budget.js';
import { copyToTemp } from '../helpers/portfolio.js';
import { runCli } from '../helpers/run-cli.js';
import { buildDir, smallPortfolio } from './build-helpers.js';

const MB = 1024 * 1024;

/** A portfolio whose 1a links a sparse PDF of `mb` megabytes: quick to make, stored as is in the zip. */
async function withLargeEvidence(mb: number): Promise<string> {
  const dir = await copyToTemp(smallPortfolio);
  const file = await open(path.join(dir, 'evidence', 'lecture-recording.pdf'), 'w');
  await file.truncate(mb * MB);
  await file.close();
  const oneA = path.join(dir, 'core-area-1.md');
  const text = await readFile(oneA, 'utf8');
  await writeFile(
    oneA,
    text.replace(
      '- [Options appraisal',
      '- [Recording of the pilot launch (PDF)](evidence/lecture-recording.pdf)\n- [Options appraisal',
    ),
  );
  // The check rule for large evidence is not what is tested here.
  await writeFile(
    path.join(dir, 'cmalt.yml'),
    `${await readFile(path.join(dir, 'cmalt.yml'), 'utf8')}rules:\n  evidence-size: off\n`,
  );
  return dir;
}

describe('the size budget', () => {
  it.each([
    [9 * MB, 'ok'],
    [11 * MB, 'warn'],
    [26 * MB, 'refuse'],
  ])('a %i byte bundle is %s', (size, status) => {
    expect(sizeBudget('x.zip', size, []).status).toBe(status);
  });

  it('names the three largest files, biggest first', () => {
    const budget = sizeBudget('x.zip', 11 * MB, [
      { path: 'a.pdf', size: 1 },
      { path: 'b.pdf', size: 5 },
      { path: 'c.pdf', size: 3 },
      { path: 'd.pdf', size: 4 },
    ]);
    expect(budget.largest.map((f) => f.path)).toEqual(['b.pdf', 'd.pdf', 'c.pdf']);
  });

  it('warns over 10 MB, naming the largest files, and still writes the zip', async () => {
    const dir = await withLargeEvidence(11);
    const { result } = await buildDir(dir, { zip: true });
    expect(result.zip?.written).toBe(true);
    expect(result.zip?.budget.status).toBe('warn');
    expect(result.zip?.budget.largest[0]?.path).toBe('evidence/lecture-recording.pdf');
    expect(result.warnings.map((w) => w.code)).toEqual(['size-over-advised']);
    expect(result.warnings[0]?.message).toContain('evidence/lecture-recording.pdf (11.0 MB)');
  });

  it('refuses over 25 MB, keeping the previous zip, unless --force', async () => {
    const dir = await withLargeEvidence(26);
    const zipPath = path.join(dir, 'sam-rivera-cmalt-portfolio.zip');
    await writeFile(zipPath, 'the previous bundle');

    const refused = await runCli(['build', dir, '--zip']);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain("over ALT's 25 MB maximum, so it was not written");
    expect(refused.stdout).toContain('evidence/lecture-recording.pdf (26.0 MB)');
    expect(refused.stdout).toContain('Zip not written');
    expect(await readFile(zipPath, 'utf8')).toBe('the previous bundle');

    const forced = await runCli(['build', dir, '--zip', '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('written because of --force');
    expect((await readFile(zipPath)).length).toBeGreaterThan(26 * MB);
  });
});
