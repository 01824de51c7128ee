import { cue, type CueRule } from './cue-rule.js';

export const EVIDENCE_CUES: readonly CueRule[] = [
  cue(
    'evidence.pointer',
    'evidence',
    3,
    'pointer to evidence',
    String.raw`\b(?:Appendix|Appendices|Annex|Annexure|Evidence|Figure|Fig\.|Exhibit|Attachment|Table)\s*(?:[A-Z]{1,2}\b|\d[\w.-]*|[ivx]+\b|:)|\b(?:in|see)\s+the\s+(?:appendix|attachment|annex)|\bevidence\s+(?:list|page|folder|section)`,
    { flags: 'g' },
  ),
  cue(
    'evidence.presenting',
    'evidence',
    2,
    'presenting proof',
    String.raw`\b(?:see|please\s+see|kindly\s+find|find\s+attached|attached|enclosed|(?:is|are)\s+(?:attached|enclosed|included|provided|reproduced|linked|available|given|summari[sz]ed|listed)|included\s+(?:as|in|with)|provided\s+(?:as|in)|can\s+be\s+(?:viewed|seen|heard|found|accessed|downloaded)|available\s+(?:at|on|online|from|here)|linked\s+(?:here|below|from|in)|at\s+the\s+link|link\s+(?:below|provided|in\s+the)|on\s+request|(?:is|are)\s+at\s+(?:Appendix|Annex|Evidence|the\s+link))\b`,
  ),
  cue(
    'evidence.file',
    'evidence',
    2.5,
    'file name',
    String.raw`\b[\w-]+(?:\.[\w-]+)*\.(?:pdf|docx?|pptx?|xlsx?|png|jpe?g|gif|mp4|mp3|zip|html?)\b|\bhttps?:\/\/\S+|\bwww\.\S+`,
  ),
  cue(
    'evidence.artefact',
    'evidence',
    0.5,
    'artefact',
    String.raw`\b(?:screenshots?|certificates?|photographs?|recording|storyboard|testimonial|letter\s+of|commendation|statement\s+from|report\s+(?:for|on|from))\b`,
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
  ),
  cue(
    'other.acknowledgement',
    'other',
    3,
    'acknowledgement',
    String.raw`\b(?:thank(?:s|ing)?|grateful|gratitude)\b`,
  ),
  cue(
    'other.declaration',
    'other',
    4,
    'declaration',
    String.raw`\bI\s+(?:hereby\s+)?(?:confirm|declare)\s+that\b|\bSigned\s*:|\bDate\s*:`,
  ),
  cue(
    'other.meta',
    'other',
    3,
    'about the portfolio itself',
    String.raw`\bIn\s+this\s+(?:section|page|part|chapter)\s*,?\s+I\s+(?:will\s+)?(?:describe|discuss|present|outline|explain|show|cover|reflect)|\bThis\s+portfolio\s+(?:is|has|contains|was)\b|\bWord\s+count\b|\bNote\s+to\s+(?:the\s+)?assessors?\b|\bthe\s+links?\s+in\s+this\s+(?:section|page)\b|\bEach\s+(?:page|section)\s+has\b`,
  ),
];

// A reference-list entry: "Surname, A. B. (2019)" possibly with co-authors, at the start.
export const BIBLIOGRAPHY =
  /^\s*(?:[\p{Lu}][\p{L}'’-]+,\s+(?:\p{Lu}\.\s*)+(?:,|and|&)?\s*)+(?:et\s+al\.\s*)?\(\d{4}[a-z]?\)/u;
