/**
 * Agreement between two labellings of the same items (gold vs predicted, or a first pass vs
 * a second pass): confusion matrix, Cohen's kappa, per-class precision and recall. Pure
 * functions over arrays, so the evaluation script only loads data and formats.
 */

export interface ConfusionMatrix<L extends string> {
  labels: readonly L[];
  /** counts[g][p]: items whose gold label is labels[g] and predicted label is labels[p]. */
  counts: number[][];
  total: number;
}

export interface ClassScore<L extends string> {
  label: L;
  /** Share of items predicted as this label that are gold this label; NaN if none predicted. */
  precision: number;
  /** Share of gold items of this label that were predicted as it; NaN if there are none. */
  recall: number;
  f1: number;
  /** Gold items of this label. */
  support: number;
  predicted: number;
}

export interface AgreementReport<L extends string> {
  matrix: ConfusionMatrix<L>;
  accuracy: number;
  kappa: number;
  perClass: ClassScore<L>[];
}

export function confusionMatrix<L extends string>(
  gold: readonly L[],
  predicted: readonly L[],
  labels: readonly L[],
): ConfusionMatrix<L> {
  if (gold.length !== predicted.length) {
    throw new RangeError(`gold has ${gold.length} labels but predicted has ${predicted.length}`);
  }
  const index = new Map(labels.map((l, i) => [l, i] as const));
  const counts = labels.map(() => labels.map(() => 0));
  gold.forEach((g, i) => {
    const row = index.get(g);
    const col = index.get(predicted[i] as L);
    if (row === undefined || col === undefined) {
      throw new RangeError(
        `label not in ${labels.join('/')}: ${row === undefined ? g : predicted[i]}`,
      );
    }
    (counts[row] as number[])[col] = ((counts[row] as number[])[col] ?? 0) + 1;
  });
  return { labels, counts, total: gold.length };
}

function cell<L extends string>(m: ConfusionMatrix<L>, g: number, p: number): number {
  return m.counts[g]?.[p] ?? 0;
}

function rowSum<L extends string>(m: ConfusionMatrix<L>, g: number): number {
  return m.labels.reduce((sum, _l, p) => sum + cell(m, g, p), 0);
}

function colSum<L extends string>(m: ConfusionMatrix<L>, p: number): number {
  return m.labels.reduce((sum, _l, g) => sum + cell(m, g, p), 0);
}

export function accuracy<L extends string>(m: ConfusionMatrix<L>): number {
  if (m.total === 0) return NaN;
  return m.labels.reduce((sum, _l, i) => sum + cell(m, i, i), 0) / m.total;
}

/**
 * Cohen's kappa: (observed - chance) / (1 - chance), chance from the two marginals.
 * When chance agreement is 1 (both sides used one and the same label throughout) kappa is
 * undefined; we return 1, since the two labellings cannot disagree.
 */
export function cohensKappa<L extends string>(m: ConfusionMatrix<L>): number {
  if (m.total === 0) return NaN;
  const observed = accuracy(m);
  const chance = m.labels.reduce(
    (sum, _l, i) => sum + (rowSum(m, i) / m.total) * (colSum(m, i) / m.total),
    0,
  );
  if (chance === 1) return 1;
  return (observed - chance) / (1 - chance);
}

export function perClassScores<L extends string>(m: ConfusionMatrix<L>): ClassScore<L>[] {
  return m.labels.map((label, i) => {
    const hit = cell(m, i, i);
    const support = rowSum(m, i);
    const predicted = colSum(m, i);
    const precision = predicted === 0 ? NaN : hit / predicted;
    const recall = support === 0 ? NaN : hit / support;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : NaN;
    return { label, precision, recall, f1, support, predicted };
  });
}

export function agreement<L extends string>(
  gold: readonly L[],
  predicted: readonly L[],
  labels: readonly L[],
): AgreementReport<L> {
  const matrix = confusionMatrix(gold, predicted, labels);
  return {
    matrix,
    accuracy: accuracy(matrix),
    kappa: cohensKappa(matrix),
    perClass: perClassScores(matrix),
  };
}

export const NEITHER = 'neither';

/**
 * Description-vs-reflection agreement, the distinction that decides referrals. Keeps only
 * items whose gold label is one of the pair; a prediction outside the pair becomes
 * 'neither' and counts as a disagreement (it is not dropped), so a reflection misread as
 * evidence still costs. Items with gold outside the pair are left out entirely.
 */
export function pairAgreement<L extends string>(
  gold: readonly L[],
  predicted: readonly L[],
  pair: readonly [L, L],
): AgreementReport<L | typeof NEITHER> {
  const keptGold: (L | typeof NEITHER)[] = [];
  const keptPredicted: (L | typeof NEITHER)[] = [];
  gold.forEach((g, i) => {
    if (!pair.includes(g)) return;
    const p = predicted[i] as L;
    keptGold.push(g);
    keptPredicted.push(pair.includes(p) ? p : NEITHER);
  });
  return agreement(keptGold, keptPredicted, [...pair, NEITHER]);
}
