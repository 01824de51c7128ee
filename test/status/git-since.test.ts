import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changesDraft } from '../../src/status/changes-draft.js';
import { compareWithEarlier } from '../../src/status/compare-with-earlier.js';
import { fixtures } from '../helpers/portfolio.js';
import { gitIn, lin, referredVersion } from './referred.js';

const today = '2026-07-01';
let repo: string;
let dir: string;
let firstCommit: string;

/**
 * A repository like a candidate's: a README at the top and the portfolio in a folder of its
 * own. The referred version is committed on 1 April, the resubmission on 20 May, and an edit
 * made since is not committed yet.
 */
beforeAll(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), 'cmalt-git-repo-'));
  dir = path.join(repo, 'cmalt-portfolio');
  gitIn(repo, ['init', '--quiet', '--initial-branch=main']);
  await writeFile(path.join(repo, 'README.md'), '# My CMALT work\n');
  await cp(lin, dir, { recursive: true });
  await referredVersion(dir);
  gitIn(repo, ['add', '.']);
  gitIn(repo, ['commit', '--quiet', '-m', 'Portfolio as submitted']);
  firstCommit = gitIn(repo, ['rev-parse', '--short', 'HEAD']).trim();
  await rm(dir, { recursive: true });
  await cp(lin, dir, { recursive: true });
  await cp(path.join(fixtures, 'layouts', 'jekyll-en-dash'), path.join(repo, 'second'), {
    recursive: true,
  });
  const may = '2026-05-20T09:30:00+00:00';
  gitIn(repo, ['add', '.'], may);
  gitIn(repo, ['commit', '--quiet', '-m', 'Answer the assessors'], may);
  const plans = path.join(dir, 'future-plans.md');
  await writeFile(plans, `${await readFile(plans, 'utf8')}\nOne more plan, not committed yet.\n`);
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

const options = { today, shownDir: 'cmalt-portfolio' };

