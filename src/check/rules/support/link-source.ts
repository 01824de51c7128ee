import type { Link, SourceFile } from '../../../model/types.js';

const lines = new WeakMap<SourceFile, string[]>();

/** One line of a file as the candidate wrote it (Liquid and front matter included), 1-based. */
export function sourceLine(file: SourceFile, line: number): string {
  let all = lines.get(file);
  if (!all) {
    all = file.text.split(/\r\n|\r|\n/);
    lines.set(file, all);
  }
  return all[line - 1] ?? '';
}

/**
 * Whether a link's address comes from Liquid (`{{ site.baseurl }}/x.pdf`, `{{ '/x.pdf' | relative_url }}`,
 * `{% post_url ... %}`): the model fills such addresses in, but the site generator writes them
 * correctly for the site, so they are not hard-coded paths.
 */
export function writtenWithLiquid(file: SourceFile, link: Link): boolean {
  const rest = sourceLine(file, link.line).slice(Math.max(link.column - 1, 0));
  const url = link.url.trim();
  const at = url ? rest.indexOf(url) : -1;
  if (at < 0) return /\{[{%]/.test(rest);
  const before = rest.slice(0, at);
  const opened = Math.max(before.lastIndexOf('{{'), before.lastIndexOf('{%'));
  const closed = Math.max(before.lastIndexOf('}}'), before.lastIndexOf('%}'));
  return /\}\}\s*$/.test(before) || opened > closed;
}

/** A link's address as a message quotes it: very long addresses are shortened in the middle. */
export function quoteUrl(url: string): string {
  const trimmed = url.trim();
  return trimmed.length > 90 ? `${trimmed.slice(0, 60)}...${trimmed.slice(-25)}` : trimmed;
}
