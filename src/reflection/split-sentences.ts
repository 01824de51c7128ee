/** A half-open character range [start, end) in the paragraph text. */
export interface Span {
  start: number;
  end: number;
}

// Tokens that end in a full stop without ending a sentence. Single capitals are handled
// separately (initials such as "D. A. Kolb").
const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'eg',
  'e.g',
  'ie',
  'i.e',
  'etc',
  'vs',
  'al',
  'cf',
  'edn',
  'ed',
  'eds',
  'pp',
  'p',
  'no',
  'nos',
  'vol',
  'fig',
  'approx',
  'inc',
  'ltd',
  'co',
  'jr',
  'sr',
  'dept',
  'univ',
  'assoc',
  'min',
  'max',
  'ca',
  'nb',
  'viz',
]);

const CANDIDATE_END = /[.!?]+["'”’)\]]*\s+(?=["“‘'([]?[\p{Lu}\d←→])/gu;
const LETTER = /[\p{L}.]/u;
const INITIALS = /^(?:\p{Lu}\.)*\p{Lu}$/u;

// Double quotes pair up in order; single quotes only count when they open after a space,
// bracket or colon, so that apostrophes ("students' work", "don't") are not taken as quotes.
const DOUBLE_QUOTED = /"[^"]{2,}?"|“[^”]{2,}?”/g;
const SINGLE_QUOTED = /['‘](?<=(?:^|[\s(:])['‘])(?=\p{L})[^'‘’]{2,}?['’](?=[\s.,;:!?)]|$)/gu;

/** Finds quoted stretches, so that their inner full stops and words can be set aside. */
export function findQuotes(text: string): Span[] {
  const spans: Span[] = [];
  for (const pattern of [DOUBLE_QUOTED, SINGLE_QUOTED]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!spans.some((s) => start < s.end && end > s.start)) spans.push({ start, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

// A cut falls inside a quotation unless it comes after the closing mark.
function insideQuote(cut: number, quotes: readonly Span[]): boolean {
  return quotes.some((q) => cut > q.start && cut < q.end);
}

// Walks back from the full stop rather than running a regex anchored at the end, which
// would rescan the sentence from its start for every full stop.
function isAbbreviation(text: string, stop: number): boolean {
  let from = stop;
  while (from > 0 && LETTER.test(text.charAt(from - 1))) from--;
  const token = text.slice(from, stop);
  if (token === '') return false;
  if (ABBREVIATIONS.has(token.replace(/\.$/, '').toLowerCase())) return true;
  // "D." or "D.A." in names and references: an initial, not the end of a sentence.
  return INITIALS.test(token.replace(/\.$/, ''));
}

/**
 * Splits prose into sentences. Boundaries inside quotations are ignored, because a quoted
 * testimonial is one act of pointing to proof, however many sentences it holds.
 */
export function splitSentences(text: string, quotes: readonly Span[] = findQuotes(text)): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(CANDIDATE_END)) {
    const punctuation = match.index;
    const end = punctuation + match[0].trimEnd().length;
    if (insideQuote(end, quotes)) continue;
    if (match[0].startsWith('.') && isAbbreviation(text, punctuation)) continue;
    spans.push({ start, end });
    start = punctuation + match[0].length;
  }
  if (start < text.length && text.slice(start).trim() !== '') {
    spans.push({ start, end: text.trimEnd().length });
  }
  return spans;
}
