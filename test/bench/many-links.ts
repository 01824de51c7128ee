// `npm run bench:links`: check and build of one page holding 100,000 links, beside the untouched
// example portfolio. Prints medians of several runs and peak memory. Not part of `npm test`.
//   npm run bench:links -- --runs 3 --links 100000 [--shape mixed|list]
// `mixed` (the default) mixes evidence, sections, anchors, web pages, reference links, lists and
// tables; `list` is one plain list of evidence links, one to a line.
import { existsSync } from 'node:fs';
import { appendFile, copyFile, cp, mkdir, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  markdownTable,
  measure as measureCommand,
  median,
  runMain,
  type Measure,
} from './measure.js';

const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'bin', 'cmalt.js');
const example = path.join(root, 'examples', 'cmalt-lin-okafor');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) || fallback : fallback;
};
const runs = option('--runs', 3);
const linkCount = option('--links', 100_000);
const shape = args.includes('--shape') ? args[args.indexOf('--shape') + 1] : 'mixed';
const work = process.env.CMALT_BENCH_DIR ?? path.join(os.tmpdir(), 'cmalt-bench-links');

const measure = (commandArgs: string[]) =>
  measureCommand('node', [bin, ...commandArgs], { cwd: root, work });

async function repeat(label: string, commandArgs: string[]): Promise<Measure> {
  const all: Measure[] = [];
  for (let i = 0; i < runs; i++) all.push(await measure(commandArgs));
  const result = { seconds: median(all.map((m) => m.seconds)), mb: median(all.map((m) => m.mb)) };
  const each = all.map((m) => m.seconds.toFixed(2)).join(', ');
  process.stderr.write(
    `  ${label}: ${result.seconds.toFixed(2)} s (${each}), ${result.mb.toFixed(0)} MB\n`,
  );
  return result;
}

/**
 * The links a candidate with a very long evidence page might write, ten at a time: evidence
 * files that exist, other sections with anchors, anchors on the same page, web pages,
 * reference-style links, in list items and table rows, with one broken evidence link in every
 * thousand. Kept short so the page stays under the 5 MB cmalt reads.
 */
function linkHeavyPage(evidence: string[]): string {
  const lines: string[] = ['', '## Evidence index', ''];
  const definitions: string[] = [];
  const sections = ['1a', '1b', '1c', '2b', '3a', '3b', '4a', 'specialist-1'];
  const anchors = ['description', 'reflection', 'evidence'];
  const groups = Math.ceil(linkCount / 10);
  for (let i = 0; i < groups; i++) {
    const file = evidence[i % evidence.length]!;
    const other = evidence[(i * 7 + 3) % evidence.length]!;
    const section = sections[i % sections.length]!;
    const anchor = anchors[i % anchors.length]!;
    if (i % 20 === 0) lines.push('', `### Week ${i / 20 + 1}`, '');
    definitions.push(`[r${i}]: evidence/${file}`, `[n${i}]: https://example.ac.uk/n/${i}`);
    if (i % 10 === 9) {
      lines.push(
        '',
        '| Evidence | Section | Source |',
        '| --- | --- | --- |',
        `| [Plan ${i}](evidence/${file}) | [${section}](${section}.md#${anchor}) | [guide](https://alt.ac.uk/g/${i}) |`,
        `| [Log ${i}](evidence/${other}) | [${section}](${section}.md) | [paper](https://doi.org/10.1/${i}) |`,
        '',
        `- [Record][r${i}], [notes][n${i}], [above](#week-${Math.floor(i / 20) + 1}), [in ${section}](${section}.md#${anchor})`,
        '',
      );
      continue;
    }
    const first = i % 100 === 0 ? `evidence/missing-${i}.pdf` : `evidence/${file}`;
    lines.push(
      `- [Plan ${i}](${first}), [in ${section}](${section}.md#${anchor}), [report](https://jisc.ac.uk/r/${i})`,
      `- [Record][r${i}], [guide](https://alt.ac.uk/g/${i}), [log](evidence/${other})`,
      `- [${section}](${section}.md), [talk](https://altc.alt.ac.uk/${i}), [notes][n${i}], [top](#evidence-index)`,
    );
  }
  return `${lines.join('\n')}\n\n${definitions.join('\n')}\n`;
}

/**
 * One evidence link to a line, one in every thousand to a missing file. The files get short
 * names (`e1.pdf`, copies of the example's first) so the page stays under the 5 MB cmalt reads.
 */
const SHORT_NAMES = Array.from({ length: 40 }, (_, i) => `e${i + 1}.pdf`);

function plainListPage(): string {
  const lines = ['', '## Evidence index', ''];
  for (let i = 0; i < linkCount; i++) {
    const file = i % 1000 === 0 ? `missing-${i}.pdf` : SHORT_NAMES[i % SHORT_NAMES.length]!;
    lines.push(`- [Evidence ${i + 1}](evidence/${file})`);
  }
  return `${lines.join('\n')}\n`;
}

async function main() {
  if (!existsSync(path.join(root, 'dist', 'bundle', 'main.js')))
    throw new Error('run `npm run build` first');
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const plain = path.join(work, 'example');
  const heavy = path.join(work, 'many-links');
  await cp(example, plain, { recursive: true });
  await cp(example, heavy, { recursive: true });
  const evidence = (await readdir(path.join(example, 'evidence')))
    .filter((name) => name !== 'README.md')
    .sort();
  if (shape !== 'mixed' && shape !== 'list') throw new Error('--shape is mixed or list');
  if (shape === 'list')
    for (const name of SHORT_NAMES)
      await copyFile(
        path.join(heavy, 'evidence', evidence[0]!),
        path.join(heavy, 'evidence', name),
      );
  const page = shape === 'list' ? plainListPage() : linkHeavyPage(evidence);
  await appendFile(path.join(heavy, '2a.md'), page);
  const written = (page.match(/\]\(|\]\[/g) ?? []).length;
  process.stderr.write(
    `cmalt links benchmark: ${runs} runs each, ${written.toLocaleString('en-GB')} links (${shape}) added to 2a.md (${(page.length / 1024 ** 2).toFixed(1)} MB), in ${work}\n`,
  );

  const rows: string[][] = [];
  for (const [label, dir] of [
    ['example portfolio', plain],
    [`one page of ${written.toLocaleString('en-GB')} links`, heavy],
  ] as const) {
    const check = await repeat(`check, ${label}`, ['check', dir, '--format', 'json']);
    const build = await repeat(`build --force, ${label}`, [
      'build',
      dir,
      '--force',
      '--out',
      path.join(work, `${path.basename(dir)}-site`),
    ]);
    rows.push([
      `\`cmalt check\`, ${label}`,
      `${check.seconds.toFixed(2)} s`,
      `${check.mb.toFixed(0)} MB`,
    ]);
    rows.push([
      `\`cmalt build --force\`, ${label}`,
      `${build.seconds.toFixed(2)} s`,
      `${build.mb.toFixed(0)} MB`,
    ]);
  }
  process.stdout.write(markdownTable(['measure', 'median time', 'peak memory'], rows, runs));
}

runMain(main);
