import { describe, expect, it } from 'vitest';
import { agreement, pairAgreement } from '../../src/reflection/agreement.js';
import { classifyParagraph, PARAGRAPH_LABELS } from '../../src/reflection/classify-paragraph.js';
import { loadDataset, loadHeldout } from './dataset.js';

// Levels reached by the shipped model, less headroom. On the development set it was trained
// on (all 306 items, with the extra training paragraphs) it reached kappa 1.000 over four labels
// and 1.000 description vs reflection; on the held-apart set, which it never saw, 0.820 and
// 0.763. A change that drops below these has made the classifier worse, whatever it fixed.
const MIN_KAPPA_ALL_LABELS = 0.95;
const MIN_KAPPA_DESCRIPTION_VS_REFLECTION = 0.95;
const MIN_HELDOUT_KAPPA_ALL_LABELS = 0.78;
const MIN_HELDOUT_KAPPA_DESCRIPTION_VS_REFLECTION = 0.72;

const items = loadDataset();
const heldout = loadHeldout();
const predicted = new Map(
  [...items, ...heldout].map((item) => [item.id, classifyParagraph(item.text).label]),
);

function kappas(subset: typeof items): { all: number; pair: number } {
  const gold = subset.map((i) => i.label);
  const pred = subset.map((i) => predicted.get(i.id) ?? 'other');
  return {
    all: agreement(gold, pred, PARAGRAPH_LABELS).kappa,
    pair: pairAgreement(gold, pred, ['description', 'reflection']).kappa,
  };
}

describe('the labelled dataset', () => {
  it('has at least 280 paragraphs with unique ids and every fifth item held out', () => {
    expect(items.length).toBeGreaterThanOrEqual(280);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    items.forEach((item, i) => expect(item.split).toBe((i + 1) % 5 === 0 ? 'test' : 'dev'));
  });

  it('is distributed roughly like real portfolios', () => {
    const share = (label: string): number =>
      items.filter((i) => i.label === label).length / items.length;
    expect(share('description')).toBeCloseTo(0.4, 1);
    expect(share('reflection')).toBeCloseTo(0.35, 1);
    expect(share('evidence')).toBeCloseTo(0.15, 1);
    expect(share('other')).toBeCloseTo(0.1, 1);
  });

  it('notes every adjudicated disagreement between the two passes', () => {
    for (const item of items.filter(
      (i) => (i.label1 ?? i.label) !== i.label2 || i.label1 !== undefined,
    )) {
      expect(item.note, item.id).toMatch(/adjudicated/);
    }
  });
});

describe('the held-apart set', () => {
  it('has at least 300 paragraphs in many voices, labelled twice, with unique ids', () => {
    expect(heldout.length).toBeGreaterThanOrEqual(300);
    expect(new Set(heldout.map((i) => i.id)).size).toBe(heldout.length);
    expect(new Set(heldout.map((i) => i.voice)).size).toBeGreaterThanOrEqual(30);
    expect(heldout.every((i) => i.split === 'heldout')).toBe(true);
    // Written afresh: no prose paragraph repeats a development one (a reference to the same
    // book may, since there is one way to cite it).
    const prose = heldout.filter((i) => i.label !== 'other');
    expect(prose.every((i) => !items.some((d) => d.text === i.text))).toBe(true);
  });

  it('is distributed like real portfolios', () => {
    const share = (label: string): number =>
      heldout.filter((i) => i.label === label).length / heldout.length;
    expect(share('description')).toBeCloseTo(0.4, 1);
    expect(share('reflection')).toBeCloseTo(0.35, 1);
    expect(share('evidence')).toBeCloseTo(0.12, 1);
    expect(share('other')).toBeCloseTo(0.13, 1);
  });
});

describe('classifier agreement with the gold labels', () => {
  it('stays at or above the frozen level on all items', () => {
    const { all, pair } = kappas(items);
    expect(all).toBeGreaterThanOrEqual(MIN_KAPPA_ALL_LABELS);
    expect(pair).toBeGreaterThanOrEqual(MIN_KAPPA_DESCRIPTION_VS_REFLECTION);
  });

  it('stays at or above the reached level on the held-apart set', () => {
    const { all, pair } = kappas(heldout);
    expect(all).toBeGreaterThanOrEqual(MIN_HELDOUT_KAPPA_ALL_LABELS);
    expect(pair).toBeGreaterThanOrEqual(MIN_HELDOUT_KAPPA_DESCRIPTION_VS_REFLECTION);
  });

  it('classifies a paragraph in well under a millisecond on average', () => {
    const started = performance.now();
    for (const item of items) classifyParagraph(item.text);
    // A loose guard against runaway regex backtracking, not a benchmark: CI machines vary.
    expect((performance.now() - started) / items.length).toBeLessThan(2);
  });
});
