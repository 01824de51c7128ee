import type { ParagraphLabel } from './classify-paragraph.js';
import type { CueRule } from './cue-rule.js';
import { DESCRIPTION_CUES } from './cues-description.js';
import { EVIDENCE_CUES, OTHER_CUES, TESTIMONIAL_LEAD } from './cues-evidence-other.js';
import { REFLECTION_CUES } from './cues-reflection.js';
import { buildGateIndex, openRules } from './gate.js';
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
  /** The words that matched, as written (several for list cues such as verbs of action). */
  matches: string[];
}

/** What one sentence appears to do, and why. */
export interface SentenceReading extends Span {
  scores: Scores;
  hits: Hit[];
  /** The sentence's function, or 'plain' when no cue fired at all. */
  label: ParagraphLabel | 'plain';
  /** Carries a judgement (any reflective cue but the weak "rather than" kind). */
  judged: boolean;
}

const MIN_TESTIMONIAL_WORDS = 4;
const TESTIMONIAL_WEIGHT = 3;
const GATES = buildGateIndex(ALL_CUES.map((rule) => rule.gate));

export function emptyScores(): Scores {
  return { description: 0, reflection: 0, evidence: 0, other: 0 };
}

// Quoted words are someone else's voice (a student's praise, a search term), so they are
// blanked before cue matching; the quote itself can still be evidence as a testimonial.
function maskQuotes(text: string, quotes: readonly Span[]): string {
  if (quotes.length === 0) return text;
  let masked = '';
  let at = 0;
  for (const q of quotes) {
    masked += text.slice(at, q.start + 1) + ' '.repeat(Math.max(0, q.end - q.start - 2));
    at = q.end - 1;
  }
  return masked + text.slice(at);
}

function addHit(reading: SentenceReading, rule: CueRule, match: string): void {
  for (const seen of reading.hits) {
    if (seen.id !== rule.id) continue;
    // More of the same list (a second verb of action, a second tool) adds half again, up
    // to double: "set up, ran, trained" is a firmer account than "ran".
    if (rule.list && !seen.matches.includes(match)) {
      seen.matches.push(match);
      if (seen.matches.length <= 3) {
        seen.weight += rule.weight / 2;
        reading.scores[rule.label] += rule.weight / 2;
      }
    }
    return;
  }
  const point = rule.point === true;
  reading.hits.push({
    id: rule.id,
    label: rule.label,
    name: rule.name,
    weight: rule.weight,
    point,
    matches: [match],
  });
  reading.scores[rule.label] += rule.weight;
  if (rule.label === 'reflection' && rule.id !== 'reflection.alternatives') reading.judged = true;
}

function addTestimonial(text: string, reading: SentenceReading, quotes: readonly Span[]): void {
  for (const q of quotes) {
    if (q.start < reading.start || q.end > reading.end) continue;
    if (text.slice(q.start, q.end).split(/\s+/).length < MIN_TESTIMONIAL_WORDS) continue;
    const lead = text.slice(reading.start, q.start);
    if (!TESTIMONIAL_LEAD.test(lead)) continue;
    const words = lead.replace(/[:\s]+$/, '').split(/\s+/);
    reading.hits.push({
      id: 'evidence.testimonial',
      label: 'evidence',
      name: 'quoted feedback',
      weight: TESTIMONIAL_WEIGHT,
      point: false,
      matches: [words.slice(-4).join(' ')],
    });
    reading.scores.evidence += TESTIMONIAL_WEIGHT;
    return;
  }
}

// Each rule runs once over the whole paragraph and its matches go to the sentences they
// start in: one regex pass per rule rather than one per rule per sentence. Rules that
// combine with a judgement run in a second pass, once the judgements are known.
function scan(
  masked: string,
  open: Uint8Array,
  readings: readonly SentenceReading[],
  second: boolean,
): void {
  for (let i = 0; i < ALL_CUES.length; i++) {
    const rule = ALL_CUES[i] as CueRule;
    if (open[i] !== 1 || (rule.needsJudgement === true) !== second) continue;
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    let at = 0;
    for (let m = pattern.exec(masked); m !== null; m = pattern.exec(masked)) {
      if (m[0] === '') pattern.lastIndex++;
      while (at < readings.length - 1 && m.index >= (readings[at] as SentenceReading).end) at++;
      const reading = readings[at] as SentenceReading;
      if (!second || reading.judged) addHit(reading, rule, rule.list ? (m[1] ?? m[0]) : m[0]);
    }
  }
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
    start: span.start,
    end: span.end,
    scores: emptyScores(),
    hits: [],
    label: 'plain',
    judged: false,
  }));
  if (readings.length === 0) return readings;
  const open = openRules(GATES, masked);
  scan(masked, open, readings, false);
  if (quotes.length > 0) for (const reading of readings) addTestimonial(text, reading, quotes);
  if (readings.some((r) => r.judged)) scan(masked, open, readings, true);
  for (const reading of readings) reading.label = topLabel(reading.scores);
  return readings;
}