describe('status --since a date or a commit in git', () => {
  it('reads the portfolio at the last commit before a date, in a subfolder of the repository', async () => {
    const { comparison, commit } = await compareWithEarlier(
      dir,
      { kind: 'git', since: '2026-05-01' },
      options,
    );
    expect(commit).toMatchObject({
      short: firstCommit,
      date: '2026-04-01',
      subject: 'Portfolio as submitted',
    });
    expect(comparison.then).toEqual({
      label: `commit ${firstCommit} (2026-04-01)`,
      kind: 'sources',
    });
    const byId = new Map(comparison.sections.map((s) => [s.id, s]));
    expect(byId.get('4a')).toMatchObject({ change: 'added', wordsThen: 0, wordsNow: 648 });
    // 4a links to 1a's page as a cross-reference: that is not evidence.
    expect(byId.get('4a')?.evidenceAdded).toEqual([
      'evidence/alt-conference-2025-abstract.pdf',
      'evidence/colleague-statement-module-leader.txt',
      'evidence/digital-education-exchange-programme.html',
    ]);
    expect(byId.get('1a')).toMatchObject({ change: 'unchanged', wordsThen: 724, wordsNow: 724 });
    const b2 = byId.get('2b')!;
    expect(b2.change).toBe('changed');
    expect(b2.wordsNow).toBe(699);
    expect(b2.wordsNow - b2.wordsThen).toBe(b2.wordsAdded - b2.wordsRemoved);
    expect(b2.wordsAdded).toBeGreaterThan(400);
    expect(b2.problemsThen).toBeGreaterThan(b2.problemsNow);
    expect(byId.get('3b')).toMatchObject({
      change: 'changed',
      wordsThen: 154,
      wordsNow: 631,
      evidenceAdded: ['evidence/lecture-capture-policy-consultation-response.pdf'],
      evidenceRemoved: [],
    });
    expect(byId.get('1c')).toMatchObject({
      change: 'changed',
      wordsAdded: 0,
      evidenceAdded: ['evidence/ally-rollout-plan.pdf'],
      evidenceRemoved: ['evidence/ally-rollout-plan-v2.pdf'],
    });
    // The uncommitted edit is part of "now".
    expect(byId.get('future-plans')?.wordsNow).toBe(374 + 6);
    const fixed = (comparison.fixed ?? []).map((p) => `${p.ruleId} ${p.section ?? ''}`);
    expect(fixed).toEqual(
      expect.arrayContaining([
        'link-broken 1c',
        'part-missing 2b',
        'section-missing 4a',
        'criterion-length 3b',
      ]),
    );
    expect(comparison.added).toEqual([]);
  });

  it('reads a commit, branch or tag the same way, and never touches the working tree or index', async () => {
    const before = gitIn(repo, ['status', '--porcelain']);
    expect(before).toBe(' M cmalt-portfolio/future-plans.md\n');
    // `git status` may refresh the index itself, so the index is read just around the run.
    const index = path.join(repo, '.git', 'index');
    const indexBefore = [await readFile(index), (await stat(index)).mtimeMs];
    const { comparison } = await compareWithEarlier(dir, { kind: 'git', since: 'HEAD~1' }, options);
    expect([await readFile(index), (await stat(index)).mtimeMs]).toEqual(indexBefore);
    expect(comparison.then.label).toBe(`commit ${firstCommit} (2026-04-01)`);
    expect(gitIn(repo, ['status', '--porcelain'])).toBe(before);
    const main = await compareWithEarlier(dir, { kind: 'git', since: 'main' }, options);
    expect(
      main.comparison.sections.filter((s) => s.change !== 'unchanged').map((s) => s.id),
    ).toEqual(['future-plans']);
  });

  it('drafts the summary of changes from the comparison', async () => {
    const { comparison, status } = await compareWithEarlier(
      dir,
      { kind: 'git', since: firstCommit },
      options,
    );
    const draft = changesDraft(comparison, {
      candidate: status.candidate,
      pathway: status.pathway,
      today,
    });
    expect(draft).toMatch(/^# Summary of changes\n/);
    expect(draft).toContain(
      `Lin Okafor, CMALT portfolio for resubmission, drafted on 2026-07-01. Compared with the earlier version: commit ${firstCommit} (2026-04-01).`,
    );
    expect(draft).toContain('| 4a Communication and working with others (new) | 0 | 648 | +');
    expect(draft).toMatch(
      /\| 3b Understanding and engaging with policies and standards \| 154 \| 631 \| \+\d+ \|/,
    );
    expect(draft).toContain(
      '- Evidence added: `evidence/lecture-capture-policy-consultation-response.pdf`',
    );
    expect(draft).toContain('- Evidence removed: `evidence/ally-rollout-plan-v2.pdf`');
    expect(draft).toMatch(
      /- Fixed: `link-broken`: link `evidence\/ally-rollout-plan-v2.pdf` points to/,
    );
    expect(draft).toMatch(/## Problems fixed\n\n- `section-missing` in 4a: section 4a/);
    expect(draft).toContain('## Problems new since then\n\nNone');
    // An evidence file is named without a line; a long message is cut to its first sentence.
    expect(draft).toContain(
      '- `evidence-uncited` evidence/alt-conference-2025-abstract.pdf: evidence/alt-conference-2025-abstract.pdf (2 KB) is in an evidence folder',
    );
    expect(draft).toContain(
      '- `section-missing` in 4a: section 4a (Communication and working with others) is missing for the cmalt pathway.\n',
    );
    expect(draft).toContain(
      'Unchanged: contextual-statement, 1a, 1b, 2a, 3a, specialist-1, declaration.',
    );
  });

  it('says clearly what is wrong with the version asked for', async () => {
    const since = (value: string, folder = dir) =>
      compareWithEarlier(folder, { kind: 'git', since: value }, options);
    await expect(since('submitted-version')).rejects.toThrow(
      'there is no commit, branch or tag called "submitted-version" in this repository',
    );
    await expect(since('2026-01-01')).rejects.toThrow(
      'there is no commit before 2026-01-01: the first commit is from 2026-04-01',
    );
    await expect(since('2026-02-30')).rejects.toThrow('2026-02-30 is not a date');
    await expect(
      compareWithEarlier(
        path.join(repo, 'second'),
        { kind: 'git', since: 'HEAD~1' },
        {
          ...options,
          shownDir: 'second',
        },
      ),
    ).rejects.toThrow(`second was not in the repository at commit ${firstCommit} (2026-04-01)`);
    const outside = await mkdtemp(path.join(os.tmpdir(), 'cmalt-no-git-'));
    try {
      await cp(lin, outside, { recursive: true });
      await expect(
        compareWithEarlier(
          outside,
          { kind: 'git', since: 'HEAD' },
          { ...options, shownDir: 'lin' },
        ),
      ).rejects.toThrow(
        'lin is not in a git repository, so there is no earlier version to compare with',
      );
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});
