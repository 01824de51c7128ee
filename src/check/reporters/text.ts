/** Column width of plain text: one column per code point (block and tick characters included). */
export function width(text: string): number {
  return [...text].length;
}

export function padEnd(text: string, columns: number): string {
  return text + ' '.repeat(Math.max(0, columns - width(text)));
}

export function padStart(text: string, columns: number): string {
  return ' '.repeat(Math.max(0, columns - width(text))) + text;
}

/** Shortens text to at most `columns`, ending with … when anything was cut. */
export function truncate(text: string, columns: number): string {
  const chars = [...text];
  if (chars.length <= columns) return text;
  if (columns <= 1) return '…'.slice(0, Math.max(0, columns));
  return `${chars
    .slice(0, columns - 1)
    .join('')
    .trimEnd()}…`;
}

/** `1 error`, `3 errors`. */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Word-wraps text to lines of at most `columns`; the first line has `firstColumns` of room. */
export function wrap(text: string, firstColumns: number, columns: number): string[] {
  const lines: string[] = [];
  let line = '';
  let room = firstColumns;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (width(joined) <= room || !line) {
      line = width(joined) <= room ? joined : truncate(word, room);
      continue;
    }
    lines.push(line);
    line = word;
    room = columns;
  }
  if (line) lines.push(line);
  return lines;
}
