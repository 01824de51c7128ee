import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes as HastNodes } from 'hast';

export interface HtmlFragmentInfo {
  links: { url: string; text: string; line: number; column: number }[];
  images: { url: string; alt: string | undefined; line: number; column: number }[];
  ids: string[];
  comments: { text: string; line: number; column: number; endLine: number }[];
}

/** Reads the links, images, ids and comments in raw HTML written inside Markdown. */
export function readHtmlFragment(html: string, line: number, column: number): HtmlFragmentInfo {
  const info: HtmlFragmentInfo = { links: [], images: [], ids: [], comments: [] };
  const tree = fromHtml(html, { fragment: true });
  const at = (node: HastNodes) => {
    const start = node.position?.start;
    if (!start) return { line, column };
    return {
      line: line + start.line - 1,
      column: start.line === 1 ? column + start.column - 1 : start.column,
    };
  };
  const visit = (node: HastNodes) => {
    if (node.type === 'comment') {
      const pos = at(node);
      const endLine = node.position ? line + node.position.end.line - 1 : pos.line;
      info.comments.push({ text: node.value, ...pos, endLine });
      return;
    }
    if (node.type === 'element') {
      collectElement(node, info, at(node));
    }
    if ('children' in node) for (const child of node.children) visit(child as HastNodes);
  };
  visit(tree);
  return info;
}

function collectElement(
  node: Element,
  info: HtmlFragmentInfo,
  pos: { line: number; column: number },
) {
  const props = node.properties;
  if (typeof props.id === 'string') info.ids.push(props.id);
  if (node.tagName === 'a' && typeof props.name === 'string') info.ids.push(props.name);
  if (node.tagName === 'a' && typeof props.href === 'string') {
    info.links.push({ url: props.href, text: textOf(node), ...pos });
  }
  if (node.tagName === 'img' && typeof props.src === 'string') {
    info.images.push({
      url: props.src,
      alt: typeof props.alt === 'string' ? props.alt : undefined,
      ...pos,
    });
  }
}

function textOf(node: HastNodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => textOf(c as HastNodes)).join('');
  return '';
}
