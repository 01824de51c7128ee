import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bytesCases } from './cases/bytes-cases.js';
import { configCases } from './cases/config-cases.js';
import { frontMatterCases } from './cases/front-matter-cases.js';
import { markdownCases } from './cases/markdown-cases.js';
import { outCases, pathCases, permissions } from './cases/path-cases.js';
import { HINT, type CaseRuns, type CorpusCase } from './cases/types.js';
import { runCli } from '../helpers/run-cli.js';
import { runBinWithin, spawnBin, waitForDist, type TimedRun } from './support/bin.js';
import { makeCaseFolder, removeCaseFolders } from './support/case-folder.js';
import {
  chmodStopsReads,
  diff,
  exists,
  leftovers,
  matches,
  portfolioSnapshot,
  secretsIn,
  tail,
} from './support/corpus-checks.js';
import { crashIn } from './support/crash.js';
import {
  exampleWithEvidence,
  leftoversIn,
  noise,
  placeNoise,
  removeSharedNoise,
  sharedNoiseFile,
  ZIP_NAME,
} from './support/evidence-portfolio.js';
import { snapshot } from './support/snapshot.js';

// Every hostile or broken portfolio goes through the real bin twice, `check` and `build` (which
// stops at errors), and through `build --force` in-process, so the renderer sees whatever
// loaded (in-process: a third process per case would double the suite's time, and the CLI code
// is the same). None may crash, hang, change a file of the portfolio, or read outside it.

const corpus = path.resolve(import.meta.dirname, '..', 'corpus');
const PWNED = path.join(os.tmpdir(), 'cmalt-hardening-pwned');
const cases: CorpusCase[] = [
  ...configCases,
  ...frontMatterCases,
  ...bytesCases,
  ...markdownCases,
  ...pathCases,
  ...outCases,
];
const observed: { name: string; codes: string; ms: string; seconds: string }[] = [];

beforeAll(async () => {
  permissions.enforced = await chmodStopsReads();
  await rm(PWNED, { force: true });
});

afterAll(async () => {
  await removeCaseFolders();
  if (process.env.CMALT_HARDENING_REPORT)
    console.log(
      observed
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .map(
          (o) => `${o.codes.padEnd(30)} ${o.ms.padStart(22)} ${o.seconds.padStart(6)}s  ${o.name}`,
        )
        .join('\n'),
    );
});

