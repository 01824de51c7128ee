/**
 * Evaluates the paragraph classifier.   npm run eval
 *   (a) the development set the shipped model was trained on, (b) the held-apart set,
 *   (c) leave-one-voice-out on the development set (train without a voice, test on it,
 *   pooled), and the old cue classifier beside each; then the agreement between the two
 *   labelling passes of each set.   --errors=dev lists misread development items (and, in
 *   leave-one-voice-out, those misread when their voice was left out); --dev leaves the
 *   held-apart set out entirely; --look=N says beside its figures that this is look N at it.
 * Tune on dev only; the held-apart set is for reporting.
 */
import { performance } from 'node:perf_hooks';
import { agreement, pairAgreement, type AgreementReport } from '../../src/reflection/agreement.js';
import {
  classifyParagraph,
  PARAGRAPH_LABELS,
  type ParagraphLabel,
} from '../../src/reflection/classify-paragraph.js';
import { classifyByCues } from '../../src/reflection/classify-by-cues.js';
import { classifyWith } from '../../src/reflection/classify-paragraph.js';
import { unpackModel } from '../../src/reflection/model.js';
import { firstPass, loadDataset, loadHeldout, type DatasetItem } from '../reflection/dataset.js';
import { trainModel, vectorise } from './train-model.js';
import { trainingItems } from './training-items.js';

type TrainItem = ReturnType<typeof trainingItems>[number];

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

/** Each development voice in turn is left out of the training items and read by the rest. */
function leaveOneVoiceOut(
  items: readonly DatasetItem[],
  training: readonly TrainItem[],
): Map<string, ParagraphLabel> {
  const vectors = vectorise(training);
  const out = new Map<string, ParagraphLabel>();
  for (const voice of new Set(items.map((i) => i.voice))) {
    const keep = training
      .map((item, k) => ({ item, k }))
      .filter(({ item }) => item.voice !== voice);
    const model = unpackModel(
      trainModel(
        keep.map(({ item }) => item),
        undefined,
        keep.map(({ k }) => vectors[k] as Float64Array),
      ),
    );
    for (const item of items.filter((i) => i.voice === voice))
      out.set(item.id, classifyWith(model, item.text).label);
  }
  return out;
}

function passes(name: string, items: readonly DatasetItem[]): string[] {
  const a = agreement(
    items.map(firstPass),
    items.map((i) => i.label2),
    PARAGRAPH_LABELS,
  );
  const p = pairAgreement(
    items.map(firstPass),
    items.map((i) => i.label2),
    ['description', 'reflection'],
  );
  return [
    `== labelling passes, ${name} (first pass vs blind second pass, ${items.length}) ==`,
    `agreement ${pct(a.accuracy)}%   kappa (4 labels) ${a.kappa.toFixed(3)}   ` +
      `kappa (description vs reflection) ${p.kappa.toFixed(3)}`,
    '',
  ];
}

function predictAll(
  items: readonly DatasetItem[],
  classify: (text: string) => { label: ParagraphLabel },
): Map<string, ParagraphLabel> {
  return new Map(items.map((i) => [i.id, classify(i.text).label]));
}

/**
 * `--look=2`: how many times a frozen model has now been read against the held-apart set, said
 * beside its figures, since each look tempts tuning towards it.
 */
function lookLabel(argv: readonly string[]): string {
  const look = argv.find((a) => a.startsWith('--look='))?.slice('--look='.length);
  return look ? ` (look ${look} at this set; the model was frozen before it)` : '';
}

function main(argv: readonly string[]): number {
  const dev = loadDataset();
  // --dev reads the development set alone, for tuning: the held-apart set is not even loaded.
  const devOnly = argv.includes('--dev');
  const heldout = devOnly ? [] : loadHeldout();
  const model = predictAll([...dev, ...heldout], classifyParagraph);
  const cues = predictAll([...dev, ...heldout], classifyByCues);
  const started = performance.now();
  const training = trainingItems();
  const lovo = leaveOneVoiceOut(dev, training);
  const lovoSeconds = (performance.now() - started) / 1000;

  const rounds = 10;
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const item of dev) classifyParagraph(item.text);
  const cpu = process.cpuUsage(cpu0);
  const cpuPerParagraph = (cpu.user + cpu.system) / 1000 / (rounds * dev.length);

  const lines = [
    ...section('(a) dev, model (trained on it)', dev, model),
    ...(devOnly ? [] : section(`(b) held-apart, model${lookLabel(argv)}`, heldout, model)),
    ...section(
      `(c) dev, leave-one-voice-out (${new Set(dev.map((i) => i.voice)).size} voices, each read by a model trained on the other voices of the ${training.length} training paragraphs, ${lovoSeconds.toFixed(0)} s)`,
      dev,
      lovo,
    ),
    ...section('dev, cue classifier (before)', dev, cues),
    ...(devOnly ? [] : section('held-apart, cue classifier (before)', heldout, cues)),
    ...passes('dev', dev),
    ...(devOnly ? [] : passes('held-apart', heldout)),
    `model: ${cpuPerParagraph.toFixed(4)} ms CPU per paragraph (warm, ${rounds} rounds)`,
  ];
  const errors = argv.find((a) => a.startsWith('--errors='))?.slice('--errors='.length);
  if (errors === 'dev') lines.push('', '== misread (dev) ==', ...errorLines(dev, model));
  console.log(lines.join('\n'));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
