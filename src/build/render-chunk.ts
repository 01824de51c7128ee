import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Nodes, Root, RootContent } from 'mdast';
import rehypeRaw from 'rehype-raw';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
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
  const root: Root = { type: 'root', children: [...nodes, ...definitionsOutside(source, nodes)] };
  // Parsing raw HTML re-parses the whole chunk, so it runs only where there is raw HTML.
  let hasHtml = false;
  visit(root, 'html', () => {
    hasHtml = true;
    return false;
  });
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
function definitionsOutside(source: SourceFile, nodes: RootContent[]): RootContent[] {
  const inside = new Set<string>();
  for (const node of nodes) {
    visit(node as Nodes, (n) => {
      if ((n.type === 'definition' || n.type === 'footnoteDefinition') && n.position)
        inside.add(`${n.position.start.offset}`);
    });
  }
  const out: RootContent[] = [];
  visit(source.tree, (n) => {
    if ((n.type === 'definition' || n.type === 'footnoteDefinition') && n.position) {
      if (!inside.has(`${n.position.start.offset}`)) out.push(structuredClone(n));
      return 'skip';
    }
    return undefined;
  });
  return out;
}

export function dropComments(tree: HastRoot | Element): void {
  const keep = (child: HastContent) => child.type !== 'comment';
  const walk = (node: HastRoot | Element) => {
    node.children = node.children.filter(keep) as typeof node.children;
    for (const child of node.children) if (child.type === 'element') walk(child);
  };
  walk(tree);
}
