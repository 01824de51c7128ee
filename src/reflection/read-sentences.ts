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

function testimonialHit(text: string, sentence: Span, quotes: readonly Span[]): Hit | undefined {
  for (const q of quotes) {
    if (q.start < sentence.start || q.end > sentence.end) continue;
    if (text.slice(q.start, q.end).split(/\s+/).length < MIN_TESTIMONIAL_WORDS) continue;
    const lead = TESTIMONIAL_LEAD.exec(text.slice(sentence.start, q.start));
    if (!lead) continue;
    const words = text
      .slice(sentence.start, q.start)
      .replace(/[:\s]+$/, '')
      .split(/\s+/);
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

function addHit(reading: SentenceReading, rule: CueRule, match: string): void {
  const word = match.replace(/\s+/g, ' ').trim();
  const seen = reading.hits.find((h) => h.id === rule.id);
  if (seen) {
    if (rule.list && !seen.matches.includes(word)) seen.matches.push(word);
    return;
  }
  reading.hits.push({
    id: rule.id,
    label: rule.label,
    name: rule.name,
    weight: rule.weight,
    point: !!rule.point,
    matches: [word],
  });
  reading.scores[rule.label] += rule.weight;
}

// Each rule runs once over the whole paragraph and its matches are handed to the sentences
// they start in: one regex pass per rule instead of one per rule per sentence.
function scan(
  masked: string,
  readings: readonly SentenceReading[],
  rules: readonly CueRule[],
  only?: (r: SentenceReading) => boolean,
): void {
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    let at = 0;
    for (let m = rule.pattern.exec(masked); m !== null; m = rule.pattern.exec(masked)) {
      if (m[0] === '') rule.pattern.lastIndex++;
      while (at < readings.length - 1 && m.index >= (readings[at] as SentenceReading).end) at++;
      const reading = readings[at] as SentenceReading;
      if (!only || only(reading)) addHit(reading, rule, rule.list ? (m[1] ?? m[0]) : m[0]);
    }
  }
}

const DIRECT_CUES = ALL_CUES.filter((r) => !r.needsJudgement);
const JUDGEMENT_CUES = ALL_CUES.filter((r) => r.needsJudgement);

function hasJudgement(reading: SentenceReading): boolean {
  return reading.hits.some((h) => h.label === 'reflection' && h.id !== 'reflection.alternatives');
}

// Ties inside one sentence go to the rarer, more specific function: a sentence that both
// names an appendix and reports an action is there to point to proof.
const SENTENCE_PRIORITY: readonly ParagraphLabel[] = [
  'other',
  'evidence',
  'reflection',
  'description',
];

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
  const readings: SentenceReading[] = splitSentences(text, quotes).map((span) => ({
    ...span,
    scores: emptyScores(),
    hits: [],
    label: 'plain',
  }));
  if (readings.length === 0) return readings;
  scan(masked, readings, DIRECT_CUES);
  for (const reading of readings) {
    const testimonial = testimonialHit(text, reading, quotes);
    if (testimonial) {
      reading.hits.push(testimonial);
      reading.scores.evidence += testimonial.weight;
    }
  }
  scan(masked, readings, JUDGEMENT_CUES, hasJudgement);
  for (const reading of readings) reading.label = topLabel(reading.scores);
  return readings;
}
