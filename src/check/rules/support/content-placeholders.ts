/** Words a template or a draft leaves behind: TODO, [insert date], <add link>, lorem ipsum. */

const PATTERNS: RegExp[] = [
  /\b(?:TODO|TBC|TBD|FIXME|XXX+)\b/g,
  /\b(?:19|20)XX\b/g,
  /\blorem(?:\s+ipsum)?\b/gi,
  // [insert date], [your name], [link]: square brackets that are not a link or a citation.
  /\[\s*(?:insert|add|enter|type|write|describe|your|link|date|name|placeholder|todo|tbc|tbd)\b[^\]\n]{0,60}\](?![([])/gi,
  /<\s*(?:insert|add|enter|your|link|date|name)\b[^>\n]{0,60}>/gi,
  /\b(?:your|the)\s+(?:name|title|text|date|evidence|link|reflection|description|signature)\s+(?:goes\s+)?here\b/gi,
];

/** "Add evidence here.", "Insert link here": an instruction, if it opens a sentence (see `opensSentence`). */
const INSTRUCTION =
  /\b(?:add|insert|paste|write|type|enter|describe)\s+(?:[\p{L}'’-]+\s+){0,4}here\b/giu;

/** Link targets and bare URLs, which may spell anything (a page called /todo/), are not the candidate's words. */
const ADDRESSES =
  /\]\([^)\n]*\)|<(?:https?:|mailto:)[^>\n]*>|\bhttps?:\/\/\S+|\b(?:href|src)\s*=\s*(?:"[^"\n]*"|'[^'\n]*')|`[^`\n]*`/gi;

export interface PlaceholderMatch {
  text: string;
  /** 0-based index in the line. */
  index: number;
}

export function findPlaceholders(line: string): PlaceholderMatch[] {
  const visible = line.replace(ADDRESSES, (address) => {
    // Keep `](` so a real link such as `[Your guide](...)` is not read as a `[your ...]` placeholder.
    return address.startsWith('](')
      ? `](${' '.repeat(address.length - 3)})`
      : ' '.repeat(address.length);
  });
  const found: PlaceholderMatch[] = [];
  const add = (match: RegExpMatchArray) => {
    const text = match[0].trim();
    const index = match.index ?? 0;
    const overlaps = (f: PlaceholderMatch) =>
      index < f.index + f.text.length && f.index < index + text.length;
    if (text && !found.some(overlaps)) found.push({ text, index });
  };
  for (const match of visible.matchAll(INSTRUCTION))
    if (opensSentence(visible, match.index ?? 0)) add(match);
  for (const pattern of PATTERNS) for (const match of visible.matchAll(pattern)) add(match);
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Whether the words at `index` open a sentence: the line starts there (after a list marker or
 * `>`), or they follow `.`, `:`, `!` or `?` and a space, or an opening bracket. Walked by hand,
 * not with a look-behind: a look-behind of `\s+` rescans a run of spaces at every position, and
 * a 40 KB run of them took half a minute.
 */
function opensSentence(line: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && /\s/.test(line[at] ?? '')) at--;
  const spaced = at < index - 1;
  const before = line[at] ?? '';
  if (at < 0 || '[('.includes(before)) return true;
  if (!spaced) return false;
  if ('.:!?'.includes(before)) return true;
  if ('-*+>'.includes(before)) return onlySpaceBefore(line, at);
  return isListNumber(line, at);
}

/** `1.` or `2)` opening the line (a numbered list item). */
function isListNumber(line: string, marker: number): boolean {
  if (!'.)'.includes(line[marker] ?? '')) return false;
  let at = marker - 1;
  while (at >= 0 && /\d/.test(line[at] ?? '')) at--;
  return at < marker - 1 && onlySpaceBefore(line, at + 1);
}

function onlySpaceBefore(line: string, index: number): boolean {
  return /^\s*$/.test(line.slice(0, index));
}
