import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyToTemp } from '../helpers/portfolio.js';
import { runBin, runCli, type CliRun } from '../helpers/run-cli.js';
import { gitIn, lin, referredVersion } from './referred.js';

const STACK = /^\s+at .+:\d+:\d+\)?$/m;
let repo: string;
let notInGit: string;

beforeAll(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), 'cmalt-cli-repo-'));
  const dir = path.join(repo, 'portfolio');
  gitIn(repo, ['init', '--quiet', '--initial-branch=main']);
  await cp(lin, dir, { recursive: true });
  await referredVersion(dir);
  gitIn(repo, ['add', '.']);
  gitIn(repo, ['commit', '--quiet', '-m', 'As submitted']);
  await rm(dir, { recursive: true });
  await cp(lin, dir, { recursive: true });
  gitIn(repo, ['add', '.'], '2026-05-20T09:30:00+00:00');
  gitIn(repo, ['commit', '--quiet', '-m', 'Resubmission'], '2026-05-20T09:30:00+00:00');
  notInGit = await copyToTemp(lin);
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

interface Scenario {
  name: string;
  args: () => string[];
  cwd?: () => string;
  code: number;
  stdout?: (string | RegExp)[];
  stderr?: (string | RegExp)[];
}

const at = '--today=2026-07-01';
const scenarios: Scenario[] = [
  {
    name: 'the progress, next steps and dates of a finished portfolio',
    args: () => ['status', lin, at],
    code: 0,
    stdout: [
      /1a\s+724\s+250–1,600\s+✔\s+✔\s+✔\s+✔\s+61%\s+4\s+✔/,
      'Nothing `cmalt check` would point out.',
      /2026-09-14 {2}suggested submission window closes \(6 months\) {2}in 75 days/,
      /2028-03-14 {2}registration ends \(2 years\) +in 622 days/,
    ],
  },
  {
    name: 'since a date: words and problems then and now',
    args: () => ['status', 'portfolio', '--since', '2026-05-01', at],
    cwd: () => repo,
    code: 0,
    stdout: [/Since commit [0-9a-f]{7} \(2026-04-01\)/, /3b\s+154\s+631\s+2\s+0/, /4a\s+—\s+648/],
  },
  {
    name: 'the summary of changes, to stdout',
    args: () => ['status', 'portfolio', '--since', 'HEAD~1', '--changes', at],
    cwd: () => repo,
    code: 0,
    stdout: ['# Summary of changes', '## Problems fixed', '- `link-broken` in 1c, 1c.md:'],
  },
  {
    name: 'a folder not in git',
    args: () => ['status', notInGit, '--since', 'HEAD~1'],
    code: 2,
    stderr: [
      'is not in a git repository, so there is no earlier version to compare with',
      'git init',
    ],
  },
  {
    name: 'a ref that does not exist',
    args: () => ['status', 'portfolio', '--since', 'first-draft'],
    cwd: () => repo,
    code: 2,
    stderr: ['there is no commit, branch or tag called "first-draft" in this repository'],
  },
  {
    name: 'a date that is not a date',
    args: () => ['status', 'portfolio', '--since', '2026-04-31'],
    cwd: () => repo,
    code: 2,
    stderr: ['2026-04-31 is not a date', 'YYYY-MM-DD'],
  },
  {
    name: 'a date before the first commit',
    args: () => ['status', 'portfolio', '--since', '2025-12-01'],
    cwd: () => repo,
    code: 2,
    stderr: ['there is no commit before 2025-12-01: the first commit is from 2026-04-01'],
  },
  {
    name: 'a zip that is not there',
    args: () => ['status', 'portfolio', '--since', 'submitted.zip'],
    cwd: () => repo,
    code: 2,
    stderr: ['there is no file submitted.zip'],
  },
  {
    name: '--changes without --since',
    args: () => ['status', lin, '--changes'],
    code: 2,
    stderr: ['--changes needs an earlier version to compare with'],
  },
  {
    name: 'a folder that is not there',
    args: () => ['status', path.join(repo, 'nowhere')],
    code: 2,
    stderr: ['there is no folder'],
  },
];

