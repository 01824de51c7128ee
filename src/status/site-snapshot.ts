import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { targetKey, isLocalTarget } from '../model/link-target.js';
import { countWords } from '../model/words.js';
import type { SectionSnapshot, VersionSnapshot } from './snapshot.js';
import type { ZipFileEntry } from './read-zip.js';

/** The pages `cmalt build` names after a section: `1a.html`, `specialist-1.html`, `future-plans.html`. */
const SECTION_PAGE =
  /^((?:[1-4][abc]|3|contextual-statement|future-plans|declaration|(?:specialist|advanced|review-cpd)-\d+|review-[a-z-]+))\.html$/;

/** Blocks whose text is the candidate's prose, as paragraphs are in the Markdown model. */
const BLOCKS = new Set(['p', 'li', 'td', 'th', 'dd', 'dt', 'pre']);

type Node = Root | RootContent | ElementContent;

function isElement(node: Node): node is Element {
  return node.type === 'element';
}

function textOf(node: Node): string {
  if (node.type === 'text') return node.value;
  if (!('children' in node)) return '';
  return (node.children as Node[]).map(textOf).join('');
}

function find(node: Node, test: (el: Element) => boolean): Element | undefined {
  if (isElement(node) && test(node)) return node;
  if (!('children' in node)) return undefined;
  for (const child of node.children as Node[]) {
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

/** The page's own content: the layout's eyebrow, heading and pager are not the candidate's words. */
function walkContent(node: Node, visit: (el: Element) => 'skip' | 'descend'): void {
  if (!('children' in node)) return;
  for (const child of node.children as Node[]) {
    if (!isElement(child)) continue;
    if (visit(child) === 'descend') walkContent(child, visit);
  }
}

function hasClass(el: Element, name: string): boolean {
  const classes = el.properties?.className;
  return Array.isArray(classes) && classes.includes(name);
}

function sectionFromPage(id: string, html: string): SectionSnapshot {
  const tree = fromHtml(html);
  const main = find(tree, (el) => el.tagName === 'main') ?? tree;
  const heading = find(main, (el) => el.tagName === 'h1');
  const paragraphs: string[] = [];
  const evidence = new Set<string>();
  walkContent(main, (el) => {
    if (el.tagName === 'nav' || hasClass(el, 'eyebrow') || el.tagName === 'h1') return 'skip';
    const target =
      el.tagName === 'a'
        ? el.properties?.href
        : el.tagName === 'img'
          ? el.properties?.src
          : undefined;
    // Pages sit at the site's root; an HTML file in a folder is evidence the candidate made.
    if (
      typeof target === 'string' &&
      isLocalTarget(target) &&
      !/^[^/]+\.html?(?:#|$)/i.test(target)
    )
      evidence.add(targetKey(target));
    // A list item holding a paragraph is counted by its paragraph.
    const nested = el.children.some((child) => find(child, (c) => BLOCKS.has(c.tagName)));
    if (BLOCKS.has(el.tagName) && !nested) {
      const text = textOf(el).replace(/\s+/g, ' ').trim();
      if (text) paragraphs.push(text);
    }
    return 'descend';
  });
  const title = heading ? textOf(heading).replace(/\s+/g, ' ').trim() : id;
  return {
    id,
    title: title.startsWith(`${id} `) ? title.slice(id.length + 1) : title,
    words: paragraphs.reduce((sum, text) => sum + countWords(text), 0),
    paragraphs,
    evidence: [...evidence].sort(),
  };
}

/** True when a zip looks like what `cmalt build --zip` writes: a manifest and section pages. */
export function isBuiltSite(entries: readonly ZipFileEntry[]): boolean {
  return (
    entries.some((e) => e.name === 'manifest.json') &&
    entries.some((e) => SECTION_PAGE.test(e.name))
  );
}

/**
 * A built site read back: each section page's words, paragraphs and evidence. The site holds
 * no Markdown, so it cannot be checked; what changed in the text and the evidence can still
 * be compared, section by section.
 */
export function siteSnapshot(entries: readonly ZipFileEntry[], label: string): VersionSnapshot {
  const decoder = new TextDecoder();
  const sections = entries.flatMap((entry) => {
    const match = SECTION_PAGE.exec(entry.name);
    if (!match?.[1] || !entry.content) return [];
    return [sectionFromPage(match[1], decoder.decode(entry.content))];
  });
  return { label, kind: 'site', sections };
}
