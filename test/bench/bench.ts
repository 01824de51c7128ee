// `npm run bench`: speed and memory of cmalt against the tools a user would otherwise reach for.
// Prints medians of several runs and ratios measured side by side. Not part of `npm test`.
//   npm run bench -- --runs 5 --quick   (smaller cohort and evidence, for a first look)
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  markdownTable,
  measure as measureCommand,
  median,
  runMain,
  type Measure,
} from './measure.js';
import { generatePortfolio } from './generate-portfolio.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'bin', 'cmalt.js');
const mdlint = path.join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runs = Number(args[args.indexOf('--runs') + 1]) || (quick ? 3 : 5);
const cohortSize = quick ? 40 : 200;
const bigEvidenceBytes = quick ? 256 * 1024 * 1024 : 1024 * 1024 * 1024;
const work = process.env.CMALT_BENCH_DIR ?? path.join(os.tmpdir(), 'cmalt-bench');

const measure = (command: string, commandArgs: string[], cwd = root) =>
  measureCommand(command, commandArgs, { cwd, work });

async function repeat(label: string, times: number, fn: () => Promise<Measure>): Promise<Measure> {
  const all: Measure[] = [];
  for (let i = 0; i < times; i++) all.push(await fn());
  const result = { seconds: median(all.map((m) => m.seconds)), mb: median(all.map((m) => m.mb)) };
  process.stderr.write(`  ${label}: ${result.seconds.toFixed(3)} s, ${result.mb.toFixed(0)} MB\n`);
  return result;
}

async function cohort(size: number, offset = 0): Promise<string[]> {
  const dirs: string[] = [];
  for (let i = 0; i < size; i++) {
    const dir = path.join(work, 'cohort', `candidate-${String(i + offset).padStart(4, '0')}`);
    if (!existsSync(path.join(dir, 'declaration.md')))
      await generatePortfolio(dir, { seed: i + offset + 1, evidenceBytes: 4096 });
    dirs.push(dir);
  }
  return dirs;
}

async function main() {
  if (!existsSync(path.join(root, 'dist', 'bundle', 'main.js')))
    throw new Error('run `npm run build` first');
  await mkdir(work, { recursive: true });
  process.stderr.write(`cmalt benchmark: ${runs} runs each, working in ${work}\n`);
  const rows: string[][] = [];

  const typical = path.join(work, 'typical');
  if (!existsSync(path.join(typical, 'declaration.md')))
    await generatePortfolio(typical, { seed: 7 });
  // Node's own start-up is the floor no command can go under: measured beside it.
  const floor = await repeat('node -e 0', runs, () => measure('node', ['-e', '0']));
  const version = await repeat('cmalt --version', runs, () => measure('node', [bin, '--version']));
  rows.push([
    '`cmalt --version`',
    `${(version.seconds * 1000).toFixed(0)} ms`,
    `${version.mb.toFixed(0)} MB`,
    `target < 150 ms; bare \`node -e 0\` ${(floor.seconds * 1000).toFixed(0)} ms, so cmalt adds ${((version.seconds - floor.seconds) * 1000).toFixed(0)} ms`,
  ]);
  const check = await repeat('cmalt check (typical)', runs, () =>
    measure('node', [bin, 'check', typical, '--format', 'json']),
  );
  rows.push([
    '`cmalt check`, typical portfolio (15 files, 12,000 words, 30 evidence files)',
    `${(check.seconds * 1000).toFixed(0)} ms`,
    `${check.mb.toFixed(0)} MB`,
    '',
  ]);

  const dirs = await cohort(cohortSize);
  const cohortGlob = path.join(work, 'cohort');
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Side by side, alternating, so both see the same machine load.
    ours.push((await measure('node', [bin, 'check', ...dirs, '--format', 'json'])).seconds);
    theirs.push((await measure('node', [mdlint, '**/*.md'], cohortGlob)).seconds);
  }
  const ratio = median(ours.map((o, i) => o / theirs[i]!));
  rows.push([
    `\`cmalt check\`, cohort of ${cohortSize} portfolios`,
    `${median(ours).toFixed(2)} s`,
    '',
    `markdownlint-cli2 ${median(theirs).toFixed(2)} s; ratio ${ratio.toFixed(2)} (target <= 1)`,
  ]);

  const scale: number[] = [];
  for (const factor of [1, 2, 4]) {
    const more = await cohort(cohortSize * factor);
    scale.push(
      (
        await repeat(`cohort x${factor}`, Math.max(1, runs - 2), () =>
          measure('node', [bin, 'check', ...more, '--format', 'json']),
        )
      ).seconds,
    );
  }
  rows.push([
    'growth 1x : 2x : 4x cohort',
    scale.map((s) => `${s.toFixed(1)} s`).join(' : '),
    '',
    `ratios 1 : ${(scale[1]! / scale[0]!).toFixed(2)} : ${(scale[2]! / scale[0]!).toFixed(2)} (linear = 1 : 2 : 4)`,
  ]);

  // Named by size, so a quick run's smaller portfolio is never measured as the full one.
  const big = path.join(work, `big-${bigEvidenceBytes / 1024 ** 2}mb`);
  if (!existsSync(path.join(big, 'declaration.md')))
    await generatePortfolio(big, { seed: 3, evidenceBytes: Math.floor(bigEvidenceBytes / 30) });
  const ourZip: Measure[] = [];
  const theirZip: Measure[] = [];
  const zipOut = path.join(work, 'zip-r.zip');
  for (let i = 0; i < Math.max(1, runs - 2); i++) {
    ourZip.push(
      await measure('node', [
        bin,
        'build',
        big,
        '--zip',
        '--force',
        '--out',
        path.join(work, 'big-site'),
      ]),
    );
    await rm(zipOut, { force: true });
    theirZip.push(await measure('zip', ['-qr', zipOut, '.'], big));
  }
  const zipRatio = median(ourZip.map((o, i) => o.seconds / theirZip[i]!.seconds));
  const gb = (bigEvidenceBytes / 1024 ** 3).toFixed(2);
  rows.push([
    `\`cmalt build --zip\`, ${gb} GB of evidence`,
    `${median(ourZip.map((m) => m.seconds)).toFixed(1)} s`,
    `${median(ourZip.map((m) => m.mb)).toFixed(0)} MB`,
    `zip -r ${median(theirZip.map((m) => m.seconds)).toFixed(1)} s, ${median(theirZip.map((m) => m.mb)).toFixed(0)} MB; time ratio ${zipRatio.toFixed(2)} (target <= 1.5, memory < 200 MB)`,
  ]);

  process.stdout.write(
    markdownTable(['measure', 'median time', 'peak memory', 'compared with'], rows, runs),
  );
}

runMain(main);
