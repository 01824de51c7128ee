/**
 * Hardening: the Markdown parser's time grows with lines times nesting (a list nested 1,000
 * deep took four minutes) and its tree walkers recurse, so 10,000 `>` on one line overflowed
 * the stack. No real page nests anywhere near this deep, so such a file is refused up front.
 */
export const MAX_NESTING = 100;

const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/;

/**
 * The deepest block nesting any line asks for, counted from its start: one level per `>`, per
 * list marker, and per two further columns of indentation (the least a nested list item needs).
 * Returns the first line deeper than `limit`, or undefined. Linear in the text.
 */
export function tooDeep(
  text: string,
  limit = MAX_NESTING,
): { line: number; depth: number } | undefined {
  const lines = text.split(/\r\n|\r|\n/);
  for (const [index, line] of lines.entries()) {
    const depth = lineDepth(line);
    if (depth > limit) return { line: index + 1, depth };
  }
  return undefined;
}

function lineDepth(line: string): number {
  let depth = 0;
  let columns = 0;
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === ' ') columns++;
    else if (c === '\t') columns += 4 - (columns % 4);
    else {
      const marker = c === '>' ? '>' : LIST_MARKER.exec(line.slice(i, i + 11))?.[0];
      if (!marker) break;
      depth++;
      i += marker.length;
      // One space after a marker belongs to the marker, as in `> > quote` or `- item`.
      if (line[i] === ' ' || line[i] === '\t') i++;
      continue;
    }
    i++;
  }
  // Trailing blanks nest nothing (and blanked front matter is all blanks).
  return depth + (i < line.length ? Math.floor(columns / 2) : 0);
}

/** How deep a syntax tree goes, walked without recursion so the walk itself cannot overflow. */
export function treeDepth(root: { children?: unknown[] }): number {
  let deepest = 0;
  const stack: [node: { children?: unknown[] }, depth: number][] = [[root, 1]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    deepest = Math.max(deepest, depth);
    for (const child of node.children ?? [])
      stack.push([child as { children?: unknown[] }, depth + 1]);
  }
  return deepest;
}
