import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { examples, fixtures, writePortfolio } from '../helpers/portfolio.js';
import { runBin, runCli, type CliRun } from '../helpers/run-cli.js';

const STACK = /^\s+at .+:\d+:\d+\)?$/m;
const jekyll = path.join(fixtures, 'layouts', 'jekyll-en-dash');
let badConfig: string;

beforeAll(async () => {
  badConfig = await writePortfolio({
    'cmalt.yml': 'candidate: Lin Okafor\npathway: senoir\n',
    '1a.md': '# 1a\n',
  });
});

interface Scenario {
  name: string;
  args: () => string[];
  code: number;
  stdout?: (string | RegExp)[];
  stderr?: (string | RegExp)[];
}

// One table, run twice: in-process (fast, precise) and through the real bin (as users run it).
const scenarios: Scenario[] = [
  {
    name: 'the CMALT example passes',
    args: () => ['check', path.join(examples, 'cmalt-lin-okafor')],
    code: 0,
    stdout: [/✔ No problems|0 errors/],
  },
  {
    name: 'the Senior example passes',
    args: () => ['check', path.join(examples, 'senior-morgan-hale')],
    code: 0,
    stdout: [/advanced-1/],
  },
  {
    name: 'a Jekyll portfolio is mapped and its broken anchor reported at its line',
    args: () => ['check', jekyll],
    code: 1,
    stdout: [
      'core-area-1.md:78:3',
      'link-broken',
      '#appendix-d-staff-survey',
      /1c\s+Supporting the deployment/,
    ],
  },
  {
    name: 'JSON output parses and carries the problem',
    args: () => ['check', jekyll, '--format', 'json'],
    code: 1,
    stdout: ['"ruleId": "link-broken"', '"file": "core-area-1.md"', '"line": 78'],
  },
  {
    name: 'a bad cmalt.yml exits 2 with file:line',
    args: () => ['check', badConfig],
    code: 2,
    stdout: [/cmalt\.yml:2/, 'pathway'],
  },
  {
    name: 'a missing folder exits 2',
    args: () => ['check', path.join(fixtures, 'no-such-folder')],
    code: 2,
    stdout: ['there is no folder'],
  },
  {
    name: '--max-warnings 0 fails on warnings',
    args: () => [
      'check',
      path.join(fixtures, 'layouts', 'blockquote-reflections'),
      '--max-warnings',
      '0',
    ],
    code: 1,
  },
  {
    name: '--max-warnings needs a number',
    args: () => ['check', jekyll, '--max-warnings', 'lots'],
    code: 2,
    stderr: ['--max-warnings needs a whole number'],
  },
  {
    name: 'an unknown option exits 2',
    args: () => ['check', '--colour-me-pink'],
    code: 2,
    stderr: ["unknown option '--colour-me-pink'"],
  },
  {
    name: 'an unknown command exits 2',
    args: () => ['lint'],
    code: 2,
    stderr: ["unknown command 'lint'"],
  },
  {
    name: '--help lists the commands',
    args: () => ['--help'],
    code: 0,
    stdout: ['init', 'check', 'build', 'rules'],
  },
  {
    name: 'rules lists every rule id',
    args: () => ['rules'],
    code: 0,
    stdout: ['section-missing', 'link-broken', 'reflection-share'],
  },
  {
    name: 'rules explains one rule',
    args: () => ['rules', 'link-broken'],
    code: 0,
    stdout: ['Why:', 'Fails:', 'Passes:'],
  },
  {
    name: 'an unknown rule exits 2',
    args: () => ['rules', 'no-such-rule'],
    code: 2,
    stderr: ['there is no rule called "no-such-rule"'],
  },
];

function expectRun(run: CliRun, scenario: Scenario) {
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(scenario.code);
  for (const part of scenario.stdout ?? []) expect(run.stdout).toMatch(part);
  for (const part of scenario.stderr ?? []) expect(run.stderr).toMatch(part);
  expect(run.stdout + run.stderr).not.toMatch(STACK);
  expect(run.stdout + run.stderr).not.toContain('\u001b[');
}

describe.each([
  ['in-process', runCli],
  ['through the bin', runBin],
] as const)('cmalt %s', (_how, runner) => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    expectRun(await runner(scenario.args()), scenario);
  });
});

describe('cmalt --version', () => {
  it('prints the package version through the bin', async () => {
    const run = await runBin(['--version']);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
