import type { Portfolio, Section } from '../../../model/types.js';
import { readingsIn, type Reading } from '../../../reflection/read-portfolio.js';

/**
 * Some candidates reflect once per core area, in a blockquote that closes the area's page
 * after its last criterion (see the blockquote-reflections layout). The model files that
 * blockquote under the last criterion, but it speaks for every criterion on the page. These
 * are the criteria that share such a closing reflection, and the reflection itself.
 */
export interface AreaReflection {
  sections: Section[];
  closing: Reading[];
}

function assessedIn(portfolio: Portfolio, file: string): Section[] {
  return portfolio.sections
    .filter((s) => s.assessed && s.file === file)
    .sort((a, b) => a.line - b.line);
}

/** The closing reflection shared by the section's page, or undefined when it has none. */
export function areaReflection(portfolio: Portfolio, section: Section): AreaReflection | undefined {
  if (!section.file) return undefined;
  const sections = assessedIn(portfolio, section.file);
  const last = sections[sections.length - 1];
  if (sections.length < 2 || !last) return undefined;
  const readings = readingsIn(portfolio, last);
  const closing: Reading[] = [];
  for (let i = readings.length - 1; i >= 0; i--) {
    const reading = readings[i] as Reading;
    if (reading.paragraph.container !== 'blockquote' || reading.part.label !== 'unlabelled') break;
    closing.unshift(reading);
  }
  if (!closing.some((r) => r.label === 'reflection')) return undefined;
  return { sections, closing };
}