describe('the hostile corpus, through the real bin', () => {
  it('has at least 45 cases, each with a unique name', () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.concurrent.for(cases)('$name', { timeout: 240_000 }, async (c, context) => {
    const reason = c.skip?.();
    if (reason) {
      console.log(`skipped "${c.name}": ${reason}`);
      context.skip(reason);
    }
    const f = await makeCaseFolder(c.name.replace(/[^a-z0-9]+/gi, '-'));
    if (c.corpus) await cp(path.join(corpus, c.corpus), f.dir, { recursive: true });
    await c.make?.(f);
    const target = c.target?.(f) ?? f.dir;
    const before = await portfolioSnapshot(f);

    const options = { cwd: f.base, timeoutMs: c.timeoutMs ?? 60_000 };
    const started = Date.now();
    const [check, build, forced] = await Promise.all([
      runBinWithin(['check', target], options),
      runBinWithin(['build', target, '--out', c.out?.(f) ?? path.join(f.out, 'site')], options),
      c.forcedBuild === false
        ? undefined
        : forcedBuild(
            ['build', target, '--force', '--out', c.out?.(f) ?? path.join(f.forced, 'site')],
            f.base,
          ),
    ]);
    const runs: CaseRuns = { check, build, forced: forced ?? NOT_RUN };
    observed.push({
      name: c.name,
      codes: `check ${check.code} build ${build.code} forced ${forced?.code ?? '-'}`,
      ms: `${check.ms}+${build.ms}+${forced?.ms ?? 0} ms`,
      seconds: ((Date.now() - started) / 1000).toFixed(1),
    });

    const failures: string[] = [];
    const runsByName: [string, TimedRun, number[]][] = [
      ['check', check, c.check],
      ['build', build, c.build],
    ];
    if (forced)
      runsByName.push([
        'build --force',
        forced,
        c.forced ?? (c.build.every((code) => code === 2) ? [2] : [0]),
      ]);
    for (const [name, run, codes] of runsByName) {
      if (run.timedOut) failures.push(`${name} did not finish within ${run.ms} ms`);
      const crash = crashIn(run);
      if (crash) failures.push(`${name} crashed:\n${crash}`);
      if (!codes.includes(run.code))
        failures.push(`${name} exited ${run.code}, expected ${codes.join(' or ')}\n${tail(run)}`);
    }
    const checkOutput = check.stdout + check.stderr;
    for (const fragment of c.says)
      if (!matches(checkOutput, fragment)) failures.push(`check did not say ${String(fragment)}`);
    if (check.code !== 0 && !HINT.test(checkOutput))
      failures.push('check gave no hint (→) saying what to do');
    if (build.code !== 0) {
      const buildOutput = build.stdout + build.stderr;
      for (const fragment of c.buildSays ?? c.says)
        if (!matches(buildOutput, fragment)) failures.push(`build did not say ${String(fragment)}`);
    }

    const after = await portfolioSnapshot(f);
    const changed = diff(before, after);
    if (changed.length)
      failures.push(`files outside the site folders changed:\n${changed.join('\n')}`);
    failures.push(...(await leftovers(f, c)));
    failures.push(...(await secretsIn(f)));
    if (await exists(PWNED)) failures.push(`${PWNED} exists: YAML or front matter ran code`);
    await c.verify?.(f, runs).catch((error: Error) => failures.push(error.message));

    expect(failures, `${c.name}\n${tail(check)}`).toEqual([]);
  });
});

const NOT_RUN: TimedRun = { code: 0, stdout: '', stderr: '', timedOut: false, ms: 0 };

async function forcedBuild(args: string[], cwd: string): Promise<TimedRun> {
  const started = Date.now();
  const run = await runCli(args, { cwd });
  return { ...run, timedOut: false, ms: Date.now() - started };
}

describe('builds that fail or are stopped part way, through the real bin', () => {
  const BIG = 120 * 1024 * 1024;
  let noiseFile: string;

  beforeAll(async () => {
    await waitForDist();
    noiseFile = await sharedNoiseFile(BIG);
  }, 120_000);
  afterAll(removeSharedNoise);

  /** A portfolio built once already, so there is a previous site and zip to protect. */
  async function builtOnce(name: string, evidence: Record<string, Buffer | string>) {
    const f = await makeCaseFolder(name);
    await exampleWithEvidence(f, evidence);
    const site = path.join(f.out, 'site');
    const first = await spawnBin(['build', f.dir, '--zip', '--force', '--out', site]).done;
    expect(first.code, first.stderr).toBe(0);
    const zip = path.join(f.out, ZIP_NAME);
    return {
      f,
      site,
      zip,
      previousZip: await readFile(zip),
      previousSite: await snapshot(site),
      portfolio: await snapshot(f.dir),
    };
  }

  async function expectPreviousBuildIntact(b: Awaited<ReturnType<typeof builtOnce>>) {
    expect(await readFile(b.zip)).toEqual(b.previousZip);
    expect(await snapshot(b.site)).toEqual(b.previousSite);
    expect(await snapshot(b.f.dir)).toEqual(b.portfolio);
    expect(await leftoversIn(b.f.out)).toEqual([]);
  }

  it.concurrent.for([
    { when: 'after 300 ms', ready: () => new Promise((resolve) => setTimeout(resolve, 300)) },
    { when: 'once the new site is being written', ready: undefined },
  ])(
    'SIGINT $when leaves no partial zip, no temporary file, and the previous bundle byte for byte',
    // A machine busy with other tests can starve this thread for the whole build, so the build
    // finishes before it is interrupted: that run proves nothing either way, and is tried again.
    { timeout: 180_000, retry: 2 },
    async ({ when, ready }) => {
      const b = await builtOnce(`sigint-${when.slice(0, 12)}`, {
        'raw-caption-data.csv': 'a,b\n1,2\n',
      });
      await placeNoise(noiseFile, path.join(b.f.dir, 'evidence', 'raw-caption-data.csv'));
      b.portfolio = await snapshot(b.f.dir);

      const run = spawnBin(['build', b.f.dir, '--zip', '--force', '--out', b.site]);
      const ended = run.done.then((r) => {
        throw new Error(`the build ended before it could be interrupted (${r.code}):\n${r.stderr}`);
      });
      ended.catch(() => undefined);
      await Promise.race([ready?.() ?? writing(run, b.f.out), ended]);
      run.child.kill('SIGINT');
      const stopped = await run.done;

      expect(crashIn(stopped)).toBeUndefined();
      // Before the build command listens for SIGINT, Node's default ends the process at once;
      // once the site is being written, the build must stop itself and say so.
      if (!ready || stopped.signal !== 'SIGINT') {
        expect(stopped.code).toBe(2);
        expect(stopped.stderr).toContain('build cancelled');
      }
      await expectPreviousBuildIntact(b);
    },
  );

  // As root nothing can be made read-only, and /dev/full is not a folder. `ulimit -f` can
  // stand in for a full disk: writes past the limit fail with EFBIG, like ENOSPC, even as root.
  it.concurrent.for([
    { phase: 'copying evidence', evidence: { 'raw-caption-data.csv': noise(4 * 1024 * 1024) } },
    {
      phase: 'writing the zip',
      evidence: Object.fromEntries(
        ['a', 'b', 'c', 'd'].map((n) => [`raw-${n}.csv`, noise(700 * 1024)]),
      ),
    },
  ])(
    'a write that fails part way ($phase, disk full) is reported calmly and loses nothing',
    { timeout: 120_000 },
    async ({ phase, evidence }, { expect }) => {
      const b = await builtOnce(`full-${phase.split(' ')[0]}`, evidence);
      const run = await spawnBin(['build', b.f.dir, '--zip', '--force', '--out', b.site], {
        fileSizeLimit: 1024 * 1024,
      }).done;

      // Soft: what the user is told, and (below) whether anything was lost, are both reported.
      expect.soft(crashIn(run), run.stderr).toBeUndefined();
      expect.soft(run.code).toBe(2);
      expect.soft(run.stderr).toMatch(/^cmalt: .*(?:space|too large|could not (?:be )?writ)/im);
      await expectPreviousBuildIntact(b);
    },
  );

  it('a zip path taken by a folder of the user’s is refused and the folder kept', async () => {
    const f = await makeCaseFolder('zip-is-a-folder');
    await exampleWithEvidence(f, {});
    const zipFolder = path.join(f.out, ZIP_NAME);
    await mkdir(zipFolder, { recursive: true });
    await writeFile(path.join(zipFolder, 'keep.txt'), 'mine\n');
    const portfolio = await snapshot(f.dir);

    const run = await spawnBin(['build', f.dir, '--zip', '--out', path.join(f.out, 'site')]).done;

    expect.soft(crashIn(run), run.stderr).toBeUndefined();
    expect.soft(run.code).toBe(2);
    expect.soft(run.stderr).toContain(ZIP_NAME);
    expect(await readFile(path.join(zipFolder, 'keep.txt'), 'utf8')).toBe('mine\n');
    expect(await snapshot(f.dir)).toEqual(portfolio);
    expect(await leftoversIn(f.out)).toEqual([]);
  });
});

/**
 * Resolves once a build is part way through writing. The "--force" and "warnings" lines are
 * printed just before the build starts listening for SIGINT; after them, the new site's
 * staging folder (or the temporary zip written after it) shows the build is writing. A busy machine can starve the
 * folder check, so it gives up after two seconds: by then the build is listening either way,
 * and copying and zipping 120 MB of evidence keeps it busy far longer.
 */
async function writing(run: ReturnType<typeof spawnBin>, outFolder: string): Promise<void> {
  await new Promise<void>((resolve) => {
    const listen = (chunk: Buffer) => {
      if (!/because of --force|run cmalt check/.test(chunk.toString())) return;
      run.child.stderr?.off('data', listen);
      resolve();
    };
    run.child.stderr?.on('data', listen);
  });
  await waitFor(
    async () =>
      (await readdir(outFolder)).some((n) => n.startsWith('.site.cmalt-') || n.endsWith('.tmp')),
    2_000,
  ).catch(() => undefined);
}

async function waitFor(condition: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`gave up waiting after ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
