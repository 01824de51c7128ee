import { ALL_CUES, readSentences } from './read-sentences.js';
import { FEATURE_RULES, type FeatureRule } from './feature-rules.js';
import { findQuotes, type Span } from './split-sentences.js';

/**
 * Turns a paragraph into numbers the model can weigh: one row of features per sentence (the
 * cues of cues-*.ts, the grammatical signs of feature-rules.ts and a few shapes), and one row
 * for the paragraph (the mean and the maximum of its sentences, and its length). The same
 * function serves training and checking, so the two can never read a paragraph differently.
 */

const CUE_FEATURES = [...new Set(ALL_CUES.map((c) => `cue:${c.id}`))];
const RULE_FEATURES = FEATURE_RULES.map((r) => r.id);
const SHAPE_FEATURES = ['shape.short', 'shape.long', 'shape.quote'];

/** Names of one sentence's features, in vector order. */
export const SENTENCE_FEATURES: readonly string[] = [
  ...CUE_FEATURES,
  ...RULE_FEATURES,
  ...SHAPE_FEATURES,
];

const PARAGRAPH_EXTRA = ['para.one-sentence', 'para.short', 'para.long'];

/** Names of a paragraph's features: mean and max of every sentence feature, then extras. */
export const PARAGRAPH_FEATURES: readonly string[] = [
  ...SENTENCE_FEATURES.map((f) => `mean:${f}`),
  ...SENTENCE_FEATURES.map((f) => `max:${f}`),
  ...PARAGRAPH_EXTRA,
];

const INDEX = new Map(SENTENCE_FEATURES.map((f, i) => [f, i] as const));
const COUNT_CAP = 3;
const SHORT_SENTENCE = 8;
const LONG_SENTENCE = 35;
const QUOTE_WORDS = 5;

/** One sentence: where it is, its feature values and the words behind each feature. */
export interface SentenceFeatures extends Span {
  words: number;
  values: Float64Array;
  /** The first words that matched each feature, for explanations. */
  matches: Map<string, string>;
}

export interface ParagraphFeatures {
  sentences: SentenceFeatures[];
  /** The paragraph's own vector (PARAGRAPH_FEATURES order). */
  values: Float64Array;
}

function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return m ? m.length : 0;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function note(s: SentenceFeatures, id: string, value: number, match: string): void {
  const i = INDEX.get(id) as number;
  s.values[i] = Math.max(s.values[i] as number, value);
  if (!s.matches.has(id)) s.matches.set(id, tidy(match));
}

function sentenceAt(sentences: readonly SentenceFeatures[], at: number, from: number): number {
  let i = from;
  while (i < sentences.length - 1 && at >= (sentences[i] as SentenceFeatures).end) i++;
  return i;
}

// Each rule runs once over the whole paragraph (one regex pass, not one per sentence).
function scanRule(text: string, rule: FeatureRule, sentences: SentenceFeatures[]): void {
  if (rule.atStart) {
    for (const s of sentences) {
      const head = text.slice(s.start, s.end).replace(/^[\s"“‘'(*-]+/, '');
      rule.pattern.lastIndex = 0;
      const m = rule.pattern.exec(head);
      if (m && m.index === 0) note(s, rule.id, 1, m[0]);
    }
    return;
  }
  const counts = new Array<number>(sentences.length).fill(0);
  rule.pattern.lastIndex = 0;
  let at = 0;
  for (let m = rule.pattern.exec(text); m !== null; m = rule.pattern.exec(text)) {
    if (m[0] === '') rule.pattern.lastIndex++;
    at = sentenceAt(sentences, m.index, at);
    counts[at] = (counts[at] ?? 0) + 1;
    const s = sentences[at] as SentenceFeatures;
    const value = rule.counted ? Math.min(counts[at] ?? 0, COUNT_CAP) / COUNT_CAP : 1;
    note(s, rule.id, value, m[0]);
  }
}

/** Reads one paragraph of plain prose into sentence and paragraph feature vectors. */
export function paragraphFeatures(text: string): ParagraphFeatures {
  const readings = readSentences(text);
  const sentences: SentenceFeatures[] = readings.map((r) => {
    const words = countWords(text.slice(r.start, r.end));
    const s: SentenceFeatures = {
      start: r.start,
      end: r.end,
      words,
      values: new Float64Array(SENTENCE_FEATURES.length),
      matches: new Map(),
    };
    for (const hit of r.hits) note(s, `cue:${hit.id}`, 1, hit.matches.slice(0, 3).join(', '));
    if (words < SHORT_SENTENCE) note(s, 'shape.short', 1, `${words} words`);
    if (words > LONG_SENTENCE) note(s, 'shape.long', 1, `${words} words`);
    return s;
  });
  if (sentences.length > 0) {
    for (const rule of FEATURE_RULES) scanRule(text, rule, sentences);
    let at = 0;
    for (const q of findQuotes(text)) {
      const quoted = text.slice(q.start, q.end);
      if (countWords(quoted) < QUOTE_WORDS) continue;
      at = sentenceAt(sentences, q.start, at);
      note(sentences[at] as SentenceFeatures, 'shape.quote', 1, quoted.slice(0, 40));
    }
  }
  return { sentences, values: pool(sentences) };
}

/** The paragraph vector: mean and max of its sentences, and its length. */
export function pool(sentences: readonly SentenceFeatures[]): Float64Array {
  const n = SENTENCE_FEATURES.length;
  const out = new Float64Array(PARAGRAPH_FEATURES.length);
  const words = sentences.reduce((sum, s) => sum + s.words, 0);
  for (const s of sentences) {
    for (let j = 0; j < n; j++) {
      const v = s.values[j] as number;
      out[j] = (out[j] as number) + v / sentences.length;
      if (v > (out[n + j] as number)) out[n + j] = v;
    }
  }
  out[2 * n] = sentences.length === 1 ? 1 : 0;
  out[2 * n + 1] = words < 15 ? 1 : 0;
  out[2 * n + 2] = words > 120 ? 1 : 0;
  return out;
}
