import GithubSlugger from 'github-slugger';
import type { Definition, Nodes, Paragraph as MdParagraph, Root } from 'mdast';
import { readHtmlFragment } from './html-fragments.js';
import { isBareLink, plainText } from './plain-text.js';
import type { Comment, Heading, Link, Paragraph } from './types.js';
import { countWords } from './words.js';

export interface FileContents {
  headings: Heading[];
  anchors: Set<string>;
  comments: Comment[];
  paragraphs: Paragraph[];
  links: Link[];
  /** Paragraphs turned into pseudo headings (a bold line standing alone), by node. */
  pseudoHeadings: Map<Nodes, Heading>;
  /** Heading records by their mdast node, so the segmenter reads each heading once. */
  headingByNode: Map<Nodes, Heading>;
  paragraphByNode: Map<Nodes, Paragraph>;
}

const MAX_PSEUDO_HEADING_WORDS = 12;

/** One walk over a file's tree collects everything rules and the builder need. */
export function extractFile(file: string, tree: Root, body: string): FileContents {
  const slugger = new GithubSlugger();
  const out: FileContents = {
    headings: [],
    anchors: new Set(),
    comments: [],
    paragraphs: [],
    links: [],
    pseudoHeadings: new Map(),
    headingByNode: new Map(),
    paragraphByNode: new Map(),
  };
  const definitions = new Map<string, Definition>();
  walkWithAncestors(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node);
  });

  walkWithAncestors(tree, (node, ancestors) => {
    const start = node.position?.start;
    if (!start) return;
    const pos = { line: start.line, column: start.column };
    switch (node.type) {
      case 'heading': {
        const text = plainText(node).text;
        const heading: Heading = {
          file,
          depth: node.depth,
          text,
          slug: slugger.slug(text),
          ...pos,
        };
        out.headings.push(heading);
        out.headingByNode.set(node, heading);
        out.anchors.add(heading.slug);
        return;
      }
      case 'paragraph': {
        const pseudo = ancestors.length === 1 ? asPseudoHeading(node) : undefined;
        if (pseudo !== undefined) {
          const heading: Heading = { file, depth: 7, text: pseudo, slug: '', pseudo: true, ...pos };
          out.headings.push(heading);
          out.pseudoHeadings.set(node, heading);
          return;
        }
        const { text, italic } = plainText(node);
        const paragraph: Paragraph = {
          file,
          ...pos,
          endLine: node.position?.end.line ?? pos.line,
          text,
          words: countWords(text),
          italicWords: italic ? countWords(italic) : 0,
          container: containerOf(ancestors),
        };
        out.paragraphs.push(paragraph);
        out.paragraphByNode.set(node, paragraph);
        if (node.children.some((c) => c.type === 'html')) {
          const from = start.offset ?? 0;
          const to = node.position?.end.offset ?? from;
          addHtml(out, file, body.slice(from, to), pos);
        }
        return;
      }
      case 'html': {
        // Inline HTML is read with its whole paragraph above; here only blocks.
        const parent = ancestors[ancestors.length - 1];
        if (parent?.type === 'paragraph') return;
        addHtml(out, file, node.value, pos);
        return;
      }
      case 'link':
        out.links.push({
          kind: 'link',
          url: node.url,
          text: plainText(node).text,
          bare: isBareLink(node) || undefined,
          file,
          ...pos,
        });
        return;
      case 'image':
        out.links.push({
          kind: 'image',
          url: node.url,
          text: node.alt ?? '',
          missingAlt: node.alt == null || undefined,
          file,
          ...pos,
        });
        return;
      case 'linkReference':
      case 'imageReference': {
        const definition = definitions.get(node.identifier.toLowerCase());
        if (!definition) return;
        if (node.type === 'linkReference') {
          out.links.push({
            kind: 'link',
            url: definition.url,
            text: plainText(node).text,
            file,
            ...pos,
          });
        } else {
          out.links.push({
            kind: 'image',
            url: definition.url,
            text: node.alt ?? '',
            missingAlt: node.alt == null || undefined,
            file,
            ...pos,
          });
        }
        return;
      }
      default:
        return;
    }
  });
  return out;
}

/**
 * Every node of the tree, parents before children, with its ancestors (the same array each
 * time, so a visitor must not keep it). As `visitParents` does, at half its cost on a long page.
 */
function walkWithAncestors(
  tree: Root,
  visitor: (node: Nodes, ancestors: readonly Nodes[]) => void,
): void {
  const ancestors: Nodes[] = [];
  const walk = (node: Nodes) => {
    visitor(node, ancestors);
    if (!('children' in node)) return;
    ancestors.push(node);
    for (const child of node.children) walk(child);
    ancestors.pop();
  };
  walk(tree);
}

function addHtml(
  out: FileContents,
  file: string,
  html: string,
  pos: { line: number; column: number },
) {
  const info = readHtmlFragment(html, pos.line, pos.column);
  for (const id of info.ids) out.anchors.add(id);
  for (const comment of info.comments) out.comments.push({ file, ...comment });
  for (const link of info.links)
    out.links.push({
      kind: 'link',
      url: link.url,
      text: link.text.trim(),
      html: true,
      file,
      line: link.line,
      column: link.column,
    });
  for (const image of info.images) {
    out.links.push({
      kind: 'image',
      url: image.url,
      text: image.alt ?? '',
      missingAlt: image.alt === undefined || undefined,
      html: true,
      file,
      line: image.line,
      column: image.column,
    });
  }
}

function containerOf(ancestors: readonly Nodes[]): Paragraph['container'] {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const type = ancestors[i]?.type;
    if (type === 'listItem') return 'list';
    if (type === 'blockquote') return 'blockquote';
    if (type === 'tableCell') return 'table';
  }
  return 'body';
}

/** A paragraph that is only bold text (optionally ending in a colon) reads as a heading. */
function asPseudoHeading(node: MdParagraph): string | undefined {
  const children = node.children.filter((c) => !(c.type === 'text' && /^\s*:?\s*$/.test(c.value)));
  if (children.length !== 1 || children[0]?.type !== 'strong') return undefined;
  const text = plainText(children[0]).text.replace(/:\s*$/, '');
  if (!text || countWords(text) > MAX_PSEUDO_HEADING_WORDS) return undefined;
  return text;
}
