import type { Portfolio, Section } from '../../../model/types.js';
import { sectionRanges } from './content-sections.js';

const HIDDEN = /<!--[^]*?(?:-->|$)|\{%[^]*?%\}|\{\{[^]*?\}\}/g;

/** HTML comments and Liquid tags turned to spaces: the reader never sees them, and every column stays put. */
export function blankHidden(text: string): string {
  return text.replace(HIDDEN, (hidden) => hidden.replace(/[^\r\n]/g, ' '));
}

/** The source lines a section covers, with hidden text blanked and 1-based line numbers. */
export function sectionLines(
  portfolio: Portfolio,
  section: Section,
): { file: string; line: number; text: string }[] {
  return sectionRanges(section).flatMap((range) => {
    const source = portfolio.files.find((f) => f.path === range.file);
    if (!source) return [];
    const lines = blankHidden(source.text).split(/\r\n|\r|\n/);
    return lines
      .slice(range.start - 1, range.end)
      .map((text, i) => ({ file: range.file, line: range.start + i, text }));
  });
}

/** Lines of fenced or indented code inside a section: text the reader sees as code, not prose. */
export function codeLines(section: Section): Set<string> {
  const lines = new Set<string>();
  for (const chunk of section.chunks) {
    for (const node of chunk.nodes) {
      if (node.type !== 'code' || !node.position) continue;
      for (let l = node.position.start.line; l <= node.position.end.line; l++)
        lines.add(`${chunk.file}:${l}`);
    }
  }
  return lines;
}
