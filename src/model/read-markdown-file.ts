import { readFile } from 'node:fs/promises';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { extractFile, type FileContents } from './extract-file.js';
import type { ListedFile } from './list-files.js';
import { readSource } from './read-source.js';
import type { Problem, SourceFile } from './types.js';

/** Bigger than any portfolio page: a 90 KB single-file portfolio is large. */
export const MAX_MARKDOWN_BYTES = 5 * 1024 * 1024;

const parser = unified().use(remarkParse).use(remarkGfm);
const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface ReadMarkdown {
  source?: SourceFile;
  contents?: FileContents;
  problems: Problem[];
}

function fileProblem(file: string, message: string, hint: string, line = 1, column = 1): Problem {
  return { ruleId: 'file-unreadable', severity: 'error', file, line, column, message, hint };
}

/** Reads, decodes and parses one Markdown file; a bad file becomes a problem, never an exception. */
export async function readMarkdownFile(listed: ListedFile): Promise<ReadMarkdown> {
  const { path: file } = listed;
  if (listed.size > MAX_MARKDOWN_BYTES) {
    const mb = (listed.size / 1024 / 1024).toFixed(1);
    return {
      problems: [
        fileProblem(
          file,
          `is ${mb} MB, too large to be a portfolio page, so cmalt skipped it`,
          'Split it into one file per section, or move it out of the portfolio folder if it is not part of it.',
        ),
      ],
    };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(listed.absolutePath);
  } catch (error) {
    return {
      problems: [
        fileProblem(
          file,
          `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
          'Check that the file exists and that you may read it.',
        ),
      ],
    };
  }
  if (bytes.includes(0)) {
    return {
      problems: [
        fileProblem(
          file,
          'is not a text file (it contains binary data) although its name ends in .md',
          'Rename it, or save it again as plain text from your editor.',
        ),
      ],
    };
  }
  let raw: string;
  try {
    raw = utf8.decode(bytes);
  } catch {
    return {
      problems: [
        fileProblem(
          file,
          'is not saved as UTF-8 text, so its characters cannot be read reliably',
          'Open it in your editor and save it with the encoding "UTF-8".',
        ),
      ],
    };
  }
  const source = readSource(raw);
  const problems: Problem[] = [];
  if (source.frontMatterError) {
    const { line, column, message } = source.frontMatterError;
    problems.push({
      ruleId: 'front-matter',
      severity: 'error',
      file,
      line,
      column,
      message: `the front matter (the block between the --- lines) is not valid YAML: ${message}`,
      hint: 'Write one `key: value` per line, indent with spaces, and use each key once, e.g. `section: 1a`.',
    });
  }
  const tree = parser.parse(source.body);
  const contents = extractFile(file, tree, source.body);
  return {
    source: {
      path: file,
      absolutePath: listed.absolutePath,
      data: source.data,
      frontMatterLines: source.frontMatterLines,
      text: source.text,
      tree,
      headings: contents.headings,
      anchors: contents.anchors,
      comments: contents.comments,
      paragraphs: contents.paragraphs,
      links: contents.links,
    },
    contents,
    problems,
  };
}
