import type { Root } from 'mdast';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import {
  definedLabelsSyntax,
  guessLabels,
  labelsDefinedIn,
  newPageLabels,
  sameLabels,
  withPageLabels,
  type Labels,
  type PageLabels,
} from './defined-labels.js';
import { joinPieces, placeTree } from './join-pieces.js';
import { cutIntoPieces, joinedPiece, type Piece } from './markdown-pieces.js';
import './micromark-edit-map.js';
import { readPlainMarkdown } from './plain-markdown.js';

/**
 * GitHub-flavoured Markdown, as `remark-gfm` reads it, at about twice the speed.
 *
 * Two GFM extensions cost more than all the rest of the parser: tables (every line of every
 * paragraph is tried as a table header) and bare web addresses (every letter is tried as the
 * start of one). A file with no line that could be a table's `|---|` row cannot hold a table,
 * and a file whose addresses all sit in `[text](address)` or `<address>` links has no bare
 * address, so each is read without the extension it cannot need. Every file gets exactly the
 * tree `remark-gfm` would give it, positions included.
 */
export function parseMarkdown(text: string): Root {
  return (text.length >= READ_IN_PIECES_FROM && parseInPieces(text)) || parseWhole(text);
}

/** Pages this long are read in pieces of about `PIECE_SIZE` characters (see `markdown-pieces`). */
const READ_IN_PIECES_FROM = 40_000;
const PIECE_SIZE = 2_000;

function parseWhole(text: string, labels: PageLabels = newPageLabels()): Root {
  return withPageLabels(labels, () => parserFor(text).parse(text) as Root);
}

function parserFor(text: string) {
  return parsers[(mayHoldTable(text) ? 1 : 0) + (needsAutolinkSyntax(text) ? 2 : 0)]!;
}

/**
 * The page read in pieces, each knowing the labels the whole page defines. Those are guessed
 * from the lines that look like definitions; where the pieces define other labels than guessed,
 * they are read again with the labels they really define. Undefined if the pieces do not join.
 *
 * The page is cut wherever it can be. A piece of plain lines (see `plain-markdown`) is built
 * straight from them; the others are read by micromark, joined into runs of about `size`
 * characters.
 */
export function parseInPieces(text: string, size = PIECE_SIZE): Root | undefined {
  const pieces = cutIntoPieces(text, 0);
  const guess = guessLabels(text);
  let read = readPieces(pieces, guess, size);
  const defined = labelsDefinedIn(read.trees);
  if (!sameLabels(defined, guess)) {
    read = readPieces(pieces, defined, size);
    if (!sameLabels(labelsDefinedIn(read.trees), defined)) return undefined;
  }
  return joinPieces(read.pieces, read.trees);
}

/** The pieces as read (micromark's runs joined) and their trees, placed in the page. */
function readPieces(pieces: readonly Piece[], known: Labels, size: number) {
  const labels = newPageLabels(known);
  const read: Piece[] = [];
  const trees: Root[] = [];
  let waiting: Piece[] = [];
  let waitingLength = 0;
  const readWaiting = () => {
    if (waiting.length === 0) return;
    const piece = joinedPiece(waiting);
    read.push(piece);
    trees.push(placeTree(parseWhole(piece.text, labels), piece));
    waiting = [];
    waitingLength = 0;
  };
  for (const piece of pieces) {
    const plain = readPlainMarkdown(piece.text, known, piece);
    if (plain) {
      readWaiting();
      read.push(piece);
      trees.push(plain);
      continue;
    }
    waiting.push(piece);
    waitingLength += piece.text.length;
    if (waitingLength >= size) readWaiting();
  }
  readWaiting();
  return { pieces: read, trees };
}

interface GfmParts {
  tables: boolean;
  autolinkSyntax: boolean;
}

/** `remark-gfm`, with the table and bare-address syntax extensions each optional. */
function gfmParts(this: Processor, parts: GfmParts): void {
  const data = this.data();
  // The order remark-gfm uses: it decides which extension reads a character first.
  const syntax = [
    definedLabelsSyntax,
    ...(parts.autolinkSyntax ? [gfmAutolinkLiteral()] : []),
    gfmFootnote(),
    gfmStrikethrough(),
    ...(parts.tables ? [gfmTable()] : []),
    gfmTaskListItem(),
  ];
  (data.micromarkExtensions ??= []).push(...syntax);
  (data.fromMarkdownExtensions ??= []).push(gfmFromMarkdown());
}

/** Indexed by tables + 2 × autolinkSyntax. */
const parsers = [false, true].flatMap((autolinkSyntax) =>
  [false, true].map((tables) =>
    unified().use(remarkParse).use(gfmParts, { tables, autolinkSyntax }).freeze(),
  ),
);

/**
 * A table's delimiter row holds only pipes, colons, dashes and spaces (after any `>` of a
 * quote), with at least one dash, and at least one pipe or colon: without either, `a` over `-`
 * is a heading, but `a` over `:-` is a one-column table.
 */
const DELIMITER_ROW = /^[ \t>|:-]*-[ \t>|:\r-]*$/gm;

export function mayHoldTable(text: string): boolean {
  for (const [row] of text.matchAll(DELIMITER_ROW)) if (/[|:]/.test(row)) return true;
  return false;
}

/**
 * Web and email addresses up to the next space, as the bare-address extension would start
 * reading them. One right after `](` is a link's destination, and a web address right after
 * `<` an autolink: the core parser reads those the same way with or without the extension.
 * Any other is a bare address, which needs the extension: the tree step would make it a link
 * too, but one without a line and column to report problems at.
 */
const ADDRESS = /(?:https?:\/\/|www\.)\S*|(?:mailto:|xmpp:)?[\w.+-]+@[\w-]+\.\S*/gi;

export function needsAutolinkSyntax(text: string): boolean {
  for (const match of text.matchAll(ADDRESS)) {
    const before = text.slice(Math.max(0, match.index - 2), match.index);
    if (before === '](' || (before.endsWith('<') && /^h/i.test(match[0]))) continue;
    return true;
  }
  return false;
}
