import { z } from 'zod';

export const partKindSchema = z.enum([
  'description',
  'reflection',
  'evidence',
  'references',
  'summary',
]);

const wordRangeSchema = z.object({
  min: z.number().int().nonnegative(),
  max: z.number().int().positive(),
});
const countSchema = z.object({
  min: z.number().int().nonnegative(),
  max: z.number().int().nonnegative().optional(),
});

export const sectionDefSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** Phrases that identify the section in a heading without a code, lower case, no punctuation. */
  aliases: z.array(z.string().min(1)).default([]),
  area: z.number().int().min(1).max(4).optional(),
  assessed: z.boolean(),
  parts: z.array(partKindSchema),
  words: wordRangeSchema.optional(),
  repeatable: z.boolean().default(false),
  legacy: z.boolean().default(false),
  review: z.boolean().default(false),
});

const coverageSchema = z.object({
  laws: z.number().int().positive().optional(),
  policies: z.number().int().positive().optional(),
  lawsOrPolicies: z.number().int().positive().optional(),
});

export const pathwayIdSchema = z.enum(['associate', 'cmalt', 'senior']);

export const pathwayDefSchema = z.object({
  id: pathwayIdSchema,
  title: z.string(),
  summary: z.string(),
  sections: z.array(z.string()).min(1),
  specialist: countSchema,
  advanced: countSchema,
  coverage: z.record(z.string(), coverageSchema),
  examples: z.record(z.string(), z.number().int().positive()).default({}),
});

export const outlineFileSchema = z.object({
  sections: z.array(sectionDefSchema).min(1),
});

export const pathwaysFileSchema = z.object({
  pathways: z.array(pathwayDefSchema).length(3),
  legacy: z.object({
    replaces: z.record(z.string(), z.string()),
    oneOf: z.array(z.array(z.string()).min(2)),
  }),
  review: z.object({ sections: z.array(z.string()).min(1), cpd: countSchema }),
});

export const areasFileSchema = z.object({
  specialist: z.object({ cmalt: z.array(z.string()).min(1), senior: z.array(z.string()).min(1) }),
});

export const partsFileSchema = z.object({
  parts: z.record(partKindSchema, z.array(z.string().min(1)).min(1)),
});

export type PartKind = z.infer<typeof partKindSchema>;
export type SectionDef = z.infer<typeof sectionDefSchema>;
export type PathwayId = z.infer<typeof pathwayIdSchema>;
export type PathwayDef = z.infer<typeof pathwayDefSchema>;
export type Coverage = z.infer<typeof coverageSchema>;
