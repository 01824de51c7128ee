import { z } from 'zod';
import { configSchema } from './schema.js';

/** The JSON Schema editors use to complete cmalt.yml, generated from the same zod schema that validates it. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: 'https://unpkg.com/cmalt/templates/cmalt.schema.json',
    title: 'cmalt.yml',
    description: 'Settings of a CMALT portfolio checked and built by cmalt.',
  };
}
