import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { blank, HTML_COMMENT, LIQUID, replaceDelimited } from '../../../model/delimited-spans.js';
import type { Portfolio, Section, SourceFile } from '../../../model/types.js';
import { sectionRanges } from './content-sections.js';

const HIDDEN = [HTML_COMMENT, ...LIQUID];

/** HTML comments and Liquid tags turned to spaces: the reader never sees them, and every column stays put. */
export function blankHidden(text: string): string {
  return replaceDelimited(text, HIDDEN, blank);
}

/**
 * The lines of a page a reader sees as prose, with 1-based numbers: front matter and code blocks
 * left out, HTML comments and Liquid tags blanked (blank lines are kept: they end paragraphs).
 */
export function proseLines(file: SourceFile): { line: number; text: string }[] {
  const code = new Set<number>();
  visit(file.tree as Nodes, 'code', (node) => {
    if (!node.position) return;
    for (let l = node.position.start.line; l <= node.position.end.line; l++) code.add(l);
  });
  return blankHidden(file.text)
    .split(/\r\n|\r|\n/)
    .map((text, i) => ({ line: i + 1, text }))
    .filter((l) => l.line > file.frontMatterLines && !code.has(l.line));
}

/** The prose lines a section covers, with the file each comes from. */
export function sectionLines(
  portfolio: Portfolio,
  section: Section,
): { file: string; line: number; text: string }[] {
  return sectionRanges(section).flatMap((range) => {
    const source = portfolio.files.find((f) => f.path === range.file);
    if (!source) return [];
    return proseLines(source)
      .filter((l) => l.line >= range.start && l.line <= range.end)
      .map((l) => ({ file: range.file, ...l }));
  });
}
