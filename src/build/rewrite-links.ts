import type { Element, ElementContent, Root } from 'hast';
import type { Link } from '../model/types.js';
import { placeLink, type SiteMap } from './site-map.js';
import type { SkippedLink } from './types.js';

export interface RewriteContext {
  map: SiteMap;
  /** Portfolio-relative file the chunk was written in: links are relative to it. */
  fromFile: string;
  /** Site file of the page being written. */
  page: string;
  skipped: SkippedLink[];
  /** Where to say a link is when the HTML tree lost its position. */
  fallback: { line: number; column: number };
  /** The links of the source file as the model read them, to recover each URL as written. */
  links: Link[];
}

/** `kind line:column` → the link the model read there; built once per links array. */
const writtenAt = new WeakMap<Link[], Map<string, Link>>();

function linkAt(links: Link[], kind: Link['kind'], line: number, column: number): Link | undefined {
  let index = writtenAt.get(links);
  if (!index) {
    index = new Map();
    for (const link of links) {
      const key = `${link.kind} ${link.line}:${link.column}`;
      // The first link at a place wins, as a search from the start would find it.
      if (!index.has(key)) index.set(key, link);
    }
    writtenAt.set(links, index);
  }
  return index.get(`${kind} ${line}:${column}`);
}

const IMAGE = /\.(png|jpe?g|gif|webp|svg|avif)$/i;

/**
 * Points every link and image at its place in the site, before sanitising. A link that cannot
 * be followed safely (outside the folder, on the author's computer, a script URL, a missing
 * file) keeps its text and loses its target, and is listed in `skipped`.
 */
export function rewriteLinks(tree: Root, context: RewriteContext): void {
  walk(tree, context);
}

function walk(parent: Root | Element, context: RewriteContext): void {
  const out: ElementContent[] = [];
  for (const child of parent.children) {
    if (child.type !== 'element') {
      if (child.type !== 'doctype') out.push(child as ElementContent);
      continue;
    }
    const replaced = rewriteElement(child, context);
    for (const node of replaced) {
      if (node.type === 'element') walk(node, context);
      out.push(node);
    }
  }
  parent.children = out as typeof parent.children;
}

function rewriteElement(node: Element, context: RewriteContext): ElementContent[] {
  switch (node.tagName) {
    case 'a':
      rewriteAnchor(node, context);
      return [node];
    case 'img':
      return rewriteImage(node, context);
    case 'iframe':
      return rewriteFrame(node, context);
    case 'input':
      if (node.properties.type === 'checkbox') return [text(node.properties.checked ? '☑' : '☐')];
      return [];
    default:
      return [node];
  }
}

function rewriteAnchor(node: Element, context: RewriteContext): void {
  const raw = node.properties.href;
  if (typeof raw !== 'string') {
    delete node.properties.href;
    return;
  }
  const href = asWritten(node, raw, 'link', context);
  const placed = placeLink(context.map, href, context.fromFile, context.page);
  switch (placed.kind) {
    case 'external':
      node.properties = { href: placed.href, className: ['external-link'], id: node.properties.id };
      return;
    case 'asset':
      node.properties = { href: placed.href, className: ['evidence-link'], id: node.properties.id };
      return;
    case 'page':
      node.properties = { href: placed.href, id: node.properties.id };
      if (placed.lostAnchor)
        skip(
          node,
          href,
          `there is no heading or id #${placed.lostAnchor} there, so it links to the top of the page`,
          'page',
          context,
        );
      return;
    case 'skip':
      node.tagName = 'span';
      node.properties = {};
      skip(node, href, placed.reason, 'text', context);
      return;
  }
}

function rewriteImage(node: Element, context: RewriteContext): ElementContent[] {
  const raw = node.properties.src;
  const alt = typeof node.properties.alt === 'string' ? node.properties.alt : '';
  if (typeof raw !== 'string') return alt ? [text(alt)] : [];
  const src = asWritten(node, raw, 'image', context);
  const placed = placeLink(context.map, src, context.fromFile, context.page);
  if (placed.kind === 'asset' && IMAGE.test(placed.asset.path)) {
    node.properties = {
      src: placed.href,
      alt: node.properties.alt,
      width: node.properties.width,
      height: node.properties.height,
      title: node.properties.title,
    };
    return [node];
  }
  if (placed.kind === 'skip') {
    skip(node, src, placed.reason, 'text', context);
    return alt ? [text(alt)] : [];
  }
  // Remote images are linked, not loaded: the site works offline and tells no one it was read.
  const label =
    placed.kind === 'asset' ? alt || placed.asset.path.split('/').pop() || 'file' : alt || 'image';
  const suffix = placed.kind === 'external' ? ' (image online)' : '';
  const className =
    placed.kind === 'asset'
      ? ['evidence-link']
      : placed.kind === 'external'
        ? ['external-link']
        : undefined;
  return [element('a', { href: placed.href, className }, [text(label + suffix)])];
}

function rewriteFrame(node: Element, context: RewriteContext): ElementContent[] {
  const src = node.properties.src;
  const title = typeof node.properties.title === 'string' ? node.properties.title : '';
  if (typeof src !== 'string') return [];
  const placed = placeLink(context.map, src, context.fromFile, context.page);
  if (placed.kind === 'skip') {
    skip(node, src, placed.reason, 'text', context);
    return title ? [text(title)] : [];
  }
  const className = placed.kind === 'external' ? ['external-link'] : undefined;
  return [
    element('p', {}, [
      element('a', { href: placed.href, className }, [
        text(`${title || 'Embedded content'} (opens the original)`),
      ]),
    ]),
  ];
}

/**
 * Markdown links reach the HTML tree percent-encoded (`C:\\x` becomes `C:%5Cx`); the model
 * kept them as written, which is what to resolve and what to report.
 */
function asWritten(
  node: Element,
  url: string,
  kind: Link['kind'],
  context: RewriteContext,
): string {
  const start = node.position?.start;
  if (!start) return url;
  // A page of many links would make a search per link quadratic: look each one up instead.
  return linkAt(context.links, kind, start.line, start.column)?.url ?? url;
}

function skip(
  node: Element,
  url: string,
  reason: string,
  action: SkippedLink['action'],
  context: RewriteContext,
): void {
  const start = node.position?.start;
  context.skipped.push({
    file: context.fromFile,
    line: start?.line ?? context.fallback.line,
    column: start?.column ?? context.fallback.column,
    url,
    reason,
    action,
  });
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function element(
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[],
): Element {
  return { type: 'element', tagName, properties, children };
}
