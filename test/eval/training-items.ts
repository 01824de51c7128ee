import { loadDataset, loadTrainExtra, type ExtraItem } from '../reflection/dataset.js';

/**
 * What the shipped model is trained on: the development set (both of its splits) and the
 * extra training paragraphs, never the held-apart set.
 */
export function trainingItems(): ExtraItem[] {
  return [...loadDataset().filter((item) => item.split !== 'heldout'), ...loadTrainExtra()];
}
