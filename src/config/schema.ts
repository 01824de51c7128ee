import { z } from 'zod';
import { pathwayIdSchema } from '../outline/schema.js';

export const severitySchema = z.enum(['error', 'warning', 'info']);
export const severitySettingSchema = z.enum(['off', 'error', 'warning', 'info']);

/** A rule is set either by a severity word or by an object with a severity and the rule's options. */
export const ruleSettingSchema = z.union([
  severitySettingSchema,
  z.looseObject({ severity: severitySettingSchema.optional() }),
]);

/** A date as YYYY-MM-DD; YAML may hand over a Date, which is turned back into that form. */
const isoDate = (example: string) =>
  z
    .union([z.string(), z.date()])
    // On the input side, so the JSON Schema editors read carries the example.
    .meta({ examples: [example] })
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
    .pipe(
      z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use the form YYYY-MM-DD, for example 2026-03-14'),
    );

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    candidate: z
      .string()
      .trim()
      .min(1, 'write your name as it should appear on the portfolio')
      .describe('Your name as it should appear on the portfolio'),
    pathway: pathwayIdSchema.describe('The pathway you registered for: associate, cmalt or senior'),
    registered: isoDate('2026-03-14')
      .optional()
      .describe(
        'The date you registered for CMALT, YYYY-MM-DD: registration lasts 2 years, and ALT suggests submitting within 3 to 6 months',
      ),
    awarded: isoDate('2026-09-30')
      .optional()
      .describe(
        'The date your CMALT was awarded, YYYY-MM-DD: the certificate lasts 3 years, then the portfolio review is due',
      ),
    guidelines: z
      .enum(['2019', '2016'])
      .default('2019')
      .describe(
        "'2016' for a portfolio written to the older guidelines (core area 3 as one section, 4a or 4b)",
      ),
    specialist: z
      .array(z.string().trim().min(1))
      .default([])
      .describe('Titles of your specialist areas, in order'),
    advanced: z
      .array(z.string().trim().min(1))
      .default([])
      .describe('Titles of your advanced areas (Senior CMALT)'),
    assessor: z
      .object({
        name: z.string().trim().min(1),
        email: z.email().optional(),
        relationship: z.string().optional(),
      })
      .optional()
      .describe(
        'Your nominated assessor (optional): not your line manager, not a co-author of your evidence',
      ),
    review: z
      .boolean()
      .default(false)
      .describe('true when the portfolio holds the 3-yearly review'),
    /** Explicit mapping for portfolios whose headings cmalt cannot recognise: file or heading text to section id. */
    map: z.record(z.string(), z.string()).default({}),
    /** Folders or globs that are not part of the portfolio (theme files, drafts). */
    ignore: z.array(z.string()).default([]),
    rules: z
      .record(z.string(), ruleSettingSchema)
      .default({})
      .describe(
        'Severity (off, info, warning, error) or options per rule id; `cmalt rules` lists them',
      ),
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
  awarded: 'awarded: 2026-09-30',
  guidelines: "guidelines: '2019'   # or '2016' for a portfolio written to the older guidelines",
  specialist: 'specialist:\n  - Accessibility',
  advanced: 'advanced:\n  - Leadership and learning technology',
  assessor: 'assessor:\n  name: Dr Sam Patel\n  email: sam.patel@example.ac.uk',
  review: 'review: true',
  map: "map:\n  docs/area-one.md: 1a\n  'Working with colleagues': 4a",
  ignore: 'ignore:\n  - _drafts/**',
  rules: 'rules:\n  reflection-share: { severity: warning, min: 0.3 }\n  word-count: off',
};
