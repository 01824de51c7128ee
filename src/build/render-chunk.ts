import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Definition, FootnoteDefinition, Root, RootContent } from 'mdast';
import rehypeRaw from 'rehype-raw';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import type { SourceFile } from '../model/types.js';
import { listItemOncePerList } from './list-item-handler.js';

export interface ChunkInput {
  source: SourceFile;
  nodes: RootContent[];
  /** Prefix for footnote ids, so two chunks on one page never share one. */
  idPrefix: string;
}

/**
 * Markdown nodes to an HTML tree: raw HTML parsed, comments (template guidance) dropped, and
 * each heading given the same id the model gave it, so `#slug` links keep working.
 * The tree is not yet sanitised: links are rewritten first, then the sanitiser runs.
 */
export async function renderChunk(input: ChunkInput): Promise<HastRoot> {
  const { source, nodes, idPrefix } = input;
  // The model's nodes are read, never changed: a page of 100,000 links took seconds to copy.
  const inside = insideNodes(nodes);
  const root: Root = { type: 'root', children: [...nodes, ...definitionsOutside(source, inside)] };
  // Parsing raw HTML re-parses the whole chunk, so it runs only where there is raw HTML.
  const hasHtml = marksOf(source.tree).html.some(inside);
  const processor = unified().use(remarkRehype, {
    allowDangerousHtml: true,
    clobberPrefix: idPrefix,
    handlers: { listItem: listItemOncePerList },
  });
  if (hasHtml) processor.use(rehypeRaw);
  const tree = (await processor.run(root as never)) as HastRoot;
  dropComments(tree);
  setHeadingIds(tree, headingSlugs(source));
  return tree;
}

const HEADING = /^h[1-6]$/;

/** Each heading gets the id the model gave the Markdown heading it came from. */
function setHeadingIds(tree: HastRoot, slugs: Map<string, string>): void {
  const walk = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      const start = child.position?.start;
      const slug =
        HEADING.test(child.tagName) && start && slugs.get(`${start.line}:${start.column}`);
      if (slug) child.properties.id = slug;
      else walk(child);
    }
  };
  walk(tree);
}

function headingSlugs(source: SourceFile): Map<string, string> {
  const map = new Map<string, string>();
  for (const h of source.headings)
    if (!h.pseudo && h.slug) map.set(`${h.line}:${h.column}`, h.slug);
  return map;
}

/** Link and footnote definitions may sit anywhere in the file; the chunk needs them to resolve references. */
function definitionsOutside(
  source: SourceFile,
  inside: (offset: number) => boolean,
): RootContent[] {
  return marksOf(source.tree)
    .definitions.filter((definition) => !inside(definition.position!.start.offset!))
    .map((definition) => structuredClone(definition));
}

/** What a file's tree holds that a chunk of it may need, found in one walk per file. */
interface Marks {
  definitions: (Definition | FootnoteDefinition)[];
  /** Where each raw HTML node starts. */
  html: number[];
}

const marksByTree = new WeakMap<Root, Marks>();

function marksOf(tree: Root): Marks {
  let marks = marksByTree.get(tree);
  if (marks) return marks;
  marks = { definitions: [], html: [] };
  const found = marks;
  visit(tree, (node) => {
    const offset = node.position?.start.offset;
    if (offset === undefined) return CONTINUE;
    if (node.type === 'definition' || node.type === 'footnoteDefinition') {
      found.definitions.push(node);
      return SKIP;
    }
    if (node.type === 'html') found.html.push(offset);
    return CONTINUE;
  });
  marksByTree.set(tree, marks);
  return marks;
}

/**
 * Whether an offset in the file falls inside one of the chunk's nodes, searched by halves of
 * their spans. Nodes made by cmalt have no place in the file: then every node inside is walked.
 */
function insideNodes(nodes: RootContent[]): (offset: number) => boolean {
  const spans: [number, number][] = [];
  for (const node of nodes) {
    const [from, to] = [node.position?.start.offset, node.position?.end.offset];
    if (from === undefined || to === undefined) return insideByWalk(nodes);
    spans.push([from, to]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  return (offset) => {
    let low = 0;
    let high = spans.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const [from, to] = spans[middle]!;
      if (offset < from) high = middle - 1;
      else if (offset >= to) low = middle + 1;
      else return true;
    }
    return false;
  };
}

function insideByWalk(nodes: RootContent[]): (offset: number) => boolean {
  const starts = new Set<number>();
  for (const node of nodes)
    visit(node, (inner) => {
      const offset = inner.position?.start.offset;
      if (offset !== undefined) starts.add(offset);
    });
  return (offset) => starts.has(offset);
}

export function dropComments(tree: HastRoot | Element): void {
  const keep = (child: HastContent) => child.type !== 'comment';
  const walk = (node: HastRoot | Element) => {
    node.children = node.children.filter(keep) as typeof node.children;
    for (const child of node.children) if (child.type === 'element') walk(child);
  };
  walk(tree);
}
