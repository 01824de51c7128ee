import { mkdir, mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseWorkflow, NoOperationTraceWriter } from '@actions/workflow-parser';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/run-cli.js';
import { githubWorkflowSchema } from './workflow-schema.js';

const WORKFLOW = path.join('.github', 'workflows', 'cmalt.yml');
const pkg = JSON.parse(
  await readFile(path.resolve(import.meta.dirname, '..', '..', 'package.json'), 'utf8'),
) as { version: string };

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(githubWorkflowSchema());

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'cmalt-github-'));
}

/** Problems GitHub's own workflow parser finds, as `message` strings. */
function githubParserErrors(name: string, content: string): string[] {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  return result.context.errors.getErrors().map((e) => e.message);
}

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string;
  if?: string;
  steps: Step[];
  permissions?: Record<string, string>;
  environment?: { name: string; url: string };
  concurrency?: { group: string };
}
interface Workflow {
  on: Record<string, unknown>;
  env: Record<string, string>;
  defaults: { run: { 'working-directory': string } };
  jobs: Record<string, Job>;
}

describe('cmalt init --github', () => {
  it('writes a workflow that GitHub accepts: checks every push, publishes the default branch', async () => {
    const dir = path.join(await tempDir(), 'my-portfolio');
    const run = await runCli(['init', dir, '--yes', '--name', 'Lin Okafor', '--github']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('created .github/workflows/cmalt.yml');
    expect(run.stdout).toContain(
      'Settings → Pages → Build and deployment → Source: GitHub Actions',
    );
    const content = await readFile(path.join(dir, WORKFLOW), 'utf8');

    const workflow = parse(content) as Workflow;
    expect(validate(workflow), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(githubParserErrors(WORKFLOW, content)).toEqual([]);

    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']));
    expect(workflow.env.CMALT).toBe(`cmalt@${pkg.version}`);
    expect(workflow.defaults.run['working-directory']).toBe('.');
    const { check, build, deploy } = workflow.jobs as Record<string, Job>;
    expect(check!.steps.map((s) => s.uses ?? s.run)).toEqual([
      'actions/checkout@v4',
      'actions/setup-node@v4',
      'npx --yes "$CMALT" check --format github',
    ]);
    expect(check!.steps[1]!.with).toEqual({ 'node-version': 20 });

    expect(build!.needs).toBe('check');
    expect(build!.if).toContain("github.event_name != 'pull_request'");
    expect(build!.if).toContain('github.event.repository.default_branch');
    const pages = build!.steps.find((s) => s.uses === 'actions/configure-pages@v5');
    const buildStep = build!.steps.find((s) => s.run?.includes(' build '));
    expect(buildStep!.env!.BASE_PATH).toBe(`\${{ steps.${pages!.id}.outputs.base_path }}`);
    expect(buildStep!.run).toBe('npx --yes "$CMALT" build --base-url "$BASE_PATH/"');
    expect(build!.steps.at(-1)).toEqual({
      uses: 'actions/upload-pages-artifact@v3',
      with: { path: 'dist' },
    });

    expect(deploy!.needs).toBe('build');
    expect(deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy!.concurrency!.group).toBe('pages');
    const deployStep = deploy!.steps.find((s) => s.uses === 'actions/deploy-pages@v4');
    expect(deploy!.environment).toEqual({
      name: 'github-pages',
      url: `\${{ steps.${deployStep!.id}.outputs.page_url }}`,
    });
  });

  it('can tell a broken workflow from a good one', async () => {
    const dir = path.join(await tempDir(), 'p');
    await runCli(['init', dir, '--yes', '--name', 'Lin Okafor', '--github']);
    const content = await readFile(path.join(dir, WORKFLOW), 'utf8');
    const broken = content.replace(/^ {4}runs-on: ubuntu-latest\n/m, '').replace('steps:', 'step:');
    expect(validate(parse(broken))).toBe(false);
    expect(githubParserErrors(WORKFLOW, broken).length).toBeGreaterThan(0);
  });

  it('lists the workflow in the dry-run plan and writes nothing', async () => {
    const dir = path.join(await tempDir(), 'p');
    const run = await runCli([
      'init',
      dir,
      '--yes',
      '--name',
      'Lin Okafor',
      '--github',
      '--dry-run',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /\+ would create \.github\/workflows\/cmalt\.yml {2}checks on every push, publishes to GitHub Pages/,
    );
    await expect(stat(dir)).rejects.toThrow();
  });

  it('adds only the workflow to an existing portfolio, and keeps one that is already there', async () => {
    const dir = path.join(await tempDir(), 'p');
    await runCli(['init', dir, '--yes', '--name', 'Lin Okafor']);
    const before = await readdir(dir, { recursive: true });
    const first = await runCli(['init', dir, '--github']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('+ created .github/workflows/cmalt.yml');
    expect(first.stdout).not.toContain('start writing');
    const after = await readdir(dir, { recursive: true });
    expect(after.filter((f) => !before.includes(f)).sort()).toEqual(
      ['.github', path.join('.github', 'workflows'), WORKFLOW].sort(),
    );

    const own = 'name: my own workflow\non: push\njobs: {}\n';
    const other = path.join(await tempDir(), 'q');
    await runCli(['init', other, '--yes', '--name', 'Lin Okafor']);
    await mkdir(path.join(other, '.github', 'workflows'), { recursive: true });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(other, WORKFLOW), own);
    const second = await runCli(['init', other, '--github']);
    expect(second.stdout).toContain('kept .github/workflows/cmalt.yml (already exists');
    expect(await readFile(path.join(other, WORKFLOW), 'utf8')).toBe(own);
  });

  it('puts the workflow at the repository root for a portfolio in a subfolder', async () => {
    const repo = await tempDir();
    await mkdir(path.join(repo, '.git'));
    const dir = path.join(repo, 'cmalt', 'my portfolio');
    const run = await runCli(['init', dir, '--yes', '--name', 'Lin Okafor', '--github']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('created ../../.github/workflows/cmalt.yml');
    await expect(stat(path.join(dir, '.github'))).rejects.toThrow();
    const content = await readFile(path.join(repo, WORKFLOW), 'utf8');
    const workflow = parse(content) as Workflow;
    expect(validate(workflow), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(githubParserErrors(WORKFLOW, content)).toEqual([]);
    expect(workflow.defaults.run['working-directory']).toBe('cmalt/my portfolio');
    expect(workflow.jobs.build!.steps.at(-1)!.with).toEqual({ path: 'cmalt/my portfolio/dist' });
  });
});
