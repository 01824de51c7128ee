import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const SCHEMA_ID = '"$id": "https://json.schemastore.org/github-workflow.json"';

/**
 * SchemaStore's JSON Schema for GitHub workflows (draft-07), as the npm package
 * `@action-validator/core` ships it: the schema's text sits verbatim in the package's
 * WebAssembly file, beside the schema for actions. No npm package ships it as a JSON file of its
 * own, and the tests reach no network, so it is read from there: the object whose `$id` names it.
 */
export function githubWorkflowSchema(): Record<string, unknown> {
  const require = createRequire(import.meta.url);
  const main = require.resolve('@action-validator/core');
  const text = readFileSync(path.join(path.dirname(main), 'action_validator_bg.wasm'), 'utf8');
  const id = text.indexOf(SCHEMA_ID);
  if (id < 0) throw new Error('@action-validator/core no longer holds the workflow schema');
  const start = text.lastIndexOf('\n{\n', id) + 1;
  return JSON.parse(text.slice(start, endOfObject(text, start))) as Record<string, unknown>;
}

/** The index just past the JSON object that opens at `start`, minding strings and escapes. */
function endOfObject(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  throw new Error('the workflow schema in @action-validator/core is cut short');
}
