import { BIBLIOGRAPHY } from './cues-evidence-other.js';
import {
  emptyScores,
  readSentences,
  type Hit,
  type Scores,
  type SentenceReading,
} from './read-sentences.js';

export type ParagraphLabel = 'description' | 'reflection' | 'evidence' | 'other';

export interface Classification {
  label: ParagraphLabel;
  /** 0..1, two decimals: the winner's share of the two strongest readings. */
  confidence: number;
  /** Short human-readable reasons, strongest first. */
  cues: string[];
}

export const PARAGRAPH_LABELS: readonly ParagraphLabel[] = [
  'description',
  'reflection',
  'evidence',
  'other',
];

// A sentence with no cue at all is usually a plain statement of fact, so it leans to
// description, but less than a sentence with positive signs of describing.
const PLAIN_VOTE = 0.75;
const MAX_CUES = 4;
const NOUN: Record<ParagraphLabel, string> = {
  description: 'descriptive',
  reflection: 'reflective',
  evidence: 'pointing to evidence',
  other: 'other',
};

function formatHit(hit: Hit): string {
  if (hit.matches.length > 1 || hit.id === 'description.action' || hit.id === 'description.tool') {
    return `${hit.name}: ${hit.matches.slice(0, 3).join(', ')}`;
  }
  return `${hit.name}: "${hit.matches[0] ?? ''}"`;
}

/** The winning label's own cues, merged across sentences, strongest first. */
function explain(readings: readonly SentenceReading[], label: ParagraphLabel): string[] {
  const merged = new Map<string, Hit>();
  for (const reading of readings) {
    if (reading.label !== label) continue;
    for (const hit of reading.hits) {
      if (hit.label !== label) continue;
      const seen = merged.get(hit.id);
      if (!seen) merged.set(hit.id, { ...hit, matches: [...hit.matches] });
      else for (const m of hit.matches) if (!seen.matches.includes(m)) seen.matches.push(m);
    }
  }
  return [...merged.values()]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_CUES)
    .map(formatHit);
}

function rounded(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

function tally(readings: readonly SentenceReading[]): { votes: Scores; soft: Scores } {
  const votes = emptyScores();
  const soft = emptyScores();
  for (const r of readings) {
    if (r.label === 'plain') {
      votes.description += PLAIN_VOTE;
      soft.description += PLAIN_VOTE;
      continue;
    }
    votes[r.label] += 1;
    const total = r.scores.description + r.scores.reflection + r.scores.evidence + r.scores.other;
    for (const label of PARAGRAPH_LABELS) soft[label] += r.scores[label] / total;
  }
  return { votes, soft };
}

/** Picks the majority function; balanced description and reflection go to the codebook rule. */
function decide(
  readings: readonly SentenceReading[],
  votes: Scores,
  soft: Scores,
): { label: ParagraphLabel; tieBreak?: string } {
  const best = Math.max(...PARAGRAPH_LABELS.map((l) => votes[l]));
  const tied = PARAGRAPH_LABELS.filter((l) => Math.abs(votes[l] - best) < 0.3);
  if (tied.length === 1) return { label: tied[0] as ParagraphLabel };
  if (tied.length === 2 && tied.includes('description') && tied.includes('reflection')) {
    const point = readings.some((r) => r.label === 'reflection' && r.hits.some((h) => h.point));
    return point
      ? {
          label: 'reflection',
          tieBreak: 'balanced: a judgement or learning statement is the point',
        }
      : { label: 'description', tieBreak: 'balanced: no judgement or learning statement' };
  }
  const label = [...tied].sort((a, b) => soft[b] - soft[a])[0] as ParagraphLabel;
  return { label, tieBreak: 'balanced: stronger cues decide' };
}

function classifyReadings(readings: readonly SentenceReading[]): Classification {
  const { votes, soft } = tally(readings);
  const { label, tieBreak } = decide(readings, votes, soft);
  const rival = Math.max(...PARAGRAPH_LABELS.filter((l) => l !== label).map((l) => soft[l]));
  const confidence = soft[label] + rival > 0 ? soft[label] / (soft[label] + rival) : 0.5;
  const voters = readings.filter(
    (r) => r.label === label || (label === 'description' && r.label === 'plain'),
  );
  const cues = explain(readings, label);
  if (cues.length === 0 && label === 'description')
    cues.push('plain statements, no reflective or evidence cue');
  cues.push(tieBreak ?? `${voters.length} of ${readings.length} sentences ${NOUN[label]}`);
  return { label, confidence: rounded(confidence), cues };
}

/**
 * Labels one paragraph of plain prose by what most of its sentences do, following the
 * codebook, and says why. Deterministic: the same text always gets the same answer.
 */
export function classifyParagraph(text: string): Classification {
  const prose = text.replace(/\s+/g, ' ').trim();
  if (prose === '') return { label: 'other', confidence: 1, cues: ['empty text'] };
  const reference = BIBLIOGRAPHY.exec(prose);
  if (reference) {
    return {
      label: 'other',
      confidence: 1,
      cues: [`bibliography entry: "${reference[0].trim()}"`],
    };
  }
  return classifyReadings(readSentences(prose));
}
