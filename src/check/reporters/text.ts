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

/**
 * Lays items out on lines of at most `columns`, joined by `separator`, never splitting an item
 * unless it alone is wider than a line. The first line has `firstColumns` of room.
 */
export function wrapItems(
  items: string[],
  firstColumns: number,
  columns: number,
  separator = '; ',
): string[] {
  const lines: string[] = [];
  let line = '';
  let room = firstColumns;
  const flush = () => {
    lines.push(line);
    line = '';
    room = columns;
  };
  items.forEach((item, i) => {
    const piece = i < items.length - 1 ? item + separator.trimEnd() : item;
    const joined = line ? `${line} ${piece}` : piece;
    if (width(joined) <= room) {
      line = joined;
      return;
    }
    if (line || (lines.length === 0 && room < columns)) flush();
    line = width(piece) <= room ? piece : truncate(piece, room);
  });
  if (line) lines.push(line);
  return lines;
}
