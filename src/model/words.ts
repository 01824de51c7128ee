const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
const URL_PATTERN = /\b(?:https?:\/\/|www\.)\S+/gi;
/** Text whose words are all ASCII letters and digits (punctuation may be typographic). */
const SIMPLE_TEXT = /^[\t\n\r\x20-\x7E\u00A0\u2013\u2014\u2018\u2019\u201C\u201D\u2026]*$/;
const ALNUM_RUN = /[A-Za-z0-9]+/g;
const LETTER = /[A-Za-z]/;
const DIGIT = /[0-9]/;

/**
 * Counts words as a reader would: Unicode word segmentation (UAX #29, through Intl.Segmenter),
 * URLs left out. Most portfolio prose is plain ASCII, where the same rules are applied by a
 * scan that is several times faster than the segmenter; a test holds the two to the same counts.
 */
export function countWords(text: string): number {
  const clean = text.replace(URL_PATTERN, ' ');
  return SIMPLE_TEXT.test(clean) ? countSimpleWords(clean) : countSegmentedWords(clean);
}

export function countSegmentedWords(text: string): number {
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++;
  return count;
}

/** UAX #29 for ASCII: runs of letters and digits, joined across one `_`, across `.` `'` `’`
 *  between two letters or two digits, `:` between letters and `,` `;` between digits. */
export function countSimpleWords(text: string): number {
  let count = 0;
  let previousEnd = -2;
  for (const match of text.matchAll(ALNUM_RUN)) {
    const start = match.index;
    if (!(
      start === previousEnd + 1 &&
      joins(text[previousEnd - 1] ?? '', text[start - 1] ?? '', text[start] ?? '')
    ))
      count++;
    previousEnd = start + match[0].length;
  }
  return count;
}

function joins(left: string, between: string, right: string): boolean {
  if (between === '_') return true;
  const letters = LETTER.test(left) && LETTER.test(right);
  const digits = DIGIT.test(left) && DIGIT.test(right);
  if (between === '.' || between === "'" || between === '\u2019') return letters || digits;
  if (between === ':') return letters;
  if (between === ',' || between === ';') return digits;
  return false;
}
