import type { List, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';
import type { Piece } from './markdown-pieces.js';

/**
 * One tree from the trees of a page's pieces, each already placed where its piece sits in the
 * page (see `placeTree`): a list cut between two of its items is made one list again. Returns
 * undefined when a piece does not join as `cutIntoPieces` promised, so the caller reads the
 * page whole instead.
 */
export function joinPieces(pieces: readonly Piece[], trees: readonly Root[]): Root | undefined {
  const children: RootContent[] = [];
  for (const [index, piece] of pieces.entries()) {
    const tree = trees[index]!;
    let first = 0;
    if (piece.continuesList) {
      const before = children.at(-1);
      const after = tree.children[0];
      if (before?.type !== 'list' || after?.type !== 'list' || before.ordered !== after.ordered)
        return undefined;
      children[children.length - 1] = joinLists(before, after);
      first = 1;
    }
    for (let i = first; i < tree.children.length; i++) children.push(tree.children[i]!);
  }
  const start: Point = { line: 1, column: 1, offset: 0 };
  const end = trees.at(-1)?.position?.end ?? start;
  return { type: 'root', children, position: { start, end } };
}

/** `after`'s items added to `before`, in place: a long list is joined many times. */
function joinLists(before: List, after: List): List {
  for (const item of after.children) before.children.push(item);
  before.spread = Boolean(before.spread || after.spread);
  if (before.position && after.position)
    before.position = { start: before.position.start, end: after.position.end };
  return before;
}

/** Moves every position in `tree`, read from `piece` alone, to where the piece sits in the page. */
export function placeTree(tree: Root, piece: Piece): Root {
  if (piece.lineOffset === 0) return tree;
  visit(tree, (node) => {
    if (!node.position) return;
    const { start, end } = node.position;
    node.position = { start: movedPoint(start, piece), end: movedPoint(end, piece) };
  });
  return tree;
}

/** A new point, as two nodes may share one. */
function movedPoint(point: Point, piece: Piece): Point {
  const line = point.line + piece.lineOffset;
  return point.offset === undefined
    ? { line, column: point.column }
    : { line, column: point.column, offset: point.offset + piece.offset };
}
