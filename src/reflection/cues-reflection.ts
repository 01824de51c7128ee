import { cue, type CueRule } from './cue-rule.js';
import { longestWords } from './gate.js';
import { alternation, ROLE_VERBS, SKILL_VERBS, THEORY_NAMES, THEORY_TERMS } from './lexicon.js';

// Negation and adverbs may sit between the subject and the verb: "I did not realise" is as
// reflective as "I realised", so they are allowed rather than treated as a reversal.
const NEG = String.raw`(?:(?:have|had|has|did|do|had\s+not|did\s+not|didn't|hadn't|haven't|never|only|soon|quickly|gradually|slowly|also|then|now|since|later|eventually|finally|really|already|come\s+to|came\s+to|began\s+to|started\s+to|to)\s+)*`;
const SKILL = alternation(SKILL_VERBS);
const ROLE = alternation(ROLE_VERBS);

export const REFLECTION_CUES: readonly CueRule[] = [
  cue(
    'reflection.epistemic',
    'reflection',
    2,
    'first person + epistemic verb',
    String.raw`\bI\s+${NEG}(?:reali[sz](?:e|ed|es|ing)|learn(?:ed|t)?(?!\s+(?:how\s+to|to\s+(?:${SKILL})\b))|recogni[sz](?:e|ed|es|ing)|underst(?:and|ood)|notic(?:e|ed|es|ing)|discover(?:ed|s|ing)?|see|saw|appreciat(?:e|ed|es|ing)|grasp(?:ed|s|ing)?|identified|became\s+aware|was\s+reminded|was\s+wrong|was\s+right|was\s+(?:sceptical|skeptical|surprised))\b`,
    {
      gate: 'realise | realised | realises | realising | realize | realized | realizes | realizing | learn | learned | learnt | recognise | recognised | recognises | recognising | recognize | recognized | recognizes | recognizing | understand | understood | notice | noticed | notices | noticing | discover | discovered | discovers | discovering | see | saw | appreciate | appreciated | appreciates | appreciating | grasp | grasped | grasps | grasping | identified | became | reminded | wrong | right | sceptical | skeptical | surprised',
      point: true,
    },
  ),
  cue(
    'reflection.made-me',
    'reflection',
    2,
    'experience as teacher',
    String.raw`\b(?:made\s+me\s+(?:\w+\s+)?(?:realis|realiz|think|see|question|reconsider|rethink|understand|aware|more|less|far)\w*|(?:taught|showed|reminded|convinced|forced|helped|led)\s+me\b|opened\s+my\s+eyes|changed\s+my\s+(?:mind|view|thinking|understanding)|the\s+lesson|(?:a|one|big|key|main)\s+lesson|it\s+became\s+clear|it\s+was\s+only\s+when|what\s+I\s+(?:found|learn\w*|realis\w*|took)|gave\s+me\s+(?:a|an|the)?\s*(?:insight|understanding))`,
    {
      gate: 'made | taught | showed | reminded | convinced | forced | helped | led | opened | changed | lesson | became | only | what | gave',
      point: true,
    },
  ),
  cue(
    'reflection.opinion',
    'reflection',
    1.25,
    'stated view',
    String.raw`\b(?:I\s+(?:still\s+|now\s+|also\s+|honestly\s+|really\s+)?(?:think|thought|believe|suspect|feel|doubt|wonder|would\s+argue|argue|am\s+(?:not\s+)?(?:yet\s+)?(?:sure|convinced|certain)|have\s+come\s+to)|in\s+my\s+(?:view|opinion|experience)|to\s+be\s+honest|I\s+(?:have\s+to|must)\s+admit)\b`,
    {
      gate: 'think | thought | believe | suspect | feel | doubt | wonder | argue | sure | convinced | certain | come | view | opinion | experience | honest | admit',
      point: true,
    },
  ),
  cue(
    'reflection.looking-back',
    'reflection',
    1.25,
    'looking back',
    String.raw`\b(?:in\s+hindsight|with\s+hindsight|in\s+retrospect|on\s+reflection|looking\s+back|reflecting\s+(?:on|back)|on\s+balance|overall)\b`,
    { gate: 'hindsight | retrospect | reflection | looking | reflecting | balance | overall' },
  ),
  cue(
    'reflection.evaluation',
    'reflection',
    1.75,
    'evaluation',
    String.raw`\b(?:worked\s+(?:well|better|best|badly|poorly|less\s+well)|(?:did|does|do|would|will)(?:\s+not|n't)\s+(?:work|help|succeed|fix|solve)|(?:was|is|were|are|proved|seemed)(?:\s+not|n't)?\s+(?:\w+ly\s+)?(?:effective|ineffective|successful|unsuccessful|useful|valuable|helpful|appropriate|enough|sufficient|fair|right|wrong|a\s+(?:success|failure|mistake|waste|problem))|(?:more|less|most|least|far\s+more|much\s+more)\s+(?:effective|useful|valuable|successful|important|helpful|persuasive|accessible|engaging)|went\s+(?:well|wrong|badly)|(?:the|a|its|their|my)\s+(?:main\s+|real\s+|biggest\s+)?(?:weakness|strength|limitation|drawback|flaw|benefit|advantage)|(?:the|a|one|this)\s+(?:real\s+|main\s+|bigger\s+)?(?:problem|issue|difficulty|obstacle|challenge)\s+(?:was|is)|turned\s+out|in\s+practice|mistake|failed|failure)\b`,
    {
      gate: 'worked | work | help | succeed | fix | solve | effective | ineffective | successful | unsuccessful | useful | valuable | helpful | appropriate | enough | sufficient | fair | right | wrong | success | failure | mistake | waste | problem | important | persuasive | accessible | engaging | went | weakness | strength | limitation | drawback | flaw | benefit | advantage | issue | difficulty | obstacle | challenge | turned | practice | failed',
      point: true,
    },
  ),
  cue(
    'reflection.counterfactual',
    'reflection',
    1.75,
    'counterfactual',
    String.raw`\b(?:should|could|would|might)(?:\s+not|n't)?\s+have\s+(?:been\s+)?\w+|\bif\s+(?:I|we)\s+had\b|\bI\s+had\s+(?:assumed|thought|expected|imagined|pictured|treated|seen|framed|designed|underestimated)|\b(?:under|over)estimat(?:e|ed|es|ing)\b|\bmore\s+than\s+I\s+(?:expected|thought)|\bthan\s+I\s+(?:had\s+)?(?:expected|hoped|thought|intended|planned)`,
    {
      gate: 'should | could | would | might | shouldn | couldn | wouldn | mightn | had | underestimate | underestimated | underestimates | underestimating | overestimate | overestimated | overestimates | overestimating | than',
      point: true,
    },
  ),
  cue(
    'reflection.forward',
    'reflection',
    1.5,
    'forward look',
    String.raw`\b(?:next\s+time|in\s+(?:the\s+)?future|next\s+year|from\s+now\s+on|going\s+forward|I\s+would(?!\s+like\s+to\s+thank)|I'd|I\s+will|I'll|I\s+(?:plan|intend|want|hope|aim|need)\s+to|if\s+I\s+(?:were\s+to\s+|had\s+to\s+)?(?:run|ran|do|did|repeat\w*|teach|taught|use|used|redesign\w*)\b[^.]{0,60}\bagain)\b`,
    {
      gate: 'next | future | now | forward | would | d | will | ll | plan | intend | want | hope | aim | need | again',
      point: true,
    },
  ),
  cue(
    'reflection.changed-practice',
    'reflection',
    2,
    'changed practice',
    String.raw`\b(?:I\s+now\s+(?!(?:${ROLE})\b)|now\s+I\s+(?!(?:${ROLE})\b)|I\s+have\s+since|since\s+then,?\s+I|I\s+(?:have\s+)?changed\s+(?:my|how|the\s+way)|I\s+no\s+longer|I\s+used\s+to|I\s+have\s+(?:started|stopped|begun)|these\s+days\s+I|today\s+I|nowadays\s+I|I\s+always\s+now|now\s+always|I\s+have\s+made\s+it\s+a\s+rule|I\s+now\s+always|I\s+have\s+tried\s+to)`,
    {
      gate: 'now | since | changed | longer | used | started | stopped | begun | days | today | nowadays | always | rule | tried',
      point: true,
    },
  ),
  cue(
    'reflection.alternatives',
    'reflection',
    0.75,
    'comparing alternatives',
    String.raw`\b(?:rather\s+than|instead\s+of|instead|whereas|on\s+the\s+other\s+hand|compared\s+(?:with|to)|the\s+alternative|alternatively|trade-?off|neither|not\s+\w+\s+but)\b`,
    {
      gate: 'rather | instead | whereas | other | compared | alternative | alternatively | trade-off | tradeoff | neither | not',
    },
  ),
  cue(
    'reflection.theory',
    'reflection',
    1.5,
    'theory',
    String.raw`\b(?:${alternation(THEORY_NAMES)})(?![\w])`,
    { flags: 'g', gate: longestWords(THEORY_NAMES) },
  ),
  cue(
    'reflection.theory-term',
    'reflection',
    1.25,
    'theory',
    String.raw`\b(?:${alternation(THEORY_TERMS)})\b`,
    { gate: longestWords(THEORY_TERMS) },
  ),
  cue(
    'reflection.hedge',
    'reflection',
    0.75,
    'tentative interpretation',
    String.raw`\b(?:seems?|seemed|suggests?|suggested|probably|perhaps|maybe|may\s+be|might\s+be|it\s+may|likely|arguably|presumably|apparently)\b`,
    {
      gate: 'seem | seems | seemed | suggest | suggests | suggested | probably | perhaps | maybe | may | might | likely | arguably | presumably | apparently',
    },
  ),
  cue(
    'reflection.evaluative-word',
    'reflection',
    0.75,
    'evaluative language',
    String.raw`\b(?:important|matters?|mattered|crucial|essential|valuable|valued|worthwhile|worth|harm\w*|fair(?:ly|ness)?|unfair|poor|weak(?:er|est)?|strong(?:er|est)|barrier|tension|risk\w*|success(?:ful)?|surpris\w*|frustrat\w*|uncomfortabl\w*|meaningful|superficial|artificial|patronising|better|worse|best|worst|easier|harder|clearer|confus\w*|sceptical|honest|wrong|assum\w*|expected|unexpected|realistic|unrealistic|sustainabl\w*|exclud\w*|disadvantag\w*)\b`,
  ),
  cue(
    'reflection.causal',
    'reflection',
    0.75,
    'causal reasoning + judgement',
    String.raw`\b(?:because|therefore|which\s+meant|as\s+a\s+result|that\s+is\s+why|this\s+is\s+why|the\s+reason|thus|hence|consequently|so\s+that|led\s+to|caused|since)\b`,
    { needsJudgement: true },
  ),
  cue(
    'reflection.contrast',
    'reflection',
    0.5,
    'contrast + judgement',
    String.raw`\b(?:but|yet|however|although|though|while|despite|even\s+so)\b`,
    { needsJudgement: true },
  ),
  cue('reflection.question', 'reflection', 1, 'question to self', String.raw`\?(?=\s|$)`, {
    gate: '~?',
    flags: 'g',
  }),
];
