import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Portfolio, SourceFile } from '../../../model/types.js';

interface Range {
  from: number;
  to: number;
  section: string;
}

const ranges = new WeakMap<Portfolio, Map<string, Range[]>>();

/** The section a line of a file belongs to, for findings (headings, table cells) the model does not place. */
export function sectionAt(portfolio: Portfolio, file: string, line: number): string | undefined {
  let byFile = ranges.get(portfolio);
  if (!byFile) {
    byFile = new Map();
    for (const section of portfolio.sections) {
      for (const chunk of section.chunks) {
        // A loop, not Math.min(...lines): a chunk of 100,000 nodes is too many arguments.
        let from = chunk.file === section.file ? section.line : Infinity;
        let to = chunk.file === section.file ? section.line : -Infinity;
        for (const n of chunk.nodes) {
          if (!n.position) continue;
          from = Math.min(from, n.position.start.line);
          to = Math.max(to, n.position.end.line);
        }
        if (from > to) continue;
        const list = byFile.get(chunk.file) ?? [];
        list.push({ from, to, section: section.id });
        byFile.set(chunk.file, list);
      }
    }
    ranges.set(portfolio, byFile);
  }
  return byFile.get(file)?.find((r) => r.from <= line && line <= r.to)?.section;
}

const BLOCKS = new Set(['listItem', 'paragraph', 'tableRow', 'blockquote', 'html', 'heading']);

/**
 * The text of the smallest list item, paragraph or table row holding a line: what a reader
 * sees beside a link. A list item wins over the paragraph inside it, so notes under a link count.
 * Cached per line: 4,000 links on one line would otherwise walk the tree 4,000 times.
 */
export const blockTextAt = perLine(findBlockText);

/** `compute` remembered for each file and line, for facts many links on one line ask for. */
export function perLine<T>(
  compute: (file: SourceFile, line: number) => T,
): (file: SourceFile, line: number) => T {
  const cache = new WeakMap<SourceFile, Map<number, T>>();
  return (file, line) => {
    let byLine = cache.get(file);
    if (!byLine) cache.set(file, (byLine = new Map()));
    if (!byLine.has(line)) byLine.set(line, compute(file, line));
    return byLine.get(line) as T;
  };
}

function findBlockText(file: SourceFile, line: number): string {
  let best: Nodes | undefined;
  const visit = (node: Nodes) => {
    const pos = node.position;
    if (!pos || pos.start.line > line || pos.end.line < line) return;
    if (BLOCKS.has(node.type) && !(best?.type === 'listItem' && node.type === 'paragraph'))
      best = node;
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  visit(file.tree);
  if (!best) return '';
  return best.type === 'html' ? best.value.replace(/<[^>]*>/g, ' ') : toString(best);
}
