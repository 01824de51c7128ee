/**
 * The sentence features the model weighs, besides the cues of cues-*.ts. Each is a pattern
 * for one grammatical or discourse sign that is general English, not a phrase from any
 * portfolio: tense and aspect, who the subject is, how a claim is framed. The cues say what a
 * sentence is likely to do; these say how it is written, which is what tells unsignposted
 * reflection ("Most did not.", "The pilot gave us a misleading picture.") from an account.
 */
export interface FeatureRule {
  /** Stable id, e.g. `tense.past-narrative`; the model's weights are keyed by it. */
  id: string;
  /** How the feature reads to a person in `--explain`. */
  name: string;
  /** Global regex, run once over the paragraph; matches go to the sentence they start in. */
  pattern: RegExp;
  /** Count matches (capped at three) instead of only noting presence. */
  counted?: boolean;
  /** Only the match at the start of the sentence counts (list items, guidance prompts). */
  atStart?: boolean;
}

function rule(
  id: string,
  name: string,
  source: string,
  options: { flags?: string; counted?: boolean; atStart?: boolean } = {},
): FeatureRule {
  const { flags = 'gi', ...rest } = options;
  return { id, name, pattern: new RegExp(source, flags), ...rest };
}

const SUBJECT = String.raw`(?:I|we|they|she|he|the\s+team|staff|students|learners|it)`;
const IRREGULAR_PAST = String.raw`ran|wrote|built|made|set|led|took|gave|got|began|chose|sent|met|held|taught|found|spent|put|kept|brought|told|saw|went|came|knew|thought|felt|left|became|won|lost|rebuilt|rewrote|drew|sat|stood|fell|rose|grew|cut|paid|read|heard|meant`;
const MENTAL = String.raw`assum\w*|expect\w*|thought|think|felt|feel|believ\w*|doubt\w*|wonder\w*|suspect\w*|hoped|imagin\w*|pictur\w*|treated|confused|saw|see|understood|understand|learn\w*|reali[sz]\w*|notic\w*|foresaw|foresee|knew|know|neglected|underestimat\w*|overestimat\w*|misjudg\w*|trust\w*|value|valued|prefer\w*|regret\w*|worr\w*|enjoy\w*|proud|sure|convinced|surprised|disappointed|wrong|right`;
const EVALUATIVE = String.raw`good|bad|better|worse|best|worst|wrong|right|useful|useless|misleading|predictable|obvious|popular|unpopular|proud|mistake|problem|problems|weakness|downside|upside|worth|worthwhile|easy|easier|hard|harder|difficult|simple|simpler|clear|clearer|unclear|effective|ineffective|successful|unsuccessful|failed|failure|disappoint\w*|surpris\w*|interesting|valuable|thin|clumsy|awkward|uncomfortable|false|luxury|risk|risky|decoration|point|lesson|mattered|matters|crucial|essential|important|helpful|unhelpful|fair|unfair|poor|weak|strong|stronger|sharper|richer|noticeably|enormously|almost\s+nothing|nothing|everything|badly|well|sparingly|honest|honestly|confusing|annoy\w*|frustrat\w*|reassur\w*|anxious|defensive|ashamed|awful|lovely|fine|safe|unsafe|real|whole|merely|only`;

