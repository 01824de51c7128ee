import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const Label = z.enum(['description', 'reflection', 'evidence', 'other']);

const Item = z.object({
  id: z.string().regex(/^p\d{3}$/),
  text: z.string().min(1),
  /** Gold label (first pass, adjudicated). */
  label: Label,
  /** Independent second pass, done blind on shuffled texts. */
  label2: Label,
  voice: z.string(),
  note: z.string().optional(),
  split: z.enum(['dev', 'test']),
});

export type DatasetItem = z.infer<typeof Item>;

export const DATASET_PATH = fileURLToPath(new URL('./dataset.jsonl', import.meta.url));

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
