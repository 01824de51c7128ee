import { REFLECTION_CUES } from './cues-reflection.js';
import { alternation, SKILL_VERBS } from './lexicon.js';
import { READ_AT_MOST } from './read-portfolio.js';
import { findQuotes } from './split-sentences.js';

/**
 * Two statements assessors look for in a reflection, found phrase by phrase: a change in the
 * author's practice ("I now start every course with...") and a look forward ("next time I
 * would..."). The classifier weighs these as cues among others to decide what a paragraph does;
 * the rules that ask "is there any such statement?" need a wider net with fewer false catches,
 * so the lists here start from the classifier's own cues and add to them without changing them.
 */
export interface PhraseCue {
  /** How the phrase reads to a person, e.g. 'changed practice'. */
  name: string;
  /** Global; the whole match is what a message quotes. */
  pattern: RegExp;
  /** Tested on the words right after a match: a hit here means the match is not the statement. */
  unless?: RegExp;
}

// After "I now", "this led me to"...: verbs of mind make it awareness ("I now understand"), and
// verbs of role make it context ("I now manage a team"), not a change in what the author does.
const MIND = String.raw`(?:(?:to|also|much|more|better|fully|really|truly|clearly|finally|increasingly|even|have|am|'m|can|do|better)\s+)*(?:understand\w*|reali[sz]\w*|know\w*|see|seeing|appreciat\w*|recogni[sz]\w*|believe\w*|think\w*|thought|feel\w*|felt|value\w*|question\w*|wonder\w*|consider\w*|reflect\w*|notic\w*|accept\w*|agree\w*|doubt\w*|suspect\w*|expect\w*|hope\w*|want\w*|wish\w*|aware|conscious|mindful|remember\w*|learn\w*|grasp\w*|a\s+(?:\w+\s+)?(?:understanding|awareness|appreciation|sense|idea|view|picture)|(?:more|greater|better|deeper|clearer)\s+(?:\w+\s+)?(?:understanding|awareness|appreciation|sense|insight|confidence))\b`;
const ROLE = String.raw`(?:line-manage|manage|lead|work|am|'m|report|hold|oversee|chair|look\s+after|have\s+(?:a|an|\d+|two|three|four|five|six)\b)`;
// "changed my mind / view" is a change of awareness, not of practice.
const OPINION = String.raw`(?:my\s+|our\s+)?(?:mind|view|views|thinking|understanding|perception|perspective|opinion|attitude|assumptions?|picture|idea)\b`;
const NOT_PRACTICE = new RegExp(String.raw`^[\s,]*(?:${MIND}|${ROLE}\b|${OPINION})`, 'i');
const FROM_DATA = String.raw`(?:findings|feedback|survey|surveys|results|conversations?|interviews?|focus\s+groups?|comments|data|analysis|analytics|evaluation|observations?|experience|discussions?|audit|review|pilot)`;
const CHANGE_VERBS = String.raw`(?:changed|adapted|redesigned|restructured|rebuilt|remade|rewrote|rewritten|reworded|reframed|refocused|replanned|revised|reworked|adjusted|modified|altered|rethought|reorgani[sz]ed|switched|swapped|replaced|dropped|abandoned|simplified|shortened|reduced|cut|trimmed|split|moved|introduced|added|removed|stopped|started|began|decided)`;
const ROUND = String.raw`(?:year|term|semester|trimester|cohort|run|iteration|round|intake|version|pilot|presentation)`;

function fromClassifier(id: string): RegExp {
  const rule = REFLECTION_CUES.find((r) => r.id === id);
  // The classifier's cue lists are tuned data: if one is renamed, fall back to this file's own
  // phrases rather than failing every rule that asks for practice statements.
  return rule ? new RegExp(rule.pattern.source, rule.pattern.flags) : /(?!)/g;
}

function phrase(name: string, source: string, unless?: RegExp): PhraseCue {
  return { name, pattern: new RegExp(source, 'gi'), ...(unless ? { unless } : {}) };
}

