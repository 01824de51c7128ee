// Regenerates templates/cmalt.schema.json from the zod schema: `npm run schema`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { configJsonSchema } from '../../src/config/json-schema.js';

const target = path.resolve(import.meta.dirname, '..', '..', 'templates', 'cmalt.schema.json');
writeFileSync(target, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), target)}`);
