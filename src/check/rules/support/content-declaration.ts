/** Reading a declaration as a person would: a signature line, a date, and who the nominated assessor is. */

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

const DATES = [
  /\b\d{4}-\d{1,2}-\d{1,2}\b/,
  /\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b/,
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\.?,?\\s+\\d{4}\\b`, 'i'),
  new RegExp(`\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'i'),
];

const SIGN_LABEL =
  /\b(?:signed(?:\s+by)?|signature|e-?signature|(?:full\s+)?name|candidate(?:'s)?\s+name)\s*(?::|-|–|—)\s*(.*)$/i;
const SIGNED_NO_COLON = /\bsigned(?:\s+by)?,?\s+([A-Z][^\s,]*(?:\s+[A-Z][^\s,]*)*)/;
const PLACEHOLDER = /^(?:your|full|name|insert|add|tbc|tbd|todo|date|signature|x+)\b|\[|<|_{2,}/i;
const ASSESSOR = /\bassessor|\bnominat/i;

/** Markdown and table markup removed, so `**Signed:** Lin` and `| Signed | Lin |` read as `Signed: Lin`. */
export function cleanLine(line: string): string {
  return line
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/^\s*(?:>\s*)*(?:[-*+]\s+|\d+[.)]\s+)?/, '')
    .replace(/^\s*\|\s*/, '')
    .replace(/\s*\|\s*$/, '')
    .replace(/\s*\|\s*/g, ': ')
    .replace(/\\(.)/g, '$1')
    .replace(/[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function findDate(text: string): string | undefined {
  for (const pattern of DATES) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return undefined;
}

/**
 * The signature written on a line ("Signed: Lin Okafor"), or undefined when there is none or only
 * a placeholder. A bare "Name:" counts only before any mention of the assessor, whose details
 * are often given the same way.
 */
export function findSignature(line: string, afterAssessor = false): string | undefined {
  if (ASSESSOR.test(line)) return undefined;
  const labelled = SIGN_LABEL.exec(line);
  if (labelled && afterAssessor && !/sign/i.test(labelled[0].split(/[:\-–—]/)[0] ?? ''))
    return undefined;
  const value = labelled ? labelled[1] : SIGNED_NO_COLON.exec(line)?.[1];
  if (!value) return undefined;
  const name = value
    .split(/\b(?:date[d]?|on)\b\s*:?/i)[0]!
    .replace(/[,.;:]+\s*$/, '')
    .trim();
  const withoutDate = name.replace(findDate(name) ?? '\u0000', '').trim();
  if (!/\p{L}{2,}/u.test(withoutDate) || PLACEHOLDER.test(withoutDate)) return undefined;
  return withoutDate.replace(/[,.;:]+$/, '');
}

/** The first signature in a declaration's lines, reading them in order. */
export function signatureIn(lines: string[]): string | undefined {
  let afterAssessor = false;
  for (const line of lines) {
    const found = findSignature(line, afterAssessor);
    if (found) return found;
    if (ASSESSOR.test(line)) afterAssessor = true;
  }
  return undefined;
}

const MANAGER =
  /\b(?:line[\s-]manager|my\s+manager|manages\s+me|i\s+report\s+to|my\s+supervisor)\b/i;
const NEGATION = /\b(?:not|never|no\s+longer|neither|nor)\b|n['’]t\b/i;

/** A statement that the nominated assessor manages the candidate, with "is not my line manager" read correctly. */
export function namesManager(text: string): string | undefined {
  const match = MANAGER.exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index);
  const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
  return NEGATION.test(sentence) ? undefined : match[0];
}

export function mentionsAssessor(text: string): boolean {
  return ASSESSOR.test(text);
}
