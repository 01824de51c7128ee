import { PARAGRAPH_LABELS } from '../../src/reflection/classify-paragraph.js';
import type { ModelFile } from '../../src/reflection/model.js';
import { paragraphFeatures, PARAGRAPH_FEATURES } from '../../src/reflection/paragraph-features.js';

/**
 * Fits the paragraph model: multinomial logistic regression by full-batch gradient descent
 * from zero weights, with L2 regularisation. No randomness anywhere, so the same items give
 * the same weights on every machine (they are rounded to four decimals when written).
 */
export interface TrainOptions {
  l2: number;
  iterations: number;
  rate: number;
}

export const TRAIN_OPTIONS: TrainOptions = { l2: 0.003, iterations: 2500, rate: 0.5 };

export interface TrainItem {
  text: string;
  label: string;
}

const DECIMALS = 1e4;

export function vectorise(items: readonly TrainItem[]): Float64Array[] {
  return items.map((item) => paragraphFeatures(item.text.trim()).values);
}

export function trainModel(
  items: readonly TrainItem[],
  options: TrainOptions = TRAIN_OPTIONS,
  vectors: readonly Float64Array[] = vectorise(items),
): ModelFile {
  const labels = [...PARAGRAPH_LABELS];
  const k = labels.length;
  const d = PARAGRAPH_FEATURES.length;
  const n = items.length;
  const y = items.map((item) => labels.indexOf(item.label as (typeof labels)[number]));
  const w = labels.map(() => new Float64Array(d));
  const b = new Float64Array(k);
  const z = new Float64Array(k);
  for (let it = 0; it < options.iterations; it++) {
    const gw = labels.map(() => new Float64Array(d));
    const gb = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const x = vectors[i] as Float64Array;
      let max = -Infinity;
      for (let c = 0; c < k; c++) {
        let s = b[c] as number;
        const wc = w[c] as Float64Array;
        for (let j = 0; j < d; j++) s += (x[j] as number) * (wc[j] as number);
        z[c] = s;
        if (s > max) max = s;
      }
      let total = 0;
      for (let c = 0; c < k; c++) {
        z[c] = Math.exp((z[c] as number) - max);
        total += z[c] as number;
      }
      for (let c = 0; c < k; c++) {
        const err = (z[c] as number) / total - (c === y[i] ? 1 : 0);
        gb[c] = (gb[c] as number) + err;
        const g = gw[c] as Float64Array;
        for (let j = 0; j < d; j++) g[j] = (g[j] as number) + err * (x[j] as number);
      }
    }
    for (let c = 0; c < k; c++) {
      const wc = w[c] as Float64Array;
      const g = gw[c] as Float64Array;
      for (let j = 0; j < d; j++) {
        wc[j] =
          (wc[j] as number) -
          options.rate * ((g[j] as number) / n + options.l2 * (wc[j] as number));
      }
      b[c] = (b[c] as number) - options.rate * ((gb[c] as number) / n);
    }
  }
  const round = (v: number) => Math.round(v * DECIMALS) / DECIMALS;
  return {
    about:
      'Weights of the paragraph classifier (multinomial logistic regression over the features of src/reflection/paragraph-features.ts). Written by npm run train from test/reflection/dataset.jsonl; do not edit by hand.',
    labels,
    features: [...PARAGRAPH_FEATURES],
    bias: [...b].map(round),
    weights: w.map((row) => [...row].map(round)),
    training: { items: n, ...options },
  };
}
