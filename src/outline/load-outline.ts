import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { templatesDir } from '../util/paths.js';
import {
  areasFileSchema,
  outlineFileSchema,
  partsFileSchema,
  pathwaysFileSchema,
  type PartKind,
  type PathwayDef,
  type PathwayId,
  type SectionDef,
} from './schema.js';

/** The CMALT scheme as data: sections, pathways, indicative areas and part vocabulary. */
export interface Outline {
  sections: SectionDef[];
  pathways: PathwayDef[];
  legacy: z.infer<typeof pathwaysFileSchema>['legacy'];
  review: z.infer<typeof pathwaysFileSchema>['review'];
  specialistAreas: Record<'cmalt' | 'senior', string[]>;
  partWords: Record<PartKind, string[]>;
}

function readData<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const full = path.join(templatesDir, 'outline', file);
  const result = schema.safeParse(parse(readFileSync(full, 'utf8')));
  if (!result.success) {
    // The outline ships with the package: a failure here is a bug in cmalt, not in the portfolio.
    throw new Error(`templates/outline/${file} is invalid: ${result.error.message}`);
  }
  return result.data;
}

let cached: Outline | undefined;

export function loadOutline(): Outline {
  if (cached) return cached;
  const { sections } = readData('sections.yml', outlineFileSchema);
  const { pathways, legacy, review } = readData('pathways.yml', pathwaysFileSchema);
  const areas = readData('areas.yml', areasFileSchema);
  const parts = readData('parts.yml', partsFileSchema);
  const ids = new Set(sections.map((s) => s.id));
  for (const p of pathways) {
    for (const id of p.sections) {
      if (!ids.has(id))
        throw new Error(
          `templates/outline/pathways.yml: pathway ${p.id} names unknown section ${id}`,
        );
    }
  }
  cached = {
    sections,
    pathways,
    legacy,
    review,
    specialistAreas: areas.specialist,
    partWords: parts.parts as Record<PartKind, string[]>,
  };
  return cached;
}

export function pathwayById(outline: Outline, id: PathwayId): PathwayDef {
  const found = outline.pathways.find((p) => p.id === id);
  if (!found) throw new Error(`unknown pathway ${id}`);
  return found;
}

export function sectionDef(outline: Outline, id: string): SectionDef | undefined {
  const base = id.replace(/-\d+$/, '');
  return (
    outline.sections.find((s) => s.id === id) ??
    outline.sections.find((s) => s.repeatable && s.id === base)
  );
}
