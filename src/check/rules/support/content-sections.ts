import { sectionDef } from '../../../outline/load-outline.js';
import type { PartKind } from '../../../outline/schema.js';
import type {
  Heading,
  Part,
  PartLabel,
  Portfolio,
  Position,
  Section,
  SourceFile,
} from '../../../model/types.js';

/** The sections assessors grade part by part: core criteria, specialist and advanced areas, CPD activities. */
export function assessedSections(portfolio: Portfolio): Section[] {
  return portfolio.sections.filter((s) => s.assessed);
}

/** The parts the outline requires of a section (description, reflection, evidence for criteria). */
export function requiredParts(portfolio: Portfolio, section: Section): PartKind[] {
  return sectionDef(portfolio.outline, section.id)?.parts ?? [];
}

/** Where a finding about a whole section points: its heading, or the top of its file. */
export function sectionPlace(section: Section): { file: string } & Position {
  const at = section.heading ?? section;
  return { file: at.file || section.file, line: at.line, column: at.column };
}

/** Where a finding about one part points: the part's own heading, else the section's. */
export function partPlace(section: Section, label: PartLabel): { file: string } & Position {
  const heading = section.parts.find((p) => p.label === label && p.heading)?.heading;
  return heading
    ? { file: heading.file, line: heading.line, column: heading.column }
    : sectionPlace(section);
}

export function partsLabelled(section: Section, label: PartLabel): Part[] {
  return section.parts.filter((p) => p.label === label);
}

/** True when the candidate labelled at least one part with a heading cmalt recognises. */
export function hasLabelledParts(section: Section): boolean {
  return section.parts.some((p) => p.label !== 'unlabelled');
}

/** The stretches of lines a section covers, one per file it appears in. */
export function sectionRanges(section: Section): { file: string; start: number; end: number }[] {
  return section.chunks.flatMap((chunk) => {
    const first = chunk.nodes[0]?.position?.start.line;
    const last = chunk.nodes[chunk.nodes.length - 1]?.position?.end.line;
    return first === undefined ? [] : [{ file: chunk.file, start: first, end: last ?? first }];
  });
}

export function withinSection(section: Section, at: { file: string; line: number }): boolean {
  return sectionRanges(section).some(
    (r) => r.file === at.file && at.line >= r.start && at.line <= r.end,
  );
}

/** The headings that sit inside a section (its own heading excluded), in source order. */
export function headingsWithin(portfolio: Portfolio, section: Section): Heading[] {
  const own = section.heading;
  return sectionRanges(section).flatMap((range) => {
    const file = portfolio.files.find((f) => f.path === range.file);
    return (file?.headings ?? []).filter(
      (h) =>
        h.line >= range.start &&
        h.line <= range.end &&
        !(own && own.file === h.file && own.line === h.line),
    );
  });
}

/** A display label for a part, as candidates write it in headings. */
export function partName(label: PartLabel): string {
  return label === 'unlabelled' ? 'unlabelled text' : label[0]!.toUpperCase() + label.slice(1);
}

/** Files that hold at least one section: the pages assessors read, not a README beside them. */
export function portfolioPages(portfolio: Portfolio): SourceFile[] {
  const used = new Set(portfolio.sections.flatMap((s) => s.chunks.map((c) => c.file)));
  return portfolio.files.filter((f) => used.has(f.path));
}

/** The section a line of a file belongs to, if any. */
export function sectionAt(portfolio: Portfolio, file: string, line: number): Section | undefined {
  return portfolio.sections.find((s) => withinSection(s, { file, line }));
}
