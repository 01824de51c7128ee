import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const Label = z.enum(['description', 'reflection', 'evidence', 'other']);

const Item = z.object({
  /** p, d, h: the development and held-apart sets; x: the extra training paragraphs. */
  id: z.string().regex(/^[pdhx]\d{3}$/),
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

/**
 * An extra training paragraph: labelled once by the codebook, with no blind second pass, so
 * it takes no part in the agreement between passes.
 */
const ExtraItem = Item.extend({ label2: Label.optional() });

export type ExtraItem = z.infer<typeof ExtraItem>;

/** The first pass as labelled, before disagreements were adjudicated into `label`. */
export function firstPass(item: DatasetItem): DatasetItem['label'] {
  return item.label1 ?? item.label;
}

export const DATASET_PATH = fileURLToPath(new URL('./dataset.jsonl', import.meta.url));
export const HELDOUT_PATH = fileURLToPath(new URL('./heldout.jsonl', import.meta.url));

/**
 * Training paragraphs written for the voices and shapes the development set has too few of
 * (long mixed paragraphs, reflection without signposts, outcomes, practice told as actions,
 * hedged accounts of policy, non-native English, "we"). Training data only: never scored.
 */
export const TRAIN_EXTRA_PATH = fileURLToPath(new URL('./train-extra.jsonl', import.meta.url));

/** Loads the labelled paragraphs, failing with the line number of a malformed record. */
export function loadDataset(path: string = DATASET_PATH): DatasetItem[] {
  return loadJsonl(path, Item);
}

/** Loads the extra training paragraphs. */
export function loadTrainExtra(path: string = TRAIN_EXTRA_PATH): ExtraItem[] {
  return loadJsonl(path, ExtraItem);
}

function loadJsonl<T>(path: string, schema: z.ZodType<T>): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${number}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** The held-apart set: for reporting only. */
export function loadHeldout(): DatasetItem[] {
  return loadDataset(HELDOUT_PATH);
}
