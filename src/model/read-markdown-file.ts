import { readFile } from 'node:fs/promises';
import type { Root } from 'mdast';
import { extractFile, type FileContents } from './extract-file.js';
import type { ListedFile } from './list-files.js';
import { MAX_NESTING, tooDeep, treeDepth } from './nesting-depth.js';
import { parseMarkdown } from './parse-markdown.js';
import { readSource } from './read-source.js';
import type { Problem, SourceFile } from './types.js';

/** Bigger than any portfolio page: a 90 KB single-file portfolio is large. */
export const MAX_MARKDOWN_BYTES = 5 * 1024 * 1024;

/** Deeper than any real page: emphasis in a link in a list in a quote is about ten. */
const MAX_TREE_DEPTH = 400;

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
  // Windows Notepad's "Unicode" is UTF-16: its text is full of zero bytes, so it is named
  // before the binary test below would call it binary and give the wrong advice.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return {
      problems: [
        fileProblem(
          file,
          'is saved as UTF-16 ("Unicode" in some editors), so cmalt cannot read it',
          'Open it in your editor and save it with the encoding "UTF-8".',
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
  const deep = tooDeep(source.body);
  if (deep) {
    return {
      problems: [
        ...problems,
        fileProblem(
          file,
          `nests lists or quotes ${deep.depth} levels deep at this line, more than the ${MAX_NESTING} cmalt can read, so cmalt skipped the file`,
          'Indent nested lists less, or remove the extra `>` marks, so the nesting matches what you mean.',
          deep.line,
        ),
      ],
    };
  }
  let tree: Root;
  let contents: FileContents;
  try {
    tree = parseMarkdown(source.body);
    // The site renderer recurses and copies trees too; a page any deeper cannot be built.
    const depth = treeDepth(tree);
    if (depth > MAX_TREE_DEPTH) throw new RangeError(`markup nested ${depth} deep`);
    contents = extractFile(file, tree, source.body);
  } catch (error) {
    // Hardening: the parser and the tree walkers recurse, so markup nested thousands deep
    // (emphasis, inline HTML tags) overflows the stack. That is a file problem, not a crash.
    if (!(error instanceof RangeError)) throw error;
    return {
      problems: [
        ...problems,
        fileProblem(
          file,
          'nests its markup (emphasis, links or HTML tags) too deeply for cmalt to read, so cmalt skipped the file',
          'Look for a run of unclosed `*`, `_`, `[` or HTML tags, and close or remove them.',
        ),
      ],
    };
  }
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
