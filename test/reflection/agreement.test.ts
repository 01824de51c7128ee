import { describe, expect, it } from 'vitest';
import {
  accuracy,
  agreement,
  cohensKappa,
  confusionMatrix,
  pairAgreement,
  perClassScores,
} from '../../src/reflection/agreement.js';

function repeat<T>(pairs: [T, T, number][]): { gold: T[]; predicted: T[] } {
  const gold: T[] = [];
  const predicted: T[] = [];
  for (const [g, p, n] of pairs) {
    for (let i = 0; i < n; i++) {
      gold.push(g);
      predicted.push(p);
    }
  }
  return { gold, predicted };
}

describe("Cohen's kappa and friends", () => {
  // 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15.
  // observed 35/50 = 0.7; chance 0.5 * 0.6 + 0.5 * 0.4 = 0.5; kappa (0.7 - 0.5) / 0.5 = 0.4.
  const { gold, predicted } = repeat<'yes' | 'no'>([
    ['yes', 'yes', 20],
    ['yes', 'no', 5],
    ['no', 'yes', 10],
    ['no', 'no', 15],
  ]);
  const matrix = confusionMatrix(gold, predicted, ['yes', 'no']);

  it('counts gold in rows and predictions in columns', () => {
    expect(matrix.counts).toEqual([
      [20, 5],
      [10, 15],
    ]);
    expect(matrix.total).toBe(50);
  });

  it('computes observed agreement and kappa by hand', () => {
    expect(accuracy(matrix)).toBeCloseTo(0.7, 10);
    expect(cohensKappa(matrix)).toBeCloseTo(0.4, 10);
  });

  it('computes precision and recall per class', () => {
    const [yes, no] = perClassScores(matrix);
    // yes: 30 predicted, 20 right; 25 gold, 20 found.
    expect(yes).toMatchObject({ label: 'yes', support: 25, predicted: 30 });
    expect(yes?.precision).toBeCloseTo(20 / 30, 10);
    expect(yes?.recall).toBeCloseTo(0.8, 10);
    expect(no?.precision).toBeCloseTo(15 / 20, 10);
    expect(no?.recall).toBeCloseTo(15 / 25, 10);
    expect(yes?.f1).toBeCloseTo((2 * (2 / 3) * 0.8) / (2 / 3 + 0.8), 10);
  });

  it('gives kappa 1 for perfect agreement and 0 for agreement at chance', () => {
    expect(agreement(['a', 'b', 'a'], ['a', 'b', 'a'], ['a', 'b']).kappa).toBe(1);
    // Each rater says a half the time, independently: observed 0.5 = chance 0.5.
    expect(agreement(['a', 'a', 'b', 'b'], ['a', 'b', 'a', 'b'], ['a', 'b']).kappa).toBe(0);
  });

  it('returns 1 when both sides used one and the same label throughout', () => {
    expect(agreement(['a', 'a'], ['a', 'a'], ['a', 'b']).kappa).toBe(1);
  });

  it('is NaN on no items and undefined precision is NaN, not 0', () => {
    expect(agreement([], [], ['a', 'b']).kappa).toBeNaN();
    const [, b] = agreement(['a'], ['a'], ['a', 'b']).perClass;
    expect(b?.precision).toBeNaN();
    expect(b?.recall).toBeNaN();
  });

  it('refuses arrays of different lengths and labels outside the set', () => {
    expect(() => confusionMatrix(['a'], [], ['a'])).toThrow(RangeError);
    expect(() => confusionMatrix(['a'], ['z'], ['a'])).toThrow(/z/);
  });
});

describe('description-vs-reflection agreement', () => {
  it('keeps gold description/reflection items and maps other predictions to neither', () => {
    const gold = ['description', 'description', 'reflection', 'reflection', 'evidence'];
    const predicted = ['description', 'evidence', 'reflection', 'description', 'evidence'];
    const report = pairAgreement(gold, predicted, ['description', 'reflection']);
    expect(report.matrix.labels).toEqual(['description', 'reflection', 'neither']);
    expect(report.matrix.counts).toEqual([
      [1, 0, 1],
      [1, 1, 0],
      [0, 0, 0],
    ]);
    // observed 2/4; chance 0.5 * 0.5 + 0.5 * 0.25 + 0 * 0.25 = 0.375; (0.5 - 0.375) / 0.625.
    expect(report.kappa).toBeCloseTo(0.2, 10);
  });
});
