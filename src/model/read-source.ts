import matter from 'gray-matter';
import { parseDocument, LineCounter } from 'yaml';

export interface SourceText {
  /** The text with BOM removed. */
  text: string;
  /** The text Markdown is parsed from: front matter and Liquid tags blanked out, positions unchanged. */
  body: string;
  data: Record<string, unknown>;
  frontMatterLines: number;
  /** A front matter problem, with the 1-based line in the file. */
  frontMatterError?: { line: number; column: number; message: string };
}

const LIQUID = /\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g;
const LIQUID_URL = /^\{\{\s*["']([^"']+)["']\s*\|\s*(?:relative_url|absolute_url)\s*\}\}$/;
const LIQUID_LINK = /^\{%\s*link\s+(\S+)\s*%\}$/;
const LIQUID_POST = /^\{%\s*post_url\s+(\S+)\s*%\}$/;

/**
 * Jekyll's link tags become the path they stand for, so evidence linked through them is still
 * checked; every other Liquid tag is blanked. Either way the text keeps its length and lines.
 */
function liquidTarget(tag: string): string {
  const url = LIQUID_URL.exec(tag)?.[1] ?? LIQUID_LINK.exec(tag)?.[1];
  const post = LIQUID_POST.exec(tag)?.[1];
  const target = url ?? (post ? `/_posts/${post}.md` : undefined);
  if (!target || target.length > tag.length || /\s/.test(target)) return blank(tag);
  return target + blank(tag.slice(target.length));
}

/** Replace every character but line breaks with spaces, so lines and columns stay where they were. */
export function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

class FrontMatterError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/**
 * YAML through the `yaml` package: YAML 1.2 core schema, so tags such as `!!js/function`
 * are data errors, never code; duplicate keys and alias bombs are refused with a position.
 */
function parseYaml(source: string): object {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.replace(/\r\n?/g, '\n'), { lineCounter, uniqueKeys: true });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const pos = lineCounter.linePos(problem.pos[0]);
    throw new FrontMatterError(firstLine(problem.message), pos.line, pos.col);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    throw new FrontMatterError(firstLine((error as Error).message), 1, 1);
  }
  if (value == null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new FrontMatterError('front matter must be `key: value` lines', 1, 1);
  }
  return value;
}

export function readSource(raw: string): SourceText {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let data: Record<string, unknown> = {};
  let frontMatterError: SourceText['frontMatterError'];
  let content = text;
  try {
    const file = matter(text, { engines: { yaml: parseYaml } });
    content = file.content;
    data = file.data as Record<string, unknown>;
  } catch (error) {
    const at =
      error instanceof FrontMatterError
        ? error
        : new FrontMatterError(firstLine(String(error)), 1, 1);
    // gray-matter hands the YAML over with the newline after `---`, so its lines are the file's lines.
    frontMatterError = { line: Math.max(at.line, 1), column: at.column, message: at.message };
    content = text.slice(closingDelimiterEnd(text));
  }
  const prefix = text.endsWith(content) ? text.slice(0, text.length - content.length) : '';
  const frontMatterLines = prefix ? prefix.split(/\r\n|\r|\n/).length - 1 : 0;
  const body = (blank(prefix) + text.slice(prefix.length)).replace(LIQUID, liquidTarget);
  return { text, body, data, frontMatterLines, frontMatterError };
}

/** Where front matter that failed to parse ends, so the rest of the file is still read. */
function closingDelimiterEnd(text: string): number {
  if (!text.startsWith('---')) return 0;
  const close = /\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(3));
  return close ? 3 + close.index + close[0].length : 0;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
