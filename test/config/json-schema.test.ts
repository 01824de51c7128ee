import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/config/json-schema.js';

describe('published JSON Schema for cmalt.yml', () => {
  it('is the one generated from the zod schema (run `npm run schema` after changing it)', () => {
    const published = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../templates/cmalt.schema.json'), 'utf8'),
    );
    expect(published).toEqual(configJsonSchema());
  });

  it('lets editors complete the pathway and reject unknown keys', () => {
    const schema = configJsonSchema() as {
      properties: Record<string, { enum?: string[] }>;
      additionalProperties: boolean;
      required: string[];
    };
    expect(schema.properties.pathway?.enum).toEqual(['associate', 'cmalt', 'senior']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['candidate', 'pathway']));
  });
});
