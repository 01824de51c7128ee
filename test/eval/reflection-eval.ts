/**
 * Evaluates classifyParagraph against the labelled development set.
 *   npx tsx test/eval/reflection-eval.ts            tables for dev, test and all
 *   npx tsx test/eval/reflection-eval.ts --errors=dev   also list misread dev items
 * Tune on dev only; the test split is for reporting.
 */
import { performance } from 'node:perf_hooks';
import { agreement, pairAgreement, type AgreementReport } from '../../src/reflection/agreement.js';
import {
  classifyParagraph,
  PARAGRAPH_LABELS,
  type ParagraphLabel,
} from '../../src/reflection/classify-paragraph.js';
import { firstPass, loadDataset, type DatasetItem } from '../reflection/dataset.js';

const SHORT: Record<string, string> = {
  description: 'desc',
  reflection: 'refl',
  evidence: 'evid',
  other: 'other',
  neither: 'neither',
};

function pct(value: number): string {
  return Number.isNaN(value) ? '  n/a' : (value * 100).toFixed(1).padStart(5);
}

function matrixLines<L extends string>(report: AgreementReport<L>): string[] {
  const { labels } = report.matrix;
  const head =
    'gold \\ predicted'.padEnd(18) + labels.map((l) => (SHORT[l] ?? l).padStart(8)).join('');
  const rows = labels.map(
    (l, g) =>
      (SHORT[l] ?? l).padEnd(18) +
      labels.map((_p, p) => String(report.matrix.counts[g]?.[p] ?? 0).padStart(8)).join(''),
  );
  return [head, ...rows];
}

function section(
  name: string,
  items: readonly DatasetItem[],
  predicted: Map<string, ParagraphLabel>,
): string[] {
  const gold = items.map((i) => i.label);
  const pred = items.map((i) => predicted.get(i.id) as ParagraphLabel);
  const all = agreement(gold, pred, PARAGRAPH_LABELS);
  const pair = pairAgreement(gold, pred, ['description', 'reflection']);
  return [
    `== ${name}: ${items.length} paragraphs ==`,
    `accuracy ${pct(all.accuracy)}%   kappa (4 labels) ${all.kappa.toFixed(3)}   ` +
      `kappa (description vs reflection, n=${pair.matrix.total}) ${pair.kappa.toFixed(3)}`,
    '',
    'label        precision  recall   support',
    ...all.perClass.map(
      (c) =>
        `${c.label.padEnd(12)} ${pct(c.precision)}%    ${pct(c.recall)}%  ${String(c.support).padStart(5)}`,
    ),
    '',
    ...matrixLines(all),
    '',
  ];
}

function errorLines(
  items: readonly DatasetItem[],
  predicted: Map<string, ParagraphLabel>,
): string[] {
  return items
    .filter((i) => predicted.get(i.id) !== i.label)
    .map((i) => {
      const c = classifyParagraph(i.text);
      return `${i.id} gold=${i.label} got=${c.label} (${c.confidence}) [${c.cues.join(' | ')}]\n    ${i.text}`;
    });
}

function main(argv: readonly string[]): number {
  const items = loadDataset();
  const predicted = new Map<string, ParagraphLabel>();
  const started = performance.now();
  for (const item of items) predicted.set(item.id, classifyParagraph(item.text).label);
  const once = performance.now() - started;

  // Repeat for a stable figure; the first pass includes JIT warm-up. CPU time is reported
  // beside wall time because on a shared machine wall time mostly measures the neighbours.
  const rounds = 20;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const item of items) classifyParagraph(item.text);
  const perParagraph = (performance.now() - t0) / (rounds * items.length);
  const cpu = process.cpuUsage(cpu0);
  const cpuPerParagraph = (cpu.user + cpu.system) / 1000 / (rounds * items.length);

  const dev = items.filter((i) => i.split === 'dev');
  const test = items.filter((i) => i.split === 'test');
  // Inter-pass agreement compares the raw first pass with the blind second pass; the gold
  // label is the first pass after adjudication, so comparing it would hide disagreements.
  const passes = agreement(
    items.map(firstPass),
    items.map((i) => i.label2),
    PARAGRAPH_LABELS,
  );
  const passPair = pairAgreement(
    items.map(firstPass),
    items.map((i) => i.label2),
    ['description', 'reflection'],
  );
  const lines = [
    ...section('dev', dev, predicted),
    ...section('test', test, predicted),
    ...section('all', items, predicted),
    `== inter-pass agreement (first pass vs blind second pass, all ${items.length}) ==`,
    `agreement ${pct(passes.accuracy)}%   kappa (4 labels) ${passes.kappa.toFixed(3)}   ` +
      `kappa (description vs reflection) ${passPair.kappa.toFixed(3)}`,
    '',
    `timing per paragraph (warm, ${rounds} rounds): ${perParagraph.toFixed(4)} ms wall, ` +
      `${cpuPerParagraph.toFixed(4)} ms CPU; first (cold) pass ${(once / items.length).toFixed(4)} ms wall`,
  ];
  const errors = argv.find((a) => a.startsWith('--errors='))?.slice('--errors='.length);
  if (errors) {
    const pool = errors === 'all' ? items : items.filter((i) => i.split === errors);
    lines.push('', `== misread (${errors}) ==`, ...errorLines(pool, predicted));
  }
  console.log(lines.join('\n'));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
