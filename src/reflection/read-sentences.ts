import type { ParagraphLabel } from './classify-paragraph.js';
import type { CueRule } from './cue-rule.js';
import { DESCRIPTION_CUES } from './cues-description.js';
import { EVIDENCE_CUES, OTHER_CUES, TESTIMONIAL_LEAD } from './cues-evidence-other.js';
import { REFLECTION_CUES } from './cues-reflection.js';
import { findQuotes, splitSentences, type Span } from './split-sentences.js';

export const ALL_CUES: readonly CueRule[] = [
  ...OTHER_CUES,
  ...EVIDENCE_CUES,
  ...REFLECTION_CUES,
  ...DESCRIPTION_CUES,
];

export type Scores = Record<ParagraphLabel, number>;

/** One cue found in one sentence. */
export interface Hit {
  id: string;
  label: ParagraphLabel;
  name: string;
  weight: number;
  point: boolean;
  /** The words that matched (several for list cues such as the verbs of action). */
  matches: string[];
}

/** What one sentence appears to do, and why. */
export interface SentenceReading extends Span {
  scores: Scores;
  hits: Hit[];
  /** The sentence's function, or 'plain' when no cue fired at all. */
  label: ParagraphLabel | 'plain';
}

const MIN_TESTIMONIAL_WORDS = 4;

export function emptyScores(): Scores {
  return { description: 0, reflection: 0, evidence: 0, other: 0 };
}

// Quoted words are someone else's voice (a student's praise, a search term), so they are
// blanked before cue matching; the quote itself can still be evidence as a testimonial.
function maskQuotes(text: string, quotes: readonly Span[]): string {
  let masked = '';
  let at = 0;
  for (const q of quotes) {
    masked += text.slice(at, q.start + 1) + ' '.repeat(Math.max(0, q.end - q.start - 2));
    at = q.end - 1;
  }
  return masked + text.slice(at);
}

function collect(rule: CueRule, sentence: string): string[] {
  rule.pattern.lastIndex = 0;
  if (!rule.list) {
    const match = rule.pattern.exec(sentence);
    return match ? [match[0].replace(/\s+/g, ' ').trim()] : [];
  }
  const found: string[] = [];
  for (const match of sentence.matchAll(rule.pattern)) {
    const word = (match[1] ?? match[0]).replace(/\s+/g, ' ');
    if (!found.includes(word)) found.push(word);
  }
  return found;
}

function testimonialHit(text: string, sentence: Span, quotes: readonly Span[]): Hit | undefined {
  for (const q of quotes) {
    if (q.start < sentence.start || q.end > sentence.end) continue;
    if (text.slice(q.start, q.end).split(/\s+/).length < MIN_TESTIMONIAL_WORDS) continue;
    const lead = TESTIMONIAL_LEAD.exec(text.slice(sentence.start, q.start));
    if (!lead) continue;
    const words = text.slice(sentence.start, q.start).replace(/[:\s]+$/, '').split(/\s+/);
    return {
      id: 'evidence.testimonial',
      label: 'evidence',
      name: 'quoted feedback',
      weight: 3,
      point: false,
      matches: [words.slice(-4).join(' ')],
    };
  }
  return undefined;
}

function readSentence(text: string, masked: string, span: Span, quotes: readonly Span[]): SentenceReading {
  const sentence = masked.slice(span.start, span.end);
  const scores = emptyScores();
  const hits: Hit[] = [];
  const deferred: CueRule[] = [];
  for (const rule of ALL_CUES) {
    if (rule.needsJudgement) {
      deferred.push(rule);
      continue;
    }
    const matches = collect(rule, sentence);
    if (matches.length === 0) continue;
    hits.push({ id: rule.id, label: rule.label, name: rule.name, weight: rule.weight, point: !!rule.point, matches });
    scores[rule.label] += rule.weight;
  }
  const testimonial = testimonialHit(text, span, quotes);
  if (testimonial) {
    hits.push(testimonial);
    scores.evidence += testimonial.weight;
  }
  if (hits.some((h) => h.label === 'reflection' && h.id !== 'reflection.alternatives')) {
    for (const rule of deferred) {
      const matches = collect(rule, sentence);
      if (matches.length === 0) continue;
      hits.push({ id: rule.id, label: rule.label, name: rule.name, weight: rule.weight, point: false, matches });
      scores[rule.label] += rule.weight;
    }
  }
  return { ...span, scores, hits, label: topLabel(scores) };
}

// Ties inside one sentence go to the rarer, more specific function: a sentence that both
// names an appendix and reports an action is there to point to proof.
const SENTENCE_PRIORITY: readonly ParagraphLabel[] = ['other', 'evidence', 'reflection', 'description'];

function topLabel(scores: Scores): ParagraphLabel | 'plain' {
  let best: ParagraphLabel | 'plain' = 'plain';
  let bestScore = 0;
  for (const label of SENTENCE_PRIORITY) {
    if (scores[label] > bestScore) {
      best = label;
      bestScore = scores[label];
    }
  }
  return best;
}

/** Splits a paragraph into sentences and scores each one against every cue. */
export function readSentences(text: string): SentenceReading[] {
  const quotes = findQuotes(text);
  const masked = maskQuotes(text, quotes);
  return splitSentences(text, quotes).map((span) => readSentence(text, masked, span, quotes));
}
