/** A kind of span the reader never sees as prose: a Liquid tag, an HTML comment. */
export interface Delimiter {
  open: string;
  close: string;
  /** An opener never closed runs to the end of the text (as an HTML comment does). */
  toEnd?: boolean;
}

export const LIQUID: Delimiter[] = [
  { open: '{%', close: '%}' },
  { open: '{{', close: '}}' },
];

export const HTML_COMMENT: Delimiter = { open: '<!--', close: '-->', toEnd: true };

/**
 * Every span from an opener to its first closer, with `replace` applied, as the regex
 * `/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g` would, but in one pass. Hardening: that regex rescans to
 * the end of the text for every opener that is never closed, so a page of 200,000 `{%` took
 * minutes; once a closer is missing after one opener it is missing after every later one.
 */
export function replaceDelimited(
  text: string,
  delimiters: readonly Delimiter[],
  replace: (span: string) => string,
): string {
  // Where each delimiter next opens, looked up again only once the scan has passed it.
  const nextOpen = delimiters.map(() => -1);
  const closed = delimiters.map(() => true);
  let out = '';
  let from = 0;
  let at = 0;
  while (at < text.length) {
    let start = -1;
    let which = -1;
    delimiters.forEach((d, i) => {
      if (!closed[i]) return;
      if ((nextOpen[i] ?? -1) < at) nextOpen[i] = text.indexOf(d.open, at);
      const open = nextOpen[i] ?? -1;
      if (open !== -1 && (start === -1 || open < start)) [start, which] = [open, i];
    });
    const d = delimiters[which];
    if (!d) break;
    const found = text.indexOf(d.close, start + d.open.length);
    if (found === -1 && !d.toEnd) {
      closed[which] = false;
      continue;
    }
    const end = found === -1 ? text.length : found + d.close.length;
    out += text.slice(from, start) + replace(text.slice(start, end));
    from = at = end;
  }
  return out + text.slice(from);
}

/** The spans themselves, in order. */
export function delimitedSpans(text: string, delimiters: readonly Delimiter[]): string[] {
  const spans: string[] = [];
  replaceDelimited(text, delimiters, (span) => {
    spans.push(span);
    return '';
  });
  return spans;
}

/** Replace every character but line breaks with spaces, so lines and columns stay where they were. */
export function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}