export const CHANGED_PRACTICE_CUES: readonly PhraseCue[] = [
  // "I now...", "since then I...", "I no longer...", "I have started..."
  {
    name: 'changed practice',
    pattern: fromClassifier('reflection.changed-practice'),
    unless: NOT_PRACTICE,
  },
  phrase(
    'changed practice',
    String.raw`\bwe\s+(?:now|no\s+longer|have\s+since|have\s+(?:started|stopped|begun))\b|\bnow\s+we\b|\b(?:these\s+days|nowadays)\b,?\s+(?:my|our)\b|\b(?:my|our)\s+(?:practice|approach|teaching)\s+(?:has\s+)?(?:changed|shifted|evolved)`,
    NOT_PRACTICE,
  ),
  phrase(
    'a change made in response',
    String.raw`\b(?:as\s+a\s+(?:result|consequence)|in\s+response|because\s+of\s+(?:this|that|these|what)|following\s+(?:this|that|these)|after\s+(?:this|that)|consequently|since\s+then|ever\s+since|from\s+then\s+on)\b[^.;]{0,80}?\b(?:I|we)\s+(?:have\s+|then\s+|also\s+)*(?=\w)`,
    NOT_PRACTICE,
  ),
  phrase(
    'a change made in response',
    String.raw`\b(?:as\s+a\s+(?:result|consequence)|in\s+response|since\s+then|following\s+(?:this|that|these))\b[^.;]{0,80}?\bnow\b`,
  ),
  phrase(
    'a change made in response',
    String.raw`\b(?:based\s+on|in\s+(?:the\s+)?light\s+of|informed\s+by|after|following|in\s+response\s+to)\s+(?:these|this|the|their|that|those|my|our|what)\s+(?:[\w'-]+\s+){0,3}?${FROM_DATA}\b[^.;]{0,40}?\b(?:I|we)\s+(?:have\s+|then\s+|also\s+)*(?=\w)`,
    NOT_PRACTICE,
  ),
  phrase(
    'a change made in response',
    String.raw`\b(?:led|prompted|encouraged|inspired|persuaded|convinced|pushed|caused)\s+(?:me|us)\s+to\s+(?=\w)`,
    NOT_PRACTICE,
  ),
  phrase(
    'changed practice',
    String.raw`\b(?:changed|transformed|reshaped)\s+(?:how|the\s+way|what)\s+(?:I|we)\b`,
    NOT_PRACTICE,
  ),
  phrase(
    'changed practice',
    String.raw`\b(?:I|we)\s+(?:have\s+|then\s+|also\s+|since\s+|quickly\s+|soon\s+)*${CHANGE_VERBS}(?=\s)`,
    NOT_PRACTICE,
  ),
  phrase(
    'changed practice',
    String.raw`\b(?:made|making)\s+(?:a\s+|some\s+|several\s+|these\s+|\w+\s+)?changes\b`,
  ),
  phrase(
    'changed practice',
    String.raw`\b(?:I|we)\s+(?:now\s+)?do\s+(?:\w+\s+){0,3}?differently\b|\bdifferently\s+now\b`,
  ),

  phrase(
    'a change the next time round',
    String.raw`\b(?:in|for|during)\s+the\s+(?:second|third|following|next|later|\d{4}(?:-\d{2,4})?)\s+${ROUND}\b,?\s+(?:I|we)\s+(?:have\s+|then\s+|also\s+)*(?=\w)`,
    NOT_PRACTICE,
  ),
  // "I have learned to plan support for everyone" is a rule for practice; "I learned to use
  // Moodle" is a skill (the classifier's description.skills), so skill verbs are left out.
  phrase(
    'a lesson for practice',
    String.raw`(?:\bI\s+(?:have\s+|had\s+|also\s+)*learn(?:ed|t)|\b(?:taught|showed|helped|encouraged|forced|reminded)\s+me)\s+to\s+(?!(?:${alternation(SKILL_VERBS)})\b)(?=\w)`,
    NOT_PRACTICE,
  ),
];

// "I would have..." and "I'd assumed" look back, and "I would argue" states a view.
const NOT_FORWARD =
  /^\s*(?:not\s+|never\s+)?(?:have|argue|say|suggest|call|agree|recommend|never|always|already|been|had|done|seen|thought|known|\w+ed\b|describe|discuss|outline|explain|present|show|cover|reflect\s+on)\b/i;
const NOT_FORWARD_META =
  /^\s*(?:describe|discuss|outline|explain|present|show|cover|reflect\s+on)\b/i;