export const FEATURE_RULES: readonly FeatureRule[] = [
  // Tense and aspect: an account is told in the past simple; meaning is made in the present,
  // the perfect and the modals.
  rule(
    'tense.past-narrative',
    'past-tense account',
    String.raw`\b${SUBJECT}\s+(?:(?:also|then|first|later|quickly|each|all|both|finally|initially|originally)\s+)?(?:[a-z]+ed|${IRREGULAR_PAST})\b`,
    { counted: true },
  ),
  rule(
    'tense.past-verb',
    'past-tense verb',
    String.raw`\b(?:[a-z]{3,}(?<!e)ed|${IRREGULAR_PAST})\b`,
    {
      counted: true,
    },
  ),
  rule(
    'tense.perfect',
    'present perfect',
    String.raw`\b(?:I|we)\s+(?:have|'ve)\s+(?:\w+\s+)?(?:[a-z]+ed|learnt|come|become|made|kept|begun|seen|taken|found|had)\b|\bhas\s+(?:\w+\s+)?(?:changed|become|made|raised|lowered|stopped|shown)\b`,
  ),
  rule(
    'tense.present-general',
    'general present statement',
    String.raw`\b(?:is|are|isn't|aren't|matters|means|needs|works|makes|tells|costs|helps|depends|comes|happens|improves|raises|lowers|requires|counts)\b`,
    { counted: true },
  ),
  rule(
    'tense.modal-future',
    'future or modal',
    String.raw`\b(?:will|won't|'ll|would|wouldn't|'d|should|shall|going\s+to|plan\s+to|intend\w*|want\s+to|hope\s+to|aim\s+to|would\s+like)\b`,
  ),
  rule(
    'tense.counterfactual',
    'what might have been',
    String.raw`\b(?:should|would|could|might)(?:\s+not|n't)?\s+have\b|\bhad\s+(?:we|I)\b|\bif\s+(?:we|I)\s+had\b`,
  ),
  rule(
    'practice.habitual-now',
    'practice now',
    String.raw`\b(?:I|we)\s+(?:now|no\s+longer|always|never|still)\b|\bnow\s+(?:I|we|every|all|each|always|only)\b|\b(?:since\s+then|ever\s+since|nowadays|these\s+days|from\s+then\s+on|every\s+\w+\s+now|is\s+now|are\s+now)\b|\b(?:I|we)\s+(?:have\s+)?(?:kept|stopped|started)\b`,
  ),
  // Who speaks, and with what kind of verb.
  rule(
    'person.mental',
    'first person + thinking verb',
    String.raw`\b(?:I|we)\b(?:\s+[\w']+){0,5}?\s+(?:${MENTAL})\b|\b(?:me|us|my|our)\s+(?:(?:own\s+)?(?:assumption|view|mind|idea|instinct|expectation|thinking|understanding)s?)\b`,
  ),
  rule('person.i', 'first person', String.raw`\b(?:I|my|me|I'm|I've)\b`, { flags: 'g' }),
  rule('person.we', 'first person plural', String.raw`\b(?:we|our|us|the\s+team)\b`),
  rule(
    'context.role',
    'role or setting',
    String.raw`\b(?:I\s+am\s+(?:a|an|the|one)|I\s+work\s+(?:as|for|in|at|with)|my\s+(?:current\s+)?(?:role|post|job|team)|I\s+(?:lead|manage|teach|support|coordinate|look\s+after|maintain|run|deliver|report\s+to)|(?:since|in)\s+(?:19|20)\d\d|our\s+(?:students|learners|university|college|school|platform)|(?:mostly|aged|between)\s+\d)`,
  ),
  // How a claim is framed: judged, explained, contrasted, measured.
  rule('frame.evaluative', 'evaluative word', String.raw`\b(?:${EVALUATIVE})\b`, { counted: true }),
  rule(
    'frame.comparative',
    'comparison',
    String.raw`\b(?:more|less|fewer|far|much)\s+(?:\w+\s+)?than\b|\bthan\s+(?:ever|before|any|I)\b|\b(?:[a-z]+er)\s+than\b|\bnot\s+the\s+same\s+as\b|\b(?:the\s+)?(?:real|biggest|single\s+biggest|main|only)\s+(?:\w+\s+)?(?:reason|gain|change|problem|difference|question|point|part)\b`,
  ),
  rule(
    'frame.causal',
    'causal connective',
    String.raw`\b(?:because|therefore|hence|thus|which\s+meant|that\s+is\s+why|this\s+is\s+why|as\s+a\s+result|for\s+that\s+reason|so\s+that|so)\b`,
  ),
  rule(
    'frame.contrast',
    'contrast',
    String.raw`\b(?:but|however|although|though|yet|whereas|instead|rather\s+than|even\s+so|in\s+fact|actually|not\s+\w+\s+but)\b|;`,
  ),
  rule(
    'frame.negation',
    'negated claim',
    String.raw`\b(?:not|no|never|nobody|none|nothing|hardly|barely|didn't|did\s+not|wasn't|weren't|isn't|doesn't|don't|couldn't)\b`,
    { counted: true },
  ),
  rule(
    'frame.outcome',
    'outcome of a change',
    String.raw`\b(?:halved|doubled|tripled|trebled|fell|dropped|rose|grew|increased|decreased|reduced|cut|improved|declined|went\s+(?:up|down)|came\s+back|disappeared|stayed\s+(?:low|high)|more\s+than\s+double)\b`,
  ),
  rule(
    'frame.from-to',
    'figures before and after',
    String.raw`\bfrom\s+(?:about\s+|around\s+|over\s+)?[\d.,]+%?[^.;]{0,40}?\bto\s+(?:under\s+|about\s+)?[\d.,]+|\bby\s+(?:a\s+)?(?:third|half|quarter|\d+%)|\bagainst\s+[\d.,]+\s+(?:the|for|a|in|last)|\bfrom\s+one\s+in\s+\w+\s+to\b`,
  ),
  rule(
    'frame.generalisation',
    'general lesson',
    String.raw`\b(?:is|are)\s+(?:not\s+)?(?:a|an|the|only|what|about|worth|more|less)\b|\b(?:people|students|staff|learners|nobody|everyone|anyone|a\s+\w+)\s+(?:need|want|remember|learn|come|read|value)\b`,
  ),
  rule(
    'frame.hedge',
    'tentative',
    String.raw`\b(?:seems?|seemed|suggests?|probably|perhaps|maybe|might|arguably|presumably|I\s+think|I\s+suspect|in\s+my\s+opinion)\b`,
  ),
  rule('frame.question', 'question', String.raw`\?(?=\s|$)`, { flags: 'g' }),
  // Description's own marks: laws and policies set out, numbers of things, steps taken.
  rule(
    'describe.rule',
    'what a law or policy says',
    String.raw`\b(?:requires?|required|must|sets?\s+out|applies|apply|covers?|allows?|expects?|states?|obliges|appoint|is\s+(?:governed|covered|enforced|reviewed|approved|kept|handled|checked))\b`,
  ),
  rule(
    'describe.law',
    'law, policy or standard named',
    String.raw`\b(?:Act|Acts|Regulations?|GDPR|Law|Standards?|Code|Framework|[Pp]olicy|[Pp]olicies|[Gg]uidelines|[Ss]ection\s+\d+|Directive|Measure|Commissioner|regulator|licence|exemption|exception)\b`,
    { flags: 'g' },
  ),
  rule('describe.number', 'figures', String.raw`\b\d[\d,.]*\b`, { counted: true }),
  rule(
    'describe.sequence',
    'sequence of steps',
    String.raw`\b(?:first|then|after\s+that|next|finally|each|every|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|weekly|once\s+a|twice\s+a|three\s+times)\b`,
  ),
  // Evidence: pointers to proof.
  rule(
    'evidence.pointer',
    'points to evidence',
    String.raw`\b(?:appendix|appendices|annex\w*|attached|evidence\s+(?:folder|table|\d)|screenshots?|certificate|badge|slides|link|PDF|zip|file|files|recording|minutes|brochure|extract|portfolio\s+item|(?:see|in)\s+(?:the\s+)?(?:folder|table|link))\b|\((?:link|PDF|[A-Z]{0,3}\d[\w.-]*)\)`,
  ),
  rule(
    'evidence.shows',
    'describes what an artefact shows',
    String.raw`\b(?:shows?|showing|contains?|includes?|included|summari[sz]es?|records?|recording|is\s+in|are\s+in|are\s+listed|is\s+published|published\s+on)\b`,
  ),
  rule(
    'evidence.testimony',
    'reported words',
    String.raw`\b(?:wrote|said|commented|told\s+me|thank\s+you|feedback\s+from|from\s+the\s+\w+(?:'s)?\s+report)\b|:\s*["“]`,
  ),
  rule(
    'shape.noun-start',
    'label-like opening',
    String.raw`^(?:Screenshot|Link|Slides|Certificate|Evidence|Extract|Copy|Photograph|Image|Video|Recording|Report|Summary|Playable|Training\s+materials|Course\s+design|Design\s+document|Evaluation|Accessibility\s+audit|The\s+(?:full|attached|video|brochure|course\s+page|workshop))\b`,
    { atStart: true },
  ),
  rule(
    'shape.verb-start',
    'list item of actions',
    String.raw`^(?:[A-Z][a-z]+ed|Ran|Wrote|Built|Made|Set|Led|Took|Gave|Sent|Met|Held|Taught|Published|Complete|Shadow|Present|Attend|Finish|Run|Write|Build)\b`,
    { atStart: true, flags: 'g' },
  ),
  // Other: guidance addressed to the reader, references, navigation.
  rule(
    'other.address',
    'addresses the reader',
    String.raw`\b(?:you|your|candidates?|assessors?)\b|^(?:Describe|Remember|Choose|Explain|Reflect|Delete|Include|Consider|Tip|Prompt|Note|Use\s+the)\b`,
  ),
  rule(
    'other.reference',
    'reference entry',
    String.raw`\(\d{4}[a-z]?\)|\bpp\.\s*\d|\b\d+\(\d+\)|\bedn\b|\(eds?\)|\bAvailable\s+at\b|\bAccessed\b|^[A-Z][a-z'-]+,\s+[A-Z]\.`,
    { flags: 'g' },
  ),
  rule(
    'other.navigation',
    'navigation or notice',
    String.raw`\b(?:contents|next:|back\s+to|word\s+count|last\s+updated|declaration|signed|I\s+confirm|continues\s+on|this\s+(?:page|portfolio|section)|menu|comments\s+are|alt\s+text|would\s+like\s+to\s+thank|names\s+.{0,40}changed)\b|\|`,
  ),
];
