import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { Problem } from '../model/types.js';
import { configExamples, configSchema, type Config } from './schema.js';

export const CONFIG_FILE = 'cmalt.yml';

export interface LoadedConfig {
  /** The validated config, or undefined when the file exists but is wrong. */
  config?: Config;
  /** Set when a cmalt.yml was read. */
  file?: string;
  problems: Problem[];
}

/**
 * Reads `cmalt.yml` in stages: YAML syntax, then the schema, each mistake located at the line
 * of its key with an example of the right form. Never throws for bad content.
 */
export async function loadConfig(root: string): Promise<LoadedConfig> {
  const full = path.join(root, CONFIG_FILE);
  let source: string;
  try {
    source = await readFile(full, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { problems: [] };
    return {
      file: CONFIG_FILE,
      problems: [
        configProblem(
          1,
          1,
          `cannot read ${CONFIG_FILE}: ${(error as Error).message}`,
          'Check the file permissions.',
        ),
      ],
    };
  }
  return parseConfig(source.replace(/^\uFEFF/, ''));
}

export function parseConfig(source: string): LoadedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const pos = lineCounter.linePos(syntax.pos[0]);
    const message =
      syntax.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'invalid YAML';
    return {
      file: CONFIG_FILE,
      problems: [
        configProblem(
          pos.line,
          pos.col,
          `${CONFIG_FILE} is not valid YAML: ${message}`,
          'Use `key: value` lines indented with spaces, not tabs; each key once.',
        ),
      ],
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return {
      file: CONFIG_FILE,
      problems: [
        configProblem(
          1,
          1,
          `${CONFIG_FILE} could not be read: ${(error as Error).message}`,
          'Write plain values without YAML anchors or tags.',
        ),
      ],
    };
  }
  const result = configSchema.safeParse(data ?? {});
  if (result.success) return { config: result.data, file: CONFIG_FILE, problems: [] };
  return {
    file: CONFIG_FILE,
    problems: result.error.issues.map((issue) => issueProblem(issue, doc, lineCounter)),
  };
}

function issueProblem(issue: z.core.$ZodIssue, doc: Document, lineCounter: LineCounter): Problem {
  const keyPath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const { line, column } = locate(
    doc,
    lineCounter,
    keyPath,
    issue.code === 'unrecognized_keys' ? issue.keys : [],
  );
  const top = String(keyPath[0] ?? '');
  const where = keyPath.length ? `\`${keyPath.join('.')}\`` : 'the file';
  let message = `${where}: ${issue.message}`;
  let hint: string | undefined;
  if (issue.code === 'unrecognized_keys') {
    message = `${CONFIG_FILE} has a key cmalt does not know: ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
    hint = `Known keys are ${Object.keys(configExamples).join(', ')}. Check the spelling.`;
  } else if (issue.code === 'invalid_type' && issue.input === undefined) {
    message = `${CONFIG_FILE} is missing \`${keyPath.join('.')}\``;
  }
  const example = configExamples[top];
  if (!hint && example) hint = `Write it like this:\n${example}`;
  return { ...configProblem(line, column, message, hint) };
}

function locate(
  doc: Document,
  lineCounter: LineCounter,
  keyPath: (string | number)[],
  unknownKeys: string[],
) {
  const fallback = { line: 1, column: 1 };
  const target = unknownKeys.length ? [...keyPath, unknownKeys[0] as string] : keyPath;
  for (let n = target.length; n > 0; n--) {
    const parentPath = target.slice(0, n - 1);
    const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
    if (isMap(parent)) {
      const pair = parent.items.find(
        (item) => isScalar(item.key) && item.key.value === target[n - 1],
      );
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) {
        const pos = lineCounter.linePos(range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    const node = doc.getIn(target.slice(0, n), true) as
      { range?: [number, number, number] } | undefined;
    if (node?.range) {
      const pos = lineCounter.linePos(node.range[0]);
      return { line: pos.line, column: pos.col };
    }
  }
  return fallback;
}

function configProblem(line: number, column: number, message: string, hint?: string): Problem {
  return {
    ruleId: 'config',
    severity: 'error',
    fatal: true,
    file: CONFIG_FILE,
    line,
    column,
    message,
    hint,
  };
}
