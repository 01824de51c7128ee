import type { Element, Root } from 'hast';

const HEADING = /^h([1-6])$/;

/**
 * Shifts the candidate's headings so the highest becomes `top` (h2 under a page's h1) and no
 * level is skipped on the way down: h2 then h4 becomes h2 then h3. Nothing goes past h6.
 */
export function normaliseHeadings(tree: Root | Element, top: number): void {
  const headings: Element[] = [];
  const collect = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (HEADING.test(child.tagName)) headings.push(child);
      else collect(child);
    }
  };
  collect(tree);
  if (!headings.length) return;
  const depthOf = (h: Element) => Number(HEADING.exec(h.tagName)?.[1] ?? 6);
  const shift = Math.min(...headings.map(depthOf)) - top;
  let previous = top - 1;
  for (const heading of headings) {
    const level = Math.max(top, Math.min(depthOf(heading) - shift, previous + 1, 6));
    heading.tagName = `h${level}`;
    previous = level;
  }
}
