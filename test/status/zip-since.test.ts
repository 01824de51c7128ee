import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.js';
import { loadPortfolio } from '../../src/model/load-portfolio.js';
import { changesDraft } from '../../src/status/changes-draft.js';
import { compareWithEarlier } from '../../src/status/compare-with-earlier.js';
import { copyToTemp, writePortfolio } from '../helpers/portfolio.js';
import { lin, referredCopy } from './referred.js';

const today = '2026-07-01';

/** Zips a folder as a candidate's own zip tool would: inside one top folder, with macOS noise. */
async function zipFolder(dir: string, top: string): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = { '__MACOSX/._1a.md': new Uint8Array([0, 5, 22]) };
  const walk = async (folder: string, prefix: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full, `${prefix}${entry.name}/`);
      else files[`${top}/${prefix}${entry.name}`] = new Uint8Array(await readFile(full));
    }
  };
  await walk(dir, '');
  return zipSync(files);
}

async function tempFile(name: string, bytes: Uint8Array | string): Promise<string> {
  const dir = await writePortfolio({});
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return file;
}

describe('status --since a zip of the portfolio folder', () => {
  it('unpacks it in a temporary folder, checks it, and matches problems that only moved', async () => {
    const referred = await referredCopy();
    const zip = await tempFile('referred.zip', await zipFolder(referred, 'lin-okafor-portfolio'));
    // Now: 3b has grown a little but is still short, so its length note is the same problem.
    const file = path.join(referred, '3b.md');
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace(
        '## Evidence',
        'I now check each new Moodle release against the standard before it reaches students, and I keep a short list of what changed so colleagues can see why.\n\n## Evidence',
      ),
    );
    const { comparison } = await compareWithEarlier(
      referred,
      { kind: 'zip', file: zip },
      { today, shownDir: 'lin', shownZip: 'referred.zip' },
    );
    expect(comparison.then).toEqual({ label: 'referred.zip', kind: 'sources' });
    const b3 = comparison.sections.find((s) => s.id === '3b')!;
    expect(b3).toMatchObject({
      change: 'changed',
      wordsThen: 154,
      wordsNow: 182,
      problemsThen: 2,
      problemsNow: 2,
    });
    expect([b3.wordsAdded, b3.wordsRemoved]).toEqual([28, 0]);
    expect(comparison.sections.filter((s) => s.change !== 'unchanged').map((s) => s.id)).toEqual([
      '3b',
    ]);
    // "3b has 154 words" then and "3b has 182 words" now: the same advisory, neither fixed nor new.
    expect(comparison.fixed).toEqual([]);
    expect(comparison.added).toEqual([]);
  });

  it('leaves out paths that would leave the folder, and writes nothing outside it', async () => {
    const name = `cmalt-escape-${process.pid}.md`;
    const zip = await tempFile(
      'hostile.zip',
      zipSync({
        [`../${name}`]: new TextEncoder().encode('# escaped\n'),
        [`/tmp/${name}`]: new TextEncoder().encode('# absolute\n'),
        'cmalt.yml': new TextEncoder().encode('candidate: Lin Okafor\npathway: cmalt\n'),
        '1a.md': new TextEncoder().encode(
          '---\nsection: 1a\n---\n\n# 1a\n\n## Description\n\nI chose a tool.\n',
        ),
      }),
    );
    const now = await copyToTemp(lin);
    const result = await compareWithEarlier(
      now,
      { kind: 'zip', file: zip },
      { today, shownDir: 'lin' },
    );
    expect(result.unsafe).toEqual([`../${name}`, `/tmp/${name}`]);
    expect(existsSync(path.join(os.tmpdir(), name))).toBe(false);
    expect(result.comparison.sections.find((s) => s.id === '1a')).toMatchObject({
      wordsThen: 4,
      change: 'changed',
    });
  });

  it('says what is wrong with a zip that is missing, broken, or holds no portfolio', async () => {
    const now = await copyToTemp(lin);
    const since = (file: string, shownZip: string) =>
      compareWithEarlier(now, { kind: 'zip', file }, { today, shownDir: 'lin', shownZip });
    await expect(since(path.join(now, 'nope.zip'), 'nope.zip')).rejects.toThrow(
      'there is no file nope.zip',
    );
    await expect(
      since(await tempFile('broken.zip', 'not a zip at all'), 'broken.zip'),
    ).rejects.toThrow(/^broken\.zip is not a zip cmalt can read/);
    const photos = await tempFile(
      'photos.zip',
      zipSync({ 'holiday.jpg': new Uint8Array([255, 216, 255]) }),
    );
    await expect(since(photos, 'photos.zip')).rejects.toThrow(
      'photos.zip holds neither Markdown files nor a site built by cmalt',
    );
  });
});

describe('status --since the zip `cmalt build --zip` made', () => {
  it('reads the built pages back for words and evidence, and says problems cannot be compared', async () => {
    const referred = await referredCopy();
    const built = await buildSite(await loadPortfolio(referred), { zip: true, force: true });
    expect(built.zip?.written).toBe(true);
    const zip = built.zip!.path;
    const { comparison, status } = await compareWithEarlier(
      await copyToTemp(lin),
      { kind: 'zip', file: zip },
      { today, shownDir: 'lin', shownZip: 'submitted.zip' },
    );
    expect(comparison.then).toEqual({ label: 'submitted.zip', kind: 'site' });
    expect(comparison.fixed).toBeUndefined();
    const byId = new Map(comparison.sections.map((s) => [s.id, s]));
    // The site's pages count the same words as the Markdown they were built from.
    expect(byId.get('1a')).toMatchObject({ change: 'unchanged', wordsThen: 724, wordsNow: 724 });
    expect(byId.get('3b')).toMatchObject({ change: 'changed', wordsThen: 154, wordsNow: 631 });
    expect(byId.get('3b')?.problemsThen).toBeUndefined();
    expect(byId.get('4a')).toMatchObject({ change: 'added', wordsNow: 648 });
    expect(byId.get('1c')?.evidenceAdded).toEqual(['evidence/ally-rollout-plan.pdf']);
    const draft = changesDraft(comparison, {
      candidate: status.candidate,
      pathway: status.pathway,
      today,
    });
    expect(draft).toContain(
      'The earlier version is a built site (submitted.zip), which holds no Markdown to check',
    );
    expect(draft).toContain('| 4a Communication and working with others (new) | 0 | 648 |');
  });
});

describe('temporary folders', () => {
  it('are removed after every comparison', async () => {
    const before = (await readdir(os.tmpdir())).filter((n) => n.startsWith('cmalt-status-'));
    const now = await copyToTemp(lin);
    const zip = await tempFile('again.zip', await zipFolder(now, 'x'));
    await compareWithEarlier(now, { kind: 'zip', file: zip }, { today, shownDir: 'lin' });
    const after = (await readdir(os.tmpdir())).filter((n) => n.startsWith('cmalt-status-'));
    expect(after.filter((n) => !before.includes(n))).toEqual([]);
  });
});
