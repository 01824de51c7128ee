import { loadDataset, type DatasetItem } from '../reflection/dataset.js';

/** What the shipped model is trained on: the development set only, both of its splits. */
export function trainingItems(): DatasetItem[] {
  return loadDataset().filter((item) => item.split !== 'heldout');
}
