import { cue, type CueRule } from './cue-rule.js';
import { longestWords } from './gate.js';
import { alternation, IRREGULAR_ACTION_PAST, MENTAL_PAST, SKILL_VERBS, TOOLS } from './lexicon.js';

const ACTOR = String.raw`(?:I|we|they|my\s+team|the\s+team|our\s+team|our\s+unit|our\s+centre|our\s+center|the\s+project\s+team|the\s+module\s+team)`;
const ADVERB = String.raw`(?:(?:also|then|first|later|jointly|personally|quickly|successfully|subsequently|initially|originally|already|have|had|has|each|both|all)\s+)*`;
const VERB = String.raw`(?:${alternation(IRREGULAR_ACTION_PAST)}|[a-z]{3,}ed)`;
const MENTAL = alternation(MENTAL_PAST);
// A verb after "and" or a comma only counts as an action when it takes an object, as in
// "wrote the guidance, configured the integration and trained 35 assessors".
const OBJECT = String.raw`(?:the|a|an|it|them|my|our|their|all|each|every|some|two|three|four|five|\d+)\b`;
const MONTH =
  'January|February|March|April|May|June|July|August|September|October|November|December';

export const DESCRIPTION_CUES: readonly CueRule[] = [
  cue(
    'description.action',
    'description',
    1,
    'past-tense actions',
    String.raw`(?:\b${ACTOR}\s+${ADVERB}|(?:,|\band)\s+(?:then\s+|also\s+)?(?=${VERB}\s+${OBJECT}))(?!(?:${MENTAL})\b)(${VERB})\b(?!\s+not\b)`,
    { list: true },
  ),
  cue(
    'description.role',
    'description',
    1.5,
    'role or setting',
    String.raw`\b(?:I\s+(?:am|'m)\s+(?!not\b|sure\b|glad\b|grateful\b|convinced\b|afraid\b|aware\b|careful\b|confident\b|happy\b|uncertain\b|unsure\b|yet\b|still\b)(?:currently\s+|now\s+)?(?:a|an|the|one|part|head|responsible|working|teaching|handling|applying|doing|based|employed|in\s+charge)|I\s+(?:currently\s+|also\s+|now\s+)?(?:work|teach|lead|manage|line-manage|coordinate|support|maintain|organise|organize|oversee|chair|look\s+after|report\s+to|demonstrate|mark|deliver|run|use|design|build|hold|lecture|handle|answer|check|listen|administer)\b|I\s+was\s+(?:the|a|an|part|member|one|responsible|asked|invited|appointed|involved|in\s+charge)\b|I\s+have\s+(?:been|worked|taught|led|managed|coordinated|supported)\b|\bmy\s+(?:role|job|main\s+duty|duties|post|portfolio\s+(?:of\s+responsibility|covers)|responsibilit\w+|part\s+was)|\bresponsible\s+for|\bin\s+charge\s+of)`,
  ),
  cue(
    'description.skills',
    'description',
    2,
    'skills acquired',
    String.raw`\bI\s+(?:also\s+|have\s+|had\s+)*learn(?:ed|t)\s+(?:how\s+to|to\s+(?:${alternation(SKILL_VERBS)})\b)`,
    { gate: 'learned | learnt' },
  ),
  cue(
    'description.survey',
    'description',
    1.5,
    'reported results',
    String.raw`\b\d+(?:\.\d+)?\s*(?:%|per\s*cent)\s+(?:of\s+(?:the\s+)?\w+\s+)?(?:said|agreed|disagreed|rated|reported|felt|found|thought|would|were|chose|preferred)\b`,
    { gate: '#' },
  ),
  cue(
    'description.routine',
    'description',
    0.75,
    'routine or setting',
    String.raw`\b(?:(?:each|every)\s+(?:week|fortnight|term|semester|trimester|year|month|lecture|session|subject|module|course|group|student|cohort)|once\s+(?:a|every|in)\s+\w+|twice\s+a\s+\w+|(?:the|our|this|my|each)\s+(?:course|module|unit|programme|program|subject|badge|system|platform|app|tool|service|team|centre|center|department|school|college|university|trust|institution|company|bank|year|class|group|lesson|guide|survey|pilot|project)\s+(?:has|had|uses|used|runs|ran|includes|included|contains|contained|covers|offers|enrols|enrolled|pulls|lets|consists|started|took\s+place|went\s+live|was\s+(?:answered|completed|available|published|approved)))\b`,
  ),
  cue(
    'description.count',
    'description',
    0.75,
    'counts',
    String.raw`\b\d{1,3}(?:,\d{3})+\b|\b\d+(?:\.\d+)?(?=\s*(?:%|per\s*cent|[a-z]))`,
    { gate: '#' },
  ),
  cue(
    'description.date',
    'description',
    0.75,
    'dates',
    String.raw`\b(?:(?:${MONTH})\s+)?(?:19|20)\d{2}\b|\b(?:semester|trimester|term)\s+(?:one|two|three|\d)\b|\b(?:in|since|from|until|by)\s+(?:${MONTH})\b(?!\s+(?:19|20)\d{2})`,
    { flags: 'g', gate: ['#', 'semester', 'trimester', 'term', ...MONTH.split('|')] },
  ),
  cue(
    'description.tool',
    'description',
    0.75,
    'named tools',
    String.raw`\b(?:${alternation(TOOLS)})(?![\w])`,
    { flags: 'g', list: true, gate: longestWords(TOOLS) },
  ),
  cue(
    'description.requirement',
    'description',
    1.5,
    'requirement',
    String.raw`\b(?:policy|policies|regulations?|Act|standards?|legislation|law|licen[cs]e|GDPR|DSGVO|guidelines?|procedure|strategy)\b[^.;]{0,80}?\b(?:requires?|required|says|states|mandates|sets|applies|obliges|must|has\s+to|have\s+to)\b|\b(?:is|are)\s+required\s+to\b`,
    {
      gate: 'policy | policies | regulation | regulations | act | standard | standards | legislation | law | licence | license | gdpr | dsgvo | guideline | guidelines | procedure | strategy | required',
    },
  ),
  cue(
    'description.passive',
    'description',
    0.5,
    'passive past',
    String.raw`\b(?:was|were)\s+(?!not\b)(?:\w+ly\s+)?(?:[a-z]{3,}ed|built|written|taught|given|made|held|run|set\s+up|sent|shown|done|chosen|bought|drawn|led)\b`,
    { gate: 'was | were' },
  ),
];
