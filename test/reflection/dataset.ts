import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const Label = z.enum(['description', 'reflection', 'evidence', 'other']);

const Item = z.object({
  id: z.string().regex(/^[pdh]\d{3}$/),
  text: z.string().min(1),
  /** Gold label (first pass, adjudicated). */
  label: Label,
  /** Independent second pass, done blind on shuffled texts. */
  label2: Label,
  /** First-pass label before adjudication; present only where adjudication changed it. */
  label1: Label.optional(),
  voice: z.string(),
  note: z.string().optional(),
  /** Where the paragraph would sit in a portfolio (held-apart set only). */
  section: z.string().optional(),
  container: z.enum(['body', 'list', 'blockquote']).optional(),
  /**
   * dev and test: the development set (its old test split is also training data now);
   * heldout: written and labelled before any classifier read it, never used for tuning.
   */
  split: z.enum(['dev', 'test', 'heldout']),
});

export type DatasetItem = z.infer<typeof Item>;

/** The first pass as labelled, before disagreements were adjudicated into `label`. */
export function firstPass(item: DatasetItem): DatasetItem['label'] {
  return item.label1 ?? item.label;
}

export const DATASET_PATH = fileURLToPath(new URL('./dataset.jsonl', import.meta.url));
export const HELDOUT_PATH = fileURLToPath(new URL('./heldout.jsonl', import.meta.url));

/** Loads the labelled paragraphs, failing with the line number of a malformed record. */
export function loadDataset(path: string = DATASET_PATH): DatasetItem[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      const parsed = Item.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${number}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** The held-apart set: for reporting only. */
export function loadHeldout(): DatasetItem[] {
  return loadDataset(HELDOUT_PATH);
}
