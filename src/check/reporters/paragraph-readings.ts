import type { Portfolio } from '../../model/types.js';
import type { PartLabel } from '../../model/types.js';
import { readingsOf } from '../../reflection/read-portfolio.js';

/** How one paragraph of an assessed section reads, for `--explain`. */
export interface ParagraphReading {
  /** Portfolio-relative file. */
  file: string;
  /** 1-based line in the original file, front matter included. */
  line: number;
  section: string;
  /** The heading the paragraph sits under (description, reflection...), or unlabelled. */
  part: PartLabel;
  label: 'description' | 'reflection' | 'evidence' | 'other';
  confidence: number;
  cues: string[];
  text: string;
}

/**
 * Every paragraph of every assessed section, in the portfolio's order. The readings are the
 * ones the reflection rules used, so --explain shows exactly what they judged.
 */
export function readParagraphs(portfolio: Portfolio): ParagraphReading[] {
  return readingsOf(portfolio).all.map(({ paragraph, section, part, label, confidence, cues }) => ({
    file: paragraph.file,
    line: paragraph.line,
    section: section.id,
    part: part.label,
    label,
    confidence,
    cues: [...cues],
    text: paragraph.text,
  }));
}
