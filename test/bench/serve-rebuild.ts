// `npm run bench:serve`: how long `cmalt serve` takes from a save to the open page being told to
// reload. Starts the preview on a copy of the example portfolio and on the generated typical one
// (15 files, 12,000 words, and again with 90 MB of evidence), appends a word to one section file again and again, and times each
// save until the reload event reaches a connected page. Prints medians and p90. Not part of
// `npm test`.
//   npm run bench:serve -- --runs 15
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { quantile } from './measure.js';
import { startServe } from '../../src/serve/index.js';
import type { RebuildOutcome } from '../../src/serve/index.js';
import { generatePortfolio } from './generate-portfolio.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 15;

/** Reads the preview's event stream as a page does, resolving each time a version arrives. */
async function connect(url: string) {
  const controller = new AbortController();
  const response = await fetch(`${url}__cmalt/events`, { signal: controller.signal });
  if (!response.body) throw new Error('the event stream has no body');
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const waiting: { version: number; resolve: (at: number) => void }[] = [];
  let buffer = '';
  let seen = 0;
  void (async () => {
    for (;;) {
      const chunk = await reader.read().catch(() => ({ done: true, value: undefined }));
      if (chunk.done) return;
      const at = performance.now();
      buffer += chunk.value;
      let end;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = /^data: (\d+)$/m.exec(event)?.[1];
        if (!data) continue;
        seen = Number(data);
        for (const w of waiting.splice(0)) {
          if (seen >= w.version) w.resolve(at);
          else waiting.push(w);
        }
      }
    }
  })();
  return {
    /** Resolves with the time the page hears of `version` or a later one. */
    reach(version: number): Promise<number> {
      return new Promise((resolve) => {
        if (seen >= version) resolve(performance.now());
        else waiting.push({ version, resolve });
      });
    },
    close: () => controller.abort(),
  };
}

interface Figures {
  name: string;
  files: number;
  save: number[];
  rebuild: number[];
}

async function measure(name: string, dir: string, file: string): Promise<Figures> {
  const outcomes: RebuildOutcome[] = [];
  const handle = await startServe({ root: dir, onRebuild: (o) => outcomes.push(o) });
  const page = await connect(handle.url);
  const figures: Figures = {
    name,
    files: handle.latest.pages.length,
    save: [],
    rebuild: [],
  };
  try {
    // One save first, not counted, so the figures are of a preview already running.
    for (let i = -1; i < runs; i++) {
      const version = handle.latest.version + 1;
      const started = performance.now();
      await appendFile(path.join(dir, file), ` word${i + 2}`);
      const reached = await page.reach(version);
      const outcome = outcomes.find((o) => o.version >= version);
      if (!outcome?.built) throw new Error(`${name}: the rebuild after a save did not build`);
      if (i < 0) continue;
      figures.save.push(reached - started);
      figures.rebuild.push(outcome.ms);
      // Saves a person makes are seconds apart; leave the watcher idle between them.
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  } finally {
    page.close();
    await handle.close();
  }
  return figures;
}

async function main() {
  const work = await mkdtemp(path.join(os.tmpdir(), 'cmalt-bench-serve-'));
  try {
    const example = path.join(work, 'example');
    await cp(path.join(root, 'examples', 'cmalt-lin-okafor'), example, { recursive: true });
    const typical = path.join(work, 'typical');
    await generatePortfolio(typical, { seed: 7 });
    const heavy = path.join(work, 'heavy');
    await generatePortfolio(heavy, { seed: 7, evidenceBytes: 3_000_000 });
    const results = [
      await measure('example portfolio (examples/cmalt-lin-okafor)', example, '1a.md'),
      await measure(
        'typical portfolio (15 files, 12,000 words, 30 evidence files)',
        typical,
        '1a.md',
      ),
      await measure('the same with 90 MB of evidence (30 files of 3 MB)', heavy, '1a.md'),
    ];
    const rows = results.map((r) => [
      r.name,
      `${quantile(r.save, 0.5).toFixed(0)} ms`,
      `${quantile(r.save, 0.9).toFixed(0)} ms`,
      `${quantile(r.rebuild, 0.5).toFixed(0)} ms`,
      `${quantile(r.rebuild, 0.9).toFixed(0)} ms`,
    ]);
    const header = [
      'portfolio',
      'save to reload, median',
      'p90',
      'rebuild in process, median',
      'p90',
    ];
    const table = [header, header.map(() => '---'), ...rows]
      .map((r) => `| ${r.join(' | ')} |`)
      .join('\n');
    const load = os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    process.stdout.write(
      `\n${table}\n\n${runs} saves each (target: save to reload under 300 ms). Node ${process.version}, ${os.cpus().length} cores, load average ${load}.\n`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
