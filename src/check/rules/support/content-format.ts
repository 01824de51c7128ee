/** Small helpers so every content rule writes numbers and quotes the same way. */

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function count(n: number): string {
  return n.toLocaleString('en-GB');
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}

/** "once", "twice", "5 times". */
export function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${count(n)} times`;
}

const NUMBER_WORDS = ['none', 'one', 'two', 'three', 'four', 'five', 'six'];

/** "one", "two"... for small counts, which read better in a sentence about sections. */
export function spelled(n: number): string {
  return NUMBER_WORDS[n] ?? count(n);
}

/** Quotes a stretch of the candidate's text, shortened so a message stays on a line or two. */
export function quote(text: string, max = 80): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return `"${clean}"`;
  // Cut at a word boundary, so a quote never ends in half a word.
  const cut = clean
    .slice(0, max)
    .replace(/\s+\S*$/, '')
    .replace(/[\s,;:]+$/, '');
  return `"${cut || clean.slice(0, max - 1)}…"`;
}

/** `"A", "B" and "C"` */
export function quoteList(items: string[], max = 60): string {
  const quoted = items.map((item) => quote(item, max));
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
}
