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
 * Whether a link's address starts with a Liquid value such as `{{ site.baseurl }}`: the model
 * blanks Liquid out, but the site generator fills it in, so such links are written correctly.
 */
export function writtenWithLiquid(file: SourceFile, link: Link): boolean {
  const rest = sourceLine(file, link.line).slice(Math.max(link.column - 1, 0));
  const url = link.url.trim();
  const at = url ? rest.indexOf(url) : -1;
  return at > 0 && /\}\}\s*$/.test(rest.slice(0, at));
}

/** A link's address as a message quotes it: very long addresses are shortened in the middle. */
export function quoteUrl(url: string): string {
  const trimmed = url.trim();
  return trimmed.length > 90 ? `${trimmed.slice(0, 60)}...${trimmed.slice(-25)}` : trimmed;
}
