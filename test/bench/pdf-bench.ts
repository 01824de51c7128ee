/**
 * How long `cmalt build --pdf` takes against the same build without it, on the example
 * portfolio: medians of several runs through the real bin (run `npm run build` first).
 *   npx tsx test/bench/pdf-bench.ts [--runs 5]
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median } from './measure.js';

const repo = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(repo, 'bin', 'cmalt.js');
const runsAt = process.argv.indexOf('--runs');
const runs = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 5;

function timed(args: string[]): { ms: number; out: string } {
  const started = performance.now();
  const out = execFileSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { ms: performance.now() - started, out };
}

const dir = await mkdtemp(path.join(tmpdir(), 'cmalt-pdf-bench-'));
try {
  const portfolio = path.join(dir, 'cmalt-lin-okafor');
  await cp(path.join(repo, 'examples', 'cmalt-lin-okafor'), portfolio, { recursive: true });
  timed(['build', portfolio, '--pdf']); // warm the disk cache and the browser's files
  const plain: number[] = [];
  const pdf: number[] = [];
  let pages = '';
  // Alternated, so a busy moment on a shared machine falls on both kinds alike.
  for (let i = 0; i < runs; i++) {
    plain.push(timed(['build', portfolio]).ms);
    const run = timed(['build', portfolio, '--pdf']);
    pdf.push(run.ms);
    pages = /^✔ PDF: .*\((\d+) pages?, ([^)]+)\)$/m.exec(run.out)?.slice(1).join(' pages, ') ?? '';
  }
  const a = median(plain);
  const b = median(pdf);
  console.log(`cmalt build (${runs} runs, median):       ${(a / 1000).toFixed(2)} s`);
  console.log(`cmalt build --pdf (${runs} runs, median): ${(b / 1000).toFixed(2)} s (${pages})`);
  console.log(
    `ratio --pdf / plain: ${(b / a).toFixed(2)}; the PDF adds ${((b - a) / 1000).toFixed(2)} s`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
