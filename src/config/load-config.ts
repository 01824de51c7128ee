import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isUtf8 } from 'node:buffer';
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
  let bytes: Buffer;
  try {
    bytes = await readFile(full);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { problems: [] };
    return failed(
      1,
      1,
      `cannot read ${CONFIG_FILE}: ${(error as Error).message}`,
      'Check the file permissions.',
    );
  }
  const unreadable = encodingProblem(bytes);
  if (unreadable) return { file: CONFIG_FILE, problems: [unreadable] };
  return parseConfig(bytes.toString('utf8').replace(/^\uFEFF/, ''));
}

/** A cmalt.yml that could not be read at all: one problem, no config. */
function failed(line: number, column: number, message: string, hint: string): LoadedConfig {
  return { file: CONFIG_FILE, problems: [configProblem(line, column, message, hint)] };
}

const MAX_CONFIG_BYTES = 256 * 1024;

/** A cmalt.yml cmalt cannot read as text: too large, UTF-16, binary or not UTF-8. */
function encodingProblem(bytes: Buffer): Problem | undefined {
  const problem = (message: string, hint: string) => configProblem(1, 1, message, hint);
  if (bytes.length > MAX_CONFIG_BYTES)
    return problem(
      `${CONFIG_FILE} is ${Math.round(bytes.length / 1024)} KB, too large for a settings file`,
      `A cmalt.yml holds a few settings (under ${MAX_CONFIG_BYTES / 1024} KB). Check that the right file is called cmalt.yml.`,
    );
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16 || bytes.includes(0))
    return problem(
      `${CONFIG_FILE} is ${utf16 ? 'saved as UTF-16' : 'not a text file'}`,
      'Save it as UTF-8 text (in most editors: Save As, Encoding: UTF-8).',
    );
  if (!isUtf8(bytes))
    return problem(
      `${CONFIG_FILE} is not saved as UTF-8`,
      'Save it as UTF-8 text (in most editors: Save As, Encoding: UTF-8).',
    );
  return undefined;
}

export function parseConfig(source: string): LoadedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const pos = lineCounter.linePos(syntax.pos[0]);
    const message =
      syntax.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'invalid YAML';
    return failed(
      pos.line,
      pos.col,
      `${CONFIG_FILE} is not valid YAML: ${message}`,
      'Use `key: value` lines indented with spaces, not tabs; each key once.',
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    return failed(
      1,
      1,
      `${CONFIG_FILE} could not be read: ${(error as Error).message}`,
      'Write plain values without YAML anchors or tags.',
    );
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    const pos = lineCounter.linePos((doc.contents?.range ?? [0])[0]);
    return failed(
      pos.line,
      pos.col,
      `${CONFIG_FILE} must be settings written as \`key: value\` lines, not ${Array.isArray(data) ? 'a list' : 'a single value'}`,
      `Write it like this:\n${configExamples.candidate}\n${configExamples.pathway}`,
    );
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
  } else if (issue.code === 'invalid_type' && !doc.hasIn(keyPath)) {
    message = `${CONFIG_FILE} is missing \`${keyPath.join('.')}\``;
  } else if (issue.code === 'invalid_type') {
    const value: unknown = doc.getIn(keyPath);
    message = `${where} should be ${KINDS[issue.expected] ?? issue.expected}, not ${kindOf(value)}`;
  }
  const example = configExamples[top];
  if (!hint && example) hint = `Write it like this:\n${example}`;
  return { ...configProblem(line, column, message, hint) };
}

/** Schema types as the user would name them. */
const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'indented `key: value` lines',
  date: 'a date',
};

function kindOf(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'indented `key: value` lines';
  return KINDS[typeof value] ?? typeof value;
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
