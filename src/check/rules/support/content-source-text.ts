import type { Portfolio } from '../../../model/types.js';
import { sectionRanges } from './content-sections.js';
import type { Section } from '../../../model/types.js';

/** Replaces HTML comments with spaces, keeping every other character (and so every column) in place. */
export function blankComments(text: string): string {
  return text.replace(/<!--[^]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** The source lines a section covers, comments blanked, with their 1-based line numbers. */
export function sectionLines(
  portfolio: Portfolio,
  section: Section,
): { file: string; line: number; text: string }[] {
  return sectionRanges(section).flatMap((range) => {
    const source = portfolio.files.find((f) => f.path === range.file);
    if (!source) return [];
    const lines = blankComments(source.text).split(/\r?\n/);
    return lines
      .slice(range.start - 1, range.end)
      .map((text, i) => ({ file: range.file, line: range.start + i, text }));
  });
}
