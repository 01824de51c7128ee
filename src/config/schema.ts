import { z } from 'zod';
import { pathwayIdSchema } from '../outline/schema.js';

export const severitySchema = z.enum(['error', 'warning', 'info']);
export const severitySettingSchema = z.enum(['off', 'error', 'warning', 'info']);

/** A rule is set either by a severity word or by an object with a severity and the rule's options. */
export const ruleSettingSchema = z.union([
  severitySettingSchema,
  z.looseObject({ severity: severitySettingSchema.optional() }),
]);

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use the form YYYY-MM-DD, for example 2026-03-14'));

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    candidate: z.string().trim().min(1, 'write your name as it should appear on the portfolio'),
    pathway: pathwayIdSchema,
    registered: isoDate.optional(),
    guidelines: z.enum(['2019', '2016']).default('2019'),
    specialist: z.array(z.string().trim().min(1)).default([]),
    advanced: z.array(z.string().trim().min(1)).default([]),
    assessor: z
      .object({
        name: z.string().trim().min(1),
        email: z.email().optional(),
        relationship: z.string().optional(),
      })
      .optional(),
    review: z.boolean().default(false),
    /** Explicit mapping for portfolios whose headings cmalt cannot recognise: file or heading text to section id. */
    map: z.record(z.string(), z.string()).default({}),
    /** Folders or globs that are not part of the portfolio (theme files, drafts). */
    ignore: z.array(z.string()).default([]),
    rules: z.record(z.string(), ruleSettingSchema).default({}),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type Severity = z.infer<typeof severitySchema>;
export type RuleSetting = z.infer<typeof ruleSettingSchema>;

/** Examples shown beside a config mistake, so the message says what to write instead. */
export const configExamples: Record<string, string> = {
  candidate: 'candidate: Lin Okafor',
  pathway: 'pathway: cmalt   # one of associate, cmalt, senior',
  registered: 'registered: 2026-03-14',
  guidelines: "guidelines: '2019'   # or '2016' for a portfolio written to the older guidelines",
  specialist: 'specialist:\n  - Accessibility',
  advanced: 'advanced:\n  - Leadership and learning technology',
  assessor: 'assessor:\n  name: Dr Sam Patel\n  email: sam.patel@example.ac.uk',
  review: 'review: true',
  map: "map:\n  docs/area-one.md: 1a\n  'Working with colleagues': 4a",
  ignore: 'ignore:\n  - _drafts/**',
  rules: 'rules:\n  reflection-share: { severity: warning, min: 0.3 }\n  word-count: off',
};
