import { readFileSync } from 'node:fs';
import path from 'node:path';
import { templatesDir } from '../util/paths.js';
import { PARAGRAPH_FEATURES } from './paragraph-features.js';

/**
 * The paragraph model: a multinomial logistic regression over PARAGRAPH_FEATURES, trained on
 * the labelled development paragraphs by `npm run train` and shipped as JSON. Reading it is
 * plain arithmetic: no network, no training at run time, the same answer every time.
 */
export interface ModelFile {
  about: string;
  labels: string[];
  features: string[];
  bias: number[];
  /** weights[label][feature]. */
  weights: number[][];
  training: Record<string, unknown>;
}

export interface Model {
  labels: readonly string[];
  bias: Float64Array;
  weights: Float64Array[];
}

export const MODEL_FILE = path.join(templatesDir, 'reflection-model.json');

/** Checks a model file against the features this version computes, and unpacks it. */
export function unpackModel(file: ModelFile): Model {
  const same =
    file.features.length === PARAGRAPH_FEATURES.length &&
    file.features.every((f, i) => f === PARAGRAPH_FEATURES[i]);
  if (!same) {
    throw new Error(
      `${MODEL_FILE} was trained on other features than this version computes; run npm run train`,
    );
  }
  return {
    labels: file.labels,
    bias: Float64Array.from(file.bias),
    weights: file.weights.map((row) => Float64Array.from(row)),
  };
}

let shipped: Model | undefined;

/** The shipped model, read once on first use. */
export function shippedModel(): Model {
  shipped ??= unpackModel(JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ModelFile);
  return shipped;
}

/** Probability of each label (model order) for one feature vector. */
export function predict(model: Model, x: Float64Array): Float64Array {
  const k = model.labels.length;
  const z = new Float64Array(k);
  let max = -Infinity;
  for (let c = 0; c < k; c++) {
    const w = model.weights[c] as Float64Array;
    let sum = model.bias[c] as number;
    for (let j = 0; j < x.length; j++) {
      const v = x[j] as number;
      if (v !== 0) sum += v * (w[j] as number);
    }
    z[c] = sum;
    if (sum > max) max = sum;
  }
  let total = 0;
  for (let c = 0; c < k; c++) {
    z[c] = Math.exp((z[c] as number) - max);
    total += z[c] as number;
  }
  for (let c = 0; c < k; c++) z[c] = (z[c] as number) / total;
  return z;
}
