import type { ParagraphLabel } from '../../../reflection/classify-paragraph.js';
import {
  changedPracticeIn,
  forwardLookIn,
  type PhraseHit,
} from '../../../reflection/cues-practice.js';
import type { Reading } from '../../../reflection/read-portfolio.js';
import { quote } from './content-format.js';

/** What a paragraph does for the balance rules, and the cues that say so. */
export interface Weighed {
  reading: Reading;
  fn: ParagraphLabel;
  cues: string[];
}

function cueOf(hit: PhraseHit): string {
  return `${hit.name}: "${hit.words}"`;
}

/**
 * The classifier's reading, with one correction. The codebook counts "how their practice
 * changed, or what they will do differently" as reflection, but a paragraph that tells the
 * change as a run of actions ("After the survey I moved..., added...") has more action cues
 * than reflective ones and is read as description. For balance, a paragraph that states a
 * change in practice or a look forward is reflection, whatever else it reports.
 */
export function weigh(reading: Reading): Weighed {
  if (reading.label === 'description') {
    const hits = [
      ...changedPracticeIn(reading.paragraph.text),
      ...forwardLookIn(reading.paragraph.text),
    ];
    if (hits.length > 0) return { reading, fn: 'reflection', cues: hits.slice(0, 2).map(cueOf) };
  }
  return { reading, fn: reading.label, cues: reading.cues };
}

export function wordsOf(list: readonly { reading: Reading }[]): number {
  return list.reduce((sum, w) => sum + (w.reading.paragraph.words ?? 0), 0);
}

/** `line 14 "Over the last two years I…" (past-tense actions: built, set up; 4 of 4 sentences descriptive)` */
export function paragraphNote(w: Weighed, cueCount = 2): string {
  const { paragraph } = w.reading;
  const cues = w.cues.slice(0, cueCount);
  // The classifier's last cue is its tally ("3 of 4 sentences descriptive"): worth keeping.
  const tally = w.cues[w.cues.length - 1];
  if (tally && / of \d+ sentences /.test(tally) && !cues.includes(tally)) cues.push(tally);
  const start = quote(paragraph.text, 40);
  return `line ${paragraph.line} ${start}${cues.length ? ` (${cues.join('; ')})` : ''}`;
}

/** "line 14, line 18 and 2 more", keeping messages to a readable length. */
export function listNotes(notes: string[], max = 3): string {
  const shown = notes.slice(0, max);
  const more = notes.length - shown.length;
  const tail = more > 0 ? `; and ${more} more` : '';
  return `${shown.join('; ')}${tail}`;
}
