import {
  PARAGRAPH_LABELS,
  readingWithoutModel,
  type Classification,
  type ParagraphLabel,
} from './classify-paragraph.js';
import {
  emptyScores,
  readSentences,
  type Hit,
  type Scores,
  type SentenceReading,
} from './read-sentences.js';

// A sentence with no cue counts fully towards the majority but only half towards
// confidence, which should reflect how strong the signs were.
const PLAIN_SOFT = 0.5;
// One cue of weight 1 or less (a single past-tense verb, a tool name, a hedge) is too
// little to decide a sentence's function on its own; see sentenceFunctions.
const WEAK = 1;
const MAX_CUES = 4;
const NOUN: Record<ParagraphLabel, string> = {
  description: 'descriptive',
  reflection: 'reflective',
  evidence: 'pointing to evidence',
  other: 'other',
};

function tidy(match: string): string {
  return match.replace(/\s+/g, ' ').trim();
}

function formatHit(hit: Hit): string {
  if (hit.matches.length > 1 || hit.id === 'description.action' || hit.id === 'description.tool') {
    return `${hit.name}: ${hit.matches.slice(0, 3).map(tidy).join(', ')}`;
  }
  return `${hit.name}: "${tidy(hit.matches[0] ?? '')}"`;
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

/**
 * The function of each sentence. A sentence with no cue, or with one weak cue (a single
 * past-tense verb, a tool name), usually elaborates the sentence before it: the detail
 * behind a judgement, the second line of a guidance quote. So it takes that sentence's
 * function, and opening ones take the first clear function that follows. A paragraph with
 * no clear sentence keeps its weak readings; one with no cue at all is description.
 */
function weak(r: SentenceReading): boolean {
  return r.label === 'plain' || r.scores[r.label] <= WEAK;
}

function sentenceFunctions(readings: readonly SentenceReading[]): ParagraphLabel[] {
  const lead = (readings.find((r) => !weak(r)) ?? readings.find((r) => r.label !== 'plain'))?.label;
  const opening: ParagraphLabel = lead === undefined || lead === 'plain' ? 'description' : lead;
  const functions: ParagraphLabel[] = [];
  for (const r of readings) {
    const previous = functions[functions.length - 1];
    if (!weak(r)) functions.push(r.label as ParagraphLabel);
    else functions.push(previous ?? opening);
  }
  return functions;
}

function tally(
  readings: readonly SentenceReading[],
  functions: readonly ParagraphLabel[],
): { votes: Scores; soft: Scores } {
  const votes = emptyScores();
  const soft = emptyScores();
  readings.forEach((r, i) => {
    const fn = functions[i] as ParagraphLabel;
    votes[fn] += 1;
    if (r.label === 'plain') {
      soft[fn] += PLAIN_SOFT;
      return;
    }
    const total = r.scores.description + r.scores.reflection + r.scores.evidence + r.scores.other;
    for (const label of PARAGRAPH_LABELS) soft[label] += r.scores[label] / total;
  });
  return { votes, soft };
}

/** Picks the majority function; balanced description and reflection go to the codebook rule. */
function decide(
  readings: readonly SentenceReading[],
  votes: Scores,
  soft: Scores,
): { label: ParagraphLabel; tieBreak?: string } {
  const best = Math.max(...PARAGRAPH_LABELS.map((l) => votes[l]));
  const tied = PARAGRAPH_LABELS.filter((l) => votes[l] === best);
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
  const functions = sentenceFunctions(readings);
  const { votes, soft } = tally(readings, functions);
  const { label, tieBreak } = decide(readings, votes, soft);
  const rival = Math.max(...PARAGRAPH_LABELS.filter((l) => l !== label).map((l) => soft[l]));
  const confidence = soft[label] + rival > 0 ? soft[label] / (soft[label] + rival) : 0.5;
  const cues = explain(readings, label);
  if (cues.length === 0) cues.push('plain statements, no reflective or evidence cue');
  cues.push(tieBreak ?? `${votes[label]} of ${readings.length} sentences ${NOUN[label]}`);
  return {
    label,
    confidence: rounded(confidence),
    cues,
    reflectionShare: label === 'reflection' ? 1 : 0,
    sentences: [],
  };
}

/**
 * The first classifier: labels one paragraph by what most of its sentences do, counting
 * hand-weighted cues. Kept so that `npm run eval` can show what the model adds over it.
 */
export function classifyByCues(text: string): Classification {
  // No whitespace folding: every cue pattern already allows \s+ between words.
  const prose = text.trim();
  return readingWithoutModel(prose) ?? classifyReadings(readSentences(prose));
}
