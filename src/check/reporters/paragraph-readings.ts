import type { Portfolio } from '../../model/types.js';
import type { PartLabel } from '../../model/types.js';
import { classifyParagraph } from '../../reflection/classify-paragraph.js';

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

/** Reads every paragraph of every assessed section, in the portfolio's order. */
export function readParagraphs(portfolio: Portfolio): ParagraphReading[] {
  return portfolio.sections
    .filter((section) => section.assessed)
    .flatMap((section) =>
      section.parts.flatMap((part) =>
        part.paragraphs.map((paragraph) => {
          const { label, confidence, cues } = classifyParagraph(paragraph.text);
          return {
            file: paragraph.file,
            line: paragraph.line,
            section: section.id,
            part: part.label,
            label,
            confidence,
            cues: [...cues],
            text: paragraph.text,
          };
        }),
      ),
    );
}