function expectRun(run: CliRun, scenario: Scenario) {
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(scenario.code);
  // A string is matched as it is, a pattern as a pattern.
  for (const want of scenario.stdout ?? []) expect(run.stdout).toMatch(want);
  // A string is matched as it is, a pattern as a pattern.
  for (const want of scenario.stderr ?? []) expect(run.stderr).toMatch(want);
  expect(run.stderr).not.toMatch(STACK);
}

describe('cmalt status in-process', () => {
  for (const scenario of scenarios)
    it(scenario.name, async () =>
      expectRun(await runCli(scenario.args(), { cwd: scenario.cwd?.() }), scenario),
    );
});

describe('cmalt status through the real bin', () => {
  for (const scenario of scenarios)
    it(scenario.name, async () =>
      expectRun(await runBin(scenario.args(), { cwd: scenario.cwd?.() }), scenario),
    );

  it('says so calmly when git is missing', async () => {
    const run = await runBin(['status', 'portfolio', '--since', 'HEAD~1'], {
      cwd: repo,
      env: { PATH: path.join(repo, 'no-such-folder') },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('git is not installed (or not on your PATH)');
    expect(run.stderr).not.toMatch(STACK);
  });
});

describe('cmalt status --format json', () => {
  it('has the documented shape', async () => {
    const run = await runCli(
      ['status', 'portfolio', '--since', '2026-05-01', '--format', 'json', at],
      {
        cwd: repo,
      },
    );
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual([
      'version',
      'portfolio',
      'today',
      'totals',
      'sections',
      'next',
      'dates',
      'since',
    ]);
    expect(doc.version).toBe(1);
    expect(doc.portfolio).toEqual({ root: 'portfolio', candidate: 'Lin Okafor', pathway: 'cmalt' });
    expect(doc.today).toBe('2026-07-01');
    expect(doc.sections[1]).toEqual({
      id: '1a',
      title: 'An understanding of the constraints and benefits of different technologies',
      file: '1a.md',
      present: true,
      assessed: true,
      words: 724,
      range: { min: 250, max: 1600, ruleId: 'criterion-length' },
      length: 'within',
      parts: { description: true, reflection: true, evidence: true },
      reflectionShare: expect.any(Number),
      evidenceItems: 4,
      errors: 0,
      warnings: 0,
      infos: 0,
    });
    expect(doc.dates[3]).toEqual({
      id: 'window-closes',
      label: 'suggested submission window closes (6 months)',
      date: '2026-09-14',
      days: 75,
      note: 'ALT suggests submitting by then',
    });
    expect(Object.keys(doc.since)).toEqual(['then', 'now', 'sections', 'fixed', 'added']);
    expect(doc.since.then).toEqual({
      label: expect.stringMatching(/^commit [0-9a-f]{7} \(2026-04-01\)$/),
      kind: 'sources',
    });
    const b3 = doc.since.sections.find((s: { id: string }) => s.id === '3b');
    expect(Object.keys(b3)).toEqual([
      'id',
      'title',
      'change',
      'wordsThen',
      'wordsNow',
      'wordsAdded',
      'wordsRemoved',
      'problemsThen',
      'problemsNow',
      'evidenceAdded',
      'evidenceRemoved',
    ]);
    expect(doc.since.fixed.map((p: { ruleId: string }) => p.ruleId)).toContain('section-missing');
  });
});

describe('cmalt status --changes --out', () => {
  it('writes the draft to a new file and never over an existing one', async () => {
    const out = path.join(repo, 'summary-of-changes.md');
    const args = ['status', 'portfolio', '--since', 'HEAD~1', '--changes', '--out', out, at];
    const first = await runCli(args, { cwd: repo });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Drafted the summary of changes in summary-of-changes.md');
    const draft = await readFile(out, 'utf8');
    expect(draft).toMatch(/^# Summary of changes\n/);
    await writeFile(out, 'my own edits\n');
    const second = await runCli(args, { cwd: repo });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(
      'summary-of-changes.md already exists, and cmalt never writes over a file',
    );
    expect(await readFile(out, 'utf8')).toBe('my own edits\n');
  });
});
