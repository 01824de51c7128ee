import type { Element, Nodes as HastNodes, Parents, Root as HastRoot } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import { toText } from 'hast-util-to-text';
import type { Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import rehypeParse from 'rehype-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { treeDepth } from '../model/nesting-depth.js';
import { excerpt, htmlWords } from './count-words.js';
import { PARAGRAPH_MARK, type ImportNotice } from './html-source.js';
import { ImportError } from './import-error.js';
import { droppedAs } from './landmarks.js';
import type { DroppedText, IntermediatePage } from './types.js';

/** Deeper than any real page; the converters recurse, so deeper markup is refused, not crashed on. */
const MAX_HTML_DEPTH = 300;
const BOLD = /font-weight\s*:\s*(?:bold|[6-9]00)/i;

const parser = unified().use(rehypeParse);
const stringifier = unified()
  .use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-', fences: true })
  .data('toMarkdownExtensions', [gfmToMarkdown()]);

export interface PageLinks {
  /** Returns the address a link or image should have in the portfolio, or undefined to keep it. */
  rewrite(url: string, kind: 'link' | 'image', where: string): string | undefined;
}

/**
 * One HTML page into Markdown the portfolio model can segment. Page furniture is removed and
 * listed with its words; every block of what is kept remembers the source line it came from.
 */
export function htmlToPage(
  file: string,
  html: string,
  links: PageLinks,
  notices: ImportNotice[] = [],
): IntermediatePage {
  let tree: HastRoot;
  try {
    tree = parser.parse(html) as HastRoot;
  } catch (error) {
    // The HTML parser builds its tree recursively: markup thousands deep overflows the stack.
    if (!(error instanceof RangeError)) throw error;
    throw new ImportError(
      `${file} nests its HTML ${MAX_HTML_DEPTH}+ elements deep, more than cmalt can read`,
      'This is not a page a browser or an editor would save. Save the page again from the browser (File > Save as), or copy its text into a new page.',
    );
  }
  const depth = treeDepth(tree);
  if (depth > MAX_HTML_DEPTH)
    throw new ImportError(
      `${file} nests its HTML ${depth} elements deep, more than the ${MAX_HTML_DEPTH} cmalt can read`,
      'This is not a page a browser or an editor would save. Save the page again from the browser (File > Save as), or copy its text into a new page.',
    );
  const title = findTitle(tree);
  const body = findElement(tree, 'body') ?? tree;
  const wordsRead = htmlWords(body);
  const paragraphs = paragraphMarks(body);
  /** `page.html:42`, or `document.docx, paragraph 37` for a converted document. */
  const locate = (start?: { line: number; offset?: number }, end?: { offset?: number }) => {
    if (!start) return undefined;
    if (!paragraphs.length) return `:${start.line}`;
    const at = paragraphAt(paragraphs, start.offset ?? 0, end?.offset ?? start.offset ?? 0);
    return at ? `, paragraph ${at}` : undefined;
  };
  const where = (node: HastNodes) =>
    `${file}${locate(node.position?.start, node.position?.end) ?? ''}`;

  const dropped: DroppedText[] = [];
  const anchors = new Map<string, string | undefined>();
  let lastHeading: string | undefined;
  const removals: [Parents, Element][] = [];
  visitParents(body, 'element', (node: Element, ancestors: Parents[]) => {
    if (node.tagName === 'a' && String(node.properties.id ?? '').startsWith(PARAGRAPH_MARK)) {
      const parent = ancestors[ancestors.length - 1];
      if (parent) removals.push([parent, node]);
      return SKIP;
    }
    const what = droppedAs(node, ancestors);
    if (what) {
      const text = toText(node);
      // Scripts, styles and hidden elements are not visible text, so no words were read from them.
      const invisible = ['script', 'style', 'hidden'].includes(what);
      dropped.push({
        file,
        what,
        where: where(node),
        words: invisible ? 0 : htmlWords(node),
        excerpt: excerpt(text),
      });
      const parent = ancestors[ancestors.length - 1];
      if (parent) removals.push([parent, node]);
      return SKIP;
    }
    if (/^h[1-6]$/.test(node.tagName)) lastHeading = toText(node).replace(/\s+/g, ' ').trim();
    // `<section id="1a"><h2>1a …</h2>`: the anchor names the heading it opens with.
    if (typeof node.properties.id === 'string')
      anchors.set(node.properties.id, firstHeading(node) ?? lastHeading);
    if (typeof node.properties.name === 'string' && node.tagName === 'a')
      anchors.set(node.properties.name, lastHeading);
    // Google Sites and pasted Word text mark bold with a style: make it bold the model can see.
    if (
      node.tagName === 'span' &&
      typeof node.properties.style === 'string' &&
      BOLD.test(node.properties.style)
    )
      node.tagName = 'strong';
    const url =
      node.tagName === 'a'
        ? node.properties.href
        : node.tagName === 'img'
          ? node.properties.src
          : undefined;
    if (typeof url === 'string') {
      const kind = node.tagName === 'img' ? 'image' : 'link';
      const next = links.rewrite(url, kind, where(node));
      if (next !== undefined) node.properties[kind === 'image' ? 'src' : 'href'] = next;
    }
    return undefined;
  });
  for (const [parent, node] of removals) {
    const index = parent.children.indexOf(node);
    if (index >= 0) parent.children.splice(index, 1);
  }

  let mdast: Root;
  try {
    mdast = toMdast(body.type === 'root' ? body : { type: 'root', children: [body] }) as Root;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new ImportError(
      `${file} nests its HTML too deeply for cmalt to read`,
      'Save the page again from the browser, or copy its text into a new page.',
    );
  }
  const { markdown, lines } = toMarkdownBlocks(mdast.children, locate);
  return {
    file,
    markdown,
    origin: (line) => `${file}${lines[line - 1] ?? ''}`,
    title,
    wordsRead,
    dropped,
    notices,
    anchors,
  };
}

/**
 * Each top-level block is written on its own, so the source line of every block is known: the
 * import report and unplaced.md can then say where a piece of text came from.
 */
function toMarkdownBlocks(
  blocks: RootContent[],
  locate: (
    start?: { line: number; offset?: number },
    end?: { offset?: number },
  ) => string | undefined,
): {
  markdown: string;
  lines: (string | undefined)[];
} {
  const parts: string[] = [];
  const lines: (string | undefined)[] = [];
  for (const block of blocks) {
    const text = stringifier.stringify({ type: 'root', children: [block] }).trim();
    if (!text) continue;
    if (parts.length) {
      parts.push('');
      lines.push(undefined);
    }
    const source = locate(block.position?.start, block.position?.end);
    for (const line of text.split('\n')) {
      parts.push(line);
      lines.push(source);
    }
  }
  return { markdown: parts.join('\n') + '\n', lines };
}

function findElement(tree: HastRoot, tag: string): Element | undefined {
  let found: Element | undefined;
  visitParents(tree, 'element', (node: Element) => {
    if (found) return SKIP;
    if (node.tagName === tag) {
      found = node;
      return SKIP;
    }
    return undefined;
  });
  return found;
}

/** Offsets of the paragraph marks of a converted document, with their numbers, in order. */
function paragraphMarks(body: Parents): { offset: number; number: number }[] {
  const marks: { offset: number; number: number }[] = [];
  visitParents(body, 'element', (node: Element) => {
    const id = String(node.properties.id ?? '');
    if (node.tagName !== 'a' || !id.startsWith(PARAGRAPH_MARK)) return undefined;
    const number = Number(id.slice(PARAGRAPH_MARK.length));
    if (node.position?.start.offset !== undefined && Number.isInteger(number))
      marks.push({ offset: node.position.start.offset, number });
    return SKIP;
  });
  return marks;
}

/** The first paragraph that starts inside a block, or else the one the block sits in. */
function paragraphAt(
  marks: { offset: number; number: number }[],
  start: number,
  end: number,
): number | undefined {
  let before: number | undefined;
  for (const mark of marks) {
    if (mark.offset >= start && mark.offset <= end) return mark.number;
    if (mark.offset < start) before = mark.number;
    else break;
  }
  return before;
}

function firstHeading(node: Element): string | undefined {
  if (/^h[1-6]$/.test(node.tagName)) return undefined;
  let found: string | undefined;
  visitParents(node, 'element', (child: Element) => {
    if (found !== undefined) return SKIP;
    if (/^h[1-6]$/.test(child.tagName)) {
      found = toText(child).replace(/\s+/g, ' ').trim();
      return SKIP;
    }
    return undefined;
  });
  return found || undefined;
}

function findTitle(tree: HastRoot): string | undefined {
  const title = findElement(tree, 'title');
  const text = title ? toText(title).replace(/\s+/g, ' ').trim() : '';
  return text || undefined;
}
