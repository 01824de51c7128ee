import matter from 'gray-matter';
import { blank, LIQUID, replaceDelimited } from './delimited-spans.js';
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';

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
  // Hardening: the yaml package's own `uniqueKeys` compares each key with every earlier one,
  // so 60,000 keys (3 MB, under the size limit) took minutes; duplicateKey does it in one pass.
  const doc = parseDocument(source.replace(/\r\n?/g, '\n'), { lineCounter, uniqueKeys: false });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const pos = lineCounter.linePos(problem.pos[0]);
    throw new FrontMatterError(firstLine(problem.message), pos.line, pos.col);
  }
  const duplicate = duplicateKey(doc);
  if (duplicate !== undefined) {
    const pos = lineCounter.linePos(duplicate);
    throw new FrontMatterError('Map keys must be unique', pos.line, pos.col);
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

/** Where the first repeated key of any map starts (keys compared by value, as YAML does), or undefined. */
function duplicateKey(doc: Document): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) {
          found = pair.key.range?.[0] ?? 0;
          return visit.BREAK;
        }
        seen.add(pair.key.value);
      }
    },
  });
  return found;
}

/**
 * Hardening: gray-matter takes the word after the opening `---` as the front matter's language
 * and `---js` runs the block through `eval`, so checking someone else's portfolio ran their
 * code; `---toString` made the data a string. Only YAML is read: any other word is an error,
 * and gray-matter's own engines are replaced so none of them can run.
 */
const FRONT_MATTER_LANGUAGE = /^---(?!-)([^\r\n]*)/;
const YAML_NAMES = new Set(['', 'yaml', 'yml']);
function refuseEngine(): never {
  throw new FrontMatterError('cmalt reads only YAML front matter', 1, 1);
}
const ENGINES = {
  yaml: parseYaml,
  javascript: refuseEngine,
  coffee: refuseEngine,
  json: refuseEngine,
  toml: refuseEngine,
};

export function readSource(raw: string): SourceText {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let data: Record<string, unknown> = {};
  let frontMatterError: SourceText['frontMatterError'];
  let content = text;
  try {
    const language = FRONT_MATTER_LANGUAGE.exec(text)?.[1]?.trim();
    if (language !== undefined && !YAML_NAMES.has(language.toLowerCase()))
      throw new FrontMatterError(
        `it starts with \`---${language.slice(0, 30)}\`, and cmalt reads only YAML front matter (opened by a line of just \`---\`)`,
        1,
        1,
      );
    const file = matter(text, { engines: ENGINES });
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
  const body = replaceDelimited(blank(prefix) + text.slice(prefix.length), LIQUID, liquidTarget);
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
