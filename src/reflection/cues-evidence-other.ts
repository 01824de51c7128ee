import { cue, type CueRule } from './cue-rule.js';

export const EVIDENCE_CUES: readonly CueRule[] = [
  cue(
    'evidence.pointer',
    'evidence',
    3,
    'pointer to evidence',
    String.raw`\b(?:Appendix|Appendices|Annex|Annexure|Evidence|Figure|Fig\.|Exhibit|Attachment|Table)\s*(?:[A-Z]{1,2}\b|\d[\w.-]*|[ivx]+\b|:)|\b(?:in|see)\s+the\s+(?:appendix|attachment|annex)|\bevidence\s+(?:list|page|folder|section)`,
    {
      gate: 'appendix | appendices | annex | annexure | evidence | figure | fig | exhibit | attachment | table',
      flags: 'g',
    },
  ),
  cue(
    'evidence.presenting',
    'evidence',
    2,
    'presenting proof',
    String.raw`\((?:please\s+)?see\b|\b(?:(?:please\s+)?see\s+(?=Appendix|Annex|Evidence|Figure|Table|the\s+(?:attached|appendix|link|evidence|screenshot)|below|above|attached|my\s+(?:certificate|evidence))|kindly\s+find|find\s+(?:attached|enclosed)|(?:the|my)\s+attached|attached\s+(?:is|are|as|here|below|to\s+this)|enclosed\s+(?:is|are|as)|(?:is|are)\s+(?:attached|enclosed|included|provided|reproduced|linked|available|given|summari[sz]ed|listed)|included\s+(?:as|in|with)|provided\s+(?:as|in)|can\s+be\s+(?:viewed|seen|heard|found|accessed|downloaded)|available\s+(?:at|on|online|from|here)|linked\s+(?:here|below|from|in)|at\s+the\s+link|link\s+(?:below|provided|in\s+the)|on\s+request|(?:is|are)\s+at\s+(?:Appendix|Annex|Evidence|the\s+link))\b`,
    {
      gate: 'see | find | attached | enclosed | included | provided | reproduced | linked | available | given | summarised | summarized | listed | appendix | annex | evidence | link | viewed | seen | heard | found | accessed | downloaded | request',
    },
  ),
  cue(
    'evidence.file',
    'evidence',
    2.5,
    'file name',
    String.raw`\b[\w-]+(?:\.[\w-]+)*\.(?:pdf|docx?|pptx?|xlsx?|png|jpe?g|gif|mp4|mp3|zip|html?)\b|\bhttps?:\/\/\S+|\bwww\.\S+`,
    {
      gate: 'pdf | doc | docx | ppt | pptx | xls | xlsx | png | jpg | jpeg | gif | mp4 | mp3 | zip | htm | html | http | https | www',
    },
  ),
  cue(
    'evidence.artefact',
    'evidence',
    0.5,
    'artefact',
    String.raw`\b(?:screenshots?|certificates?|photographs?|recording|storyboard|testimonial|letter\s+of|commendation|statement\s+from|report\s+(?:for|on|from))\b`,
    {
      gate: 'screenshot | screenshots | certificate | certificates | photograph | photographs | recording | storyboard | testimonial | letter | commendation | statement | report',
    },
  ),
];

// A quote counts as a testimonial when it is introduced by a speaker or by a colon.
export const TESTIMONIAL_LEAD =
  /(?:\b(?:wrote|writes|commented|comments|said|says|told\s+me|emailed|noted|stated|remarked|replied|responded|explained|feedback|comment|evaluation|survey|report)\b[^"“‘']{0,60}|:\s*)$/i;

export const OTHER_CUES: readonly CueRule[] = [
  cue(
    'other.guidance',
    'other',
    3,
    'ALT guidance voice',
    String.raw`\b(?:Candidates|Applicants)\s+(?:should|must|are\s+required|may|need)\b|\bThis\s+(?:section|area|criterion)\s+should\b|\bYou\s+(?:should|may\s+wish|might\s+wish|may\s+want|must|are\s+required|need\s+to|might\s+find)\b|\byour\s+(?:portfolio|practice|statements|target\s+learners)\b|\bshould\s+include\s+evidence\s+of\b|\bCore\s+area\s+\d\s*:`,
    { gate: 'candidates | applicants | section | area | criterion | you | your | should | core' },
  ),
  cue('other.template', 'other', 4, 'template prompt', String.raw`^\s*\[[^\]]*\]?\s*$`, {
    flags: 'g',
  }),
  cue(
    'other.navigation',
    'other',
    3,
    'navigation',
    String.raw`\b(?:Back\s+to\s+top|Jump\s+to|Return\s+to|Go\s+to)\b|\b(?:Next|Previous|Contents)(?:\s+section)?\s*:|[←→↑]|\s\|\s`,
    {
      gate: [
        'back',
        'jump',
        'return',
        'go',
        'next',
        'previous',
        'contents',
        '~←',
        '~→',
        '~↑',
        '~ | ',
      ],
    },
  ),
  cue(
    'other.acknowledgement',
    'other',
    3,
    'acknowledgement',
    String.raw`\b(?:thank(?:s|ing)?|grateful|gratitude)\b`,
    { gate: 'thank | thanks | thanking | grateful | gratitude' },
  ),
  cue(
    'other.declaration',
    'other',
    4,
    'declaration',
    String.raw`\bI\s+(?:hereby\s+)?(?:confirm|declare)\s+that\b|\bSigned\s*:|\bDate\s*:`,
    { gate: 'confirm | declare | signed | date' },
  ),
  cue(
    'other.meta',
    'other',
    3,
    'about the portfolio itself',
    String.raw`\bIn\s+this\s+(?:section|page|part|chapter)\s*,?\s+I\s+(?:will\s+)?(?:describe|discuss|present|outline|explain|show|cover|reflect)|\bThis\s+portfolio\s+(?:is|has|contains|was)\b|\bWord\s+count\b|\bNote\s+to\s+(?:the\s+)?assessors?\b|\bthe\s+links?\s+in\s+this\s+(?:section|page)\b|\bEach\s+(?:page|section)\s+has\b`,
    { gate: 'section | page | part | chapter | portfolio | count | assessor | assessors' },
  ),
];

// A reference-list entry: "Surname, A. B. (2019)" possibly with co-authors, at the start.
export const BIBLIOGRAPHY =
  /^\s*(?:[\p{Lu}][\p{L}'’-]+,\s+(?:\p{Lu}\.\s*)+(?:,|and|&)?\s*)+(?:et\s+al\.\s*)?\(\d{4}[a-z]?\)/u;
