import { BIBLIOGRAPHY } from './cues-evidence-other.js';
import { FEATURE_RULES } from './feature-rules.js';
import { predict, shippedModel, type Model } from './model.js';
import {
  paragraphFeatures,
  PARAGRAPH_FEATURES,
  pool,
  SENTENCE_FEATURES,
  type ParagraphFeatures,
  type SentenceFeatures,
} from './paragraph-features.js';
import { ALL_CUES } from './read-sentences.js';

export type ParagraphLabel = 'description' | 'reflection' | 'evidence' | 'other';

/** One sentence of a paragraph and what it was read as doing. */
export interface SentenceLabel {
  start: number;
  end: number;
  label: ParagraphLabel;
}

export interface Classification {
  label: ParagraphLabel;
  /** 0..1, two decimals: the model's probability for the label. */
  confidence: number;
  /** Short human-readable reasons, strongest first. */
  cues: string[];
  /**
   * 0..1, two decimals: the share of the paragraph's words in sentences read as reflection.
   * Mixed paragraphs are common, so this says more than the label alone.
   */
  reflectionShare: number;
  /** Each sentence's own reading (empty for the cue classifier and for references). */
  sentences: SentenceLabel[];
}

export const PARAGRAPH_LABELS: readonly ParagraphLabel[] = [
  'description',
  'reflection',
  'evidence',
  'other',
];

const MAX_CUES = 4;
// A sentence is read half on its own and half in the light of its paragraph: "Most did
// not." means nothing alone, and a paragraph's one judgement should still show as one.
const OWN_WEIGHT = 0.5;

const NAMES = new Map<string, string>([
  ...ALL_CUES.map((c) => [`cue:${c.id}`, c.name] as const),
  ...FEATURE_RULES.map((r) => [r.id, r.name] as const),
  ['shape.short', 'short sentence'],
  ['shape.long', 'long sentence'],
  ['shape.quote', 'quotation'],
  ['para.one-sentence', 'a single sentence'],
  ['para.short', 'a short paragraph'],
  ['para.long', 'a long paragraph'],
]);

function rounded(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

function argmax(p: Float64Array): number {
  let best = 0;
  for (let i = 1; i < p.length; i++) if ((p[i] as number) > (p[best] as number)) best = i;
  return best;
}

/**
 * The features that moved the paragraph most towards its label and away from the runner-up,
 * each with the words that set it off, from the sentences that share the label where any do.
 */
function explain(
  model: Model,
  features: ParagraphFeatures,
  sentenceLabels: readonly SentenceLabel[],
  win: number,
  runner: number,
): string[] {
  const w = model.weights[win] as Float64Array;
  const r = model.weights[runner] as Float64Array;
  const byBase = new Map<string, number>();
  features.values.forEach((v, j) => {
    if (v === 0) return;
    const name = PARAGRAPH_FEATURES[j] as string;
    const base = name.replace(/^(?:mean|max):/, '');
    byBase.set(base, (byBase.get(base) ?? 0) + v * ((w[j] as number) - (r[j] as number)));
  });
  const label = model.labels[win];
  const own = features.sentences.filter((_s, i) => sentenceLabels[i]?.label === label);
  const pools: readonly SentenceFeatures[][] = [own, features.sentences];
  const cues = [...byBase.entries()]
    .filter(([, c]) => c > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([base]) => {
      const name = NAMES.get(base) ?? base;
      for (const list of pools)
        for (const s of list) {
          const match = s.matches.get(base);
          if (match !== undefined && SENTENCE_FEATURES.includes(base)) return `${name}: "${match}"`;
        }
      return name;
    });
  // Two features can share a name and a matched phrase (a role opening and a role anywhere):
  // a reader is told each cue once.
  return [...new Set(cues)].slice(0, MAX_CUES);
}

/** The readings that need no classifier: empty text, and a bibliography entry. */
export function readingWithoutModel(prose: string): Classification | undefined {
  if (prose === '')
    return {
      label: 'other',
      confidence: 1,
      cues: ['empty text'],
      reflectionShare: 0,
      sentences: [],
    };
  const reference = BIBLIOGRAPHY.exec(prose);
  if (!reference) return undefined;
  return {
    label: 'other',
    confidence: 1,
    cues: [`bibliography entry: "${reference[0].replace(/\s+/g, ' ').trim()}"`],
    reflectionShare: 0,
    sentences: [],
  };
}

/** Labels a paragraph with a model, sentence by sentence, and says why. */
export function classifyWith(model: Model, text: string): Classification {
  const prose = text.trim();
  const settled = readingWithoutModel(prose);
  if (settled) return settled;
  const features = paragraphFeatures(prose);
  const p = predict(model, features.values);
  const win = argmax(p);
  const runner = argmax(p.map((v, i) => (i === win ? -1 : v)));
  const reflection = model.labels.indexOf('reflection');
  let words = 0;
  let reflective = 0;
  const sentences: SentenceLabel[] = features.sentences.map((s) => {
    const own = predict(model, pool([s]));
    const blended = own.map((v, i) => OWN_WEIGHT * v + (1 - OWN_WEIGHT) * (p[i] as number));
    const at = argmax(blended);
    words += s.words;
    if (at === reflection) reflective += s.words;
    return { start: s.start, end: s.end, label: model.labels[at] as ParagraphLabel };
  });
  const label = model.labels[win] as ParagraphLabel;
  const cues = explain(model, features, sentences, win, runner);
  const same = sentences.filter((s) => s.label === label).length;
  cues.push(`${same} of ${sentences.length} sentences read as ${label}`);
  return {
    label,
    confidence: rounded(p[win] as number),
    cues,
    reflectionShare: rounded(words > 0 ? reflective / words : 0),
    sentences,
  };
}

/**
 * Labels one paragraph of plain prose by what it does, following the codebook, and says why.
 * Deterministic: the same text always gets the same answer.
 */
export function classifyParagraph(text: string): Classification {
  return classifyWith(shippedModel(), text);
}
