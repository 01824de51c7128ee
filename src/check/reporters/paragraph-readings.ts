import type { Portfolio } from '../../model/types.js';
import type { PartLabel } from '../../model/types.js';
import { readingsOf } from '../../reflection/read-portfolio.js';

/** How one prose paragraph of the portfolio reads, for `--explain`. */
export interface ParagraphReading {
  /** Portfolio-relative file. */
  file: string;
  /** 1-based line in the original file, front matter included. */
  line: number;
  /** The section the paragraph belongs to, or null outside every section (an appendix page). */
  section: string | null;
  /** The heading the paragraph sits under (description, reflection...), unlabelled, or null. */
  part: PartLabel | null;
  label: 'description' | 'reflection' | 'evidence' | 'other';
  confidence: number;
  /** Share of the paragraph's words in sentences read as reflection. */
  reflectionShare: number;
  cues: string[];
  text: string;
}

/**
 * Every prose paragraph of the portfolio, in its order, sections assessed or not and pages
 * outside them. The readings are the
 * ones the reflection rules used, so --explain shows exactly what they judged.
 */
export function readParagraphs(portfolio: Portfolio): ParagraphReading[] {
  return readingsOf(portfolio).all.map((r) => ({
    file: r.paragraph.file,
    line: r.paragraph.line,
    section: r.section?.id ?? null,
    part: r.part?.label ?? null,
    label: r.label,
    confidence: r.confidence,
    reflectionShare: r.reflectionShare,
    cues: [...r.cues],
    text: r.paragraph.text,
  }));
}
