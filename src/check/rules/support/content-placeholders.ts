/** Words a template or a draft leaves behind: TODO, [insert date], <add link>, lorem ipsum. */

const PATTERNS: RegExp[] = [
  /\b(?:TODO|TBC|TBD|FIXME|XXX+)\b/g,
  /\b(?:19|20)XX\b/g,
  /\blorem(?:\s+ipsum)?\b/gi,
  // [insert date], [your name], [link]: square brackets that are not a link or a citation.
  /\[\s*(?:insert|add|enter|type|write|describe|your|link|date|name|placeholder|todo|tbc|tbd)\b[^\]\n]{0,60}\](?![([])/gi,
  /<\s*(?:insert|add|enter|your|link|date|name)\b[^>\n]{0,60}>/gi,
  // "Add evidence here.", "Insert link here": an instruction opening a sentence.
  /(?<=^\s*(?:(?:[-*+>]|\d+[.)])\s+)?|[.:!?]\s+|[[(]\s*)(?:add|insert|paste|write|type|enter|describe)\s+(?:[\p{L}'’-]+\s+){0,4}here\b/giu,
  /\b(?:your|the)\s+(?:name|title|text|date|evidence|link|reflection|description|signature)\s+(?:goes\s+)?here\b/gi,
];

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
  for (const pattern of PATTERNS) {
    for (const match of visible.matchAll(pattern)) {
      const text = match[0].trim();
      const index = match.index ?? 0;
      if (text && !found.some((f) => index >= f.index && index < f.index + f.text.length))
        found.push({ text, index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