export const FORWARD_LOOK_CUES: readonly PhraseCue[] = [
  // "next time", "in future", "I would", "I will", "I plan to", "going forward", "from now on"...
  { name: 'forward look', pattern: fromClassifier('reflection.forward'), unless: NOT_FORWARD },
  phrase(
    'forward look',
    String.raw`\b(?:I|we)\s+(?:am|are|'m|'re)\s+(?:now\s+|also\s+)?(?:going\s+to|planning|hoping|keen\s+to|about\s+to|considering|exploring|looking\s+(?:at|into)\s+(?:how|ways|whether))`,
  ),
  phrase(
    'forward look',
    String.raw`\b(?:we\s+(?:will|'ll|shall|plan|intend|aim|hope|want)|I\s+(?:shall|must|should(?!\s+have)))\b`,
    NOT_FORWARD_META,
  ),
  phrase(
    'forward look',
    String.raw`\b(?:my|our|the|a)\s+next\s+(?:steps?|stage|phase|project|cohort|iteration|version|run|review|challenge|task|goal|priority|aim)\b|\bnext\s+(?:term|semester|academic\s+year|cohort|iteration|round|intake|deadline)\b|\bwhen\s+I\s+next\b|\bin\s+the\s+(?:coming|next)\s+(?:year|months|term|semester|academic\s+year)\b`,
  ),
  phrase(
    'forward look',
    String.raw`\blooking\s+(?:ahead|forward)\b|\bfrom\s+(?:now|here)\s+on\b|\bif\s+I\s+(?:were|was)\s+to\b|\bfuture\s+(?:iterations?|cohorts?|projects?|rollouts?|versions?|runs?|work|years)\b|\b(?:my|our)\s+(?:plan|aim|intention|goal)\s+(?:is|for)\b|\bI\s+have\s+(?:asked|applied|arranged|agreed|proposed|offered|volunteered)\s+to\b`,
  ),
];

// Text pasted from a word processor has curly apostrophes, and candidates write "I've" as
// often as "I have": both are folded so that one spelling of each phrase is enough.
const FOLDS: Record<string, string> = {
  "i've": 'I have',
  "we've": 'we have',
  "i'm": 'I am',
  "we're": 'we are',
};
const FOLDABLE = /\b(?:I|we)'ve\b|\bI'm\b|\bwe're\b/gi;

interface Folded {
  text: string;
  /** For each character of the folded text, where it came from in the original. */
  from: number[];
}

function fold(original: string): Folded {
  const straight = original.replace(/’/g, "'");
  let text = '';
  const from: number[] = [];
  let at = 0;
  for (const m of straight.matchAll(FOLDABLE)) {
    for (; at < m.index; at++) {
      text += straight[at];
      from.push(at);
    }
    const long = FOLDS[m[0].toLowerCase()] ?? m[0];
    text += /^we/i.test(m[0]) ? m[0].slice(0, 2) + long.slice(2) : long;
    for (let i = 0; i < long.length; i++) from.push(m.index + Math.min(i, m[0].length - 1));
    at = m.index + m[0].length;
  }
  for (; at < straight.length; at++) {
    text += straight[at];
    from.push(at);
  }
  from.push(straight.length);
  return { text, from };
}

// Quoted words are someone else's ("I will use this next year," one student wrote).
function maskQuotes(text: string): string {
  let masked = '';
  let at = 0;
  for (const q of findQuotes(text)) {
    masked += text.slice(at, q.start) + ' '.repeat(q.end - q.start);
    at = q.end;
  }
  return masked + text.slice(at);
}

/** A statement found in a paragraph: the cue's name and the words as written. */
export interface PhraseHit {
  name: string;
  words: string;
}

function find(full: string, cues: readonly PhraseCue[], rejected?: PhraseHit[]): PhraseHit[] {
  const text = full.slice(0, READ_AT_MOST);
  const folded = fold(text);
  const masked = maskQuotes(folded.text);
  const hits: PhraseHit[] = [];
  for (const cue of cues) {
    const pattern = cue.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(masked); m !== null; m = pattern.exec(masked)) {
      if (m[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      const after = masked.slice(m.index + m[0].length, m.index + m[0].length + 80);
      const turnedDown = cue.unless?.test(after) === true;
      if (turnedDown && !rejected) continue;
      // A phrase that stops short of its verb ("as a result, I") reads better with the verb.
      const short = turnedDown || /\b(?:I|we|me|us|to|now|since|longer|my|our)\s*$/i.test(m[0]);
      const verb = short ? (/^\s*[\w'-]+/.exec(after)?.[0] ?? '') : '';
      const end = m.index + m[0].length + verb.length;
      // Quoted as the candidate wrote it, contractions and all.
      const first = folded.from[m.index] ?? 0;
      const last = (folded.from[end - 1] ?? text.length - 1) + 1;
      const words = text.slice(first, last).replace(/\s+/g, ' ').trim();
      const list = turnedDown ? (rejected as PhraseHit[]) : hits;
      if (!list.some((h) => h.words === words)) list.push({ name: cue.name, words });
    }
  }
  return hits;
}

/** Statements of a change in the author's practice ("I now...", "as a result we..."). */
export function changedPracticeIn(text: string): PhraseHit[] {
  return find(text, CHANGED_PRACTICE_CUES);
}

/**
 * Statements about what the author will or would do next ("next time I would..."). Phrases
 * that look like one but look back ("I would have...") go to `lookingBack` when it is given.
 */
export function forwardLookIn(text: string, lookingBack?: PhraseHit[]): PhraseHit[] {
  return find(text, FORWARD_LOOK_CUES, lookingBack);
}
