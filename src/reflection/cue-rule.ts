import type { ParagraphLabel } from './classify-paragraph.js';
import { gateEntries } from './gate.js';

/**
 * One cue: a pattern that, found in a sentence, is a reason to read that sentence as doing
 * one of the four jobs. Rules are data so that the explanation a user sees is the rule's name
 * plus the words that matched, and nothing else.
 */
export interface CueRule {
  /** Stable id, e.g. `reflection.epistemic`. */
  id: string;
  label: ParagraphLabel;
  weight: number;
  /** Global regex, compiled once at module load. */
  pattern: RegExp;
  /** How the cue reads to a person, e.g. 'forward look'. */
  name: string;
  /**
   * A judgement or learning statement: what the codebook means by reflection being "the
   * point" of a paragraph where description and reflection are balanced.
   */
  point?: boolean;
  /**
   * Only counts in a sentence that already carries a judgement, because "because" or "but"
   * on their own are as common in accounts of what happened as in reflection.
   */
  needsJudgement?: boolean;
  /** Collect every match (capture group 1) into one list cue, e.g. the verbs of action. */
  list?: boolean;
  /** Trigger words without which the pattern cannot match (see gate.ts); none = always run. */
  gate?: readonly string[];
}

export interface CueOptions {
  flags?: string;
  point?: boolean;
  needsJudgement?: boolean;
  list?: boolean;
  /** Gate entries, '|'-separated or as a list. */
  gate?: string | readonly string[];
}

export function cue(
  id: string,
  label: ParagraphLabel,
  weight: number,
  name: string,
  source: string,
  options: CueOptions = {},
): CueRule {
  const { flags = 'gi', gate, ...rest } = options;
  const rule: CueRule = { id, label, weight, name, pattern: new RegExp(source, flags), ...rest };
  if (gate !== undefined) {
    rule.gate = typeof gate === 'string' ? gateEntries(gate) : gate;
  }
  return rule;
}
