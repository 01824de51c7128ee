import type {
  Definition,
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableRow,
} from 'mdast';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import type { Point, Position } from 'unist';
import type { Labels } from './defined-labels.js';
import { columnAligns, tableCells } from './plain-table.js';

/**
 * The tree of a piece of Markdown written only in the plainest blocks, built straight from its
 * lines: the tree `remark-gfm` gives, positions included, in a small part of the time and
 * memory micromark takes. A long evidence page is mostly such lines; anything else returns
 * undefined and is read by micromark instead.
 *
 * Plain means: blank lines; `#` headings; paragraphs; lists of one-line items (`-`, `*`, `+`
 * or numbered); reference definitions without a title; tables with a pipe at each end of every
 * row; and, in their text, links written `[text](address)` or `[text][label]` with a label the
 * page defines. Text holds letters, digits, spaces and punctuation that means nothing to
 * Markdown: no emphasis, code, HTML, escapes, character references, pipes, images or bare web
 * and email addresses. Every line starts at the margin and ends without spaces, and blocks
 * follow one another only in ways that cannot join them: no text right under a list item or a
 * definition, a table only after a blank line or heading and before a blank line, and under
 * text only a list that may start there (a bullet or "1.").
 */
export function readPlainMarkdown(
  text: string,
  labels: Labels,
  at: Place = { lineOffset: 0, offset: 0 },
): Root | undefined {
  const reader = new PlainReader(text, labels, at);
  return reader.read() ? reader.root() : undefined;
}

/** Where the text sits in its page: the lines and characters before it. */
export interface Place {
  lineOffset: number;
  offset: number;
}

/** What the line before was, for how the next line may follow it. */
type Previous = 'start' | 'blank' | 'heading' | 'definition' | 'paragraph' | 'item' | 'table';

const HEADING = /^(#{1,6}) ([^ #](?:.*[^#])?)$/;
const BULLET_ITEM = /^([-*+]) (.+)$/;
const ORDERED_ITEM = /^(\d{1,9})([.)]) (.+)$/;
const DEFINITION = /^\[([^[\]\\^][^[\]\\]{0,998})\]: (.+)$/;
/** A character a paragraph or item may start with, and what may not start one anyway. */
const STARTS_TEXT = /^[\p{L}\p{N}[("'‘“]/u;
const NOT_TEXT = /^(?:\d{1,9}[.)](?: |$)|\[[ xX]\])/;
const UNSAFE_LINE = /[\t\r]| $/;
/** Text with nothing Markdown reads in it. */
const PLAIN_TEXT = /^[\p{L}\p{M}\p{N} \n,.;:'"?!/%+=#()\-$^{}>’‘“”–—…£€°]*$/u;
const BARE_ADDRESS = /www\.|https?:\/\//i;
const ADDRESS = /^[^\s()<>[\]\\&"'`|\p{Cc}]+$/u;
/** A link from its `[`: text, then `(address)` or `[label]`. */
const LINK = /\[([^[\]\n]{1,999})\](?:\(([^()\n]+)\)|\[([^[\]\\\n]{1,999})\])/y;

class PlainReader {
  private readonly children: RootContent[] = [];
  private readonly lineStarts: number[] = [];
  private previous: Previous = 'start';
  private paragraph: { from: number; to: number } | undefined;
  private list: { node: List; marker: string; from: number } | undefined;
  private table: { node: Table; from: number; columns: number; aligned: boolean } | undefined;

  constructor(
    private readonly text: string,
    private readonly labels: Labels,
    private readonly at: Place,
  ) {}

  read(): boolean {
    let from = 0;
    while (from <= this.text.length) {
      const end = this.text.indexOf('\n', from);
      const to = end < 0 ? this.text.length : end;
      this.lineStarts.push(from);
      if (!this.line(from, to)) return false;
      from = to + 1;
    }
    return this.closeParagraph() && this.closeTable();
  }

  root(): Root {
    return { type: 'root', children: this.children, position: this.span(0, this.text.length) };
  }

  private line(from: number, to: number): boolean {
    const line = this.text.slice(from, to);
    if (line === '') {
      if (!this.closeParagraph() || !this.closeTable()) return false;
      if (to < this.text.length || from < to) this.previous = 'blank';
      return true;
    }
    if (UNSAFE_LINE.test(line)) return false;
    if (this.table || line.startsWith('|')) return this.tableRow(from, to, line);
    const heading = HEADING.exec(line);
    if (heading) return this.heading(from, to, heading[1]!.length);
    const item = BULLET_ITEM.exec(line) ?? ORDERED_ITEM.exec(line);
    if (item) return this.item(from, to, item);
    const definition = DEFINITION.exec(line);
    if (definition) return this.definition(from, to, definition[1]!, definition[2]!);
    if (!STARTS_TEXT.test(line) || NOT_TEXT.test(line)) return false;
    if (this.previous === 'paragraph') {
      this.paragraph!.to = to;
      return true;
    }
    if (this.previous === 'item' || this.previous === 'definition') return false;
    this.list = undefined;
    this.paragraph = { from, to };
    this.previous = 'paragraph';
    return true;
  }

  private heading(from: number, to: number, depth: number): boolean {
    if (!this.closeParagraph()) return false;
    const children = this.inline(from + depth + 1, to);
    if (!children) return false;
    const node: Heading = {
      type: 'heading',
      depth: depth as Heading['depth'],
      children,
      position: this.span(from, to),
    };
    return this.block(node, 'heading');
  }

  /**
   * A list item: the next of the list above, or the first of a new list. A new list may start
   * right under text or an item of another kind only with a bullet or "1.": any other number
   * there is more of the text above.
   */
  private item(from: number, to: number, match: RegExpExecArray): boolean {
    if (this.previous === 'definition') return false;
    const ordered = match.length === 4;
    const marker = ordered ? match[2]! : match[1]!;
    const content = match[ordered ? 3 : 2]!;
    if (!STARTS_TEXT.test(content) || NOT_TEXT.test(content)) return false;
    const list = this.list;
    const next = list?.marker === marker && list.node.ordered === ordered;
    const start = ordered ? Number.parseInt(match[1]!, 10) : null;
    const underText = this.previous === 'paragraph' || (this.previous === 'item' && !next);
    if (underText && start !== null && start !== 1) return false;
    if (!this.closeParagraph()) return false;
    const contentFrom = to - content.length;
    const children = this.inline(contentFrom, to);
    if (!children) return false;
    const paragraph: Paragraph = {
      type: 'paragraph',
      children,
      position: this.span(contentFrom, to),
    };
    const item: ListItem = {
      type: 'listItem',
      spread: false,
      checked: null,
      children: [paragraph],
      position: this.span(from, to),
    };
    if (list && next) {
      if (this.previous === 'blank') list.node.spread = true;
      list.node.children.push(item);
      list.node.position = this.span(list.from, to);
    } else {
      const node: List = {
        type: 'list',
        ordered,
        start,
        spread: false,
        children: [item],
        position: this.span(from, to),
      };
      this.children.push(node);
      this.list = { node, marker, from };
    }
    this.previous = 'item';
    return true;
  }

  private definition(from: number, to: number, label: string, url: string): boolean {
    if (this.previous === 'paragraph' || this.previous === 'item') return false;
    if (!isPlain(label) || label.trim() === '' || !ADDRESS.test(url)) return false;
    const node: Definition = {
      type: 'definition',
      identifier: identifier(label),
      label,
      title: null,
      url,
      position: this.span(from, to),
    };
    return this.block(node, 'definition');
  }

  /** A block that ends any list above it. */
  private block(node: RootContent, kind: Previous): true {
    this.list = undefined;
    this.children.push(node);
    this.previous = kind;
    return true;
  }

  /**
   * A row of a table: its header, right under a blank line or heading; its delimiter row; or a
   * row of its body. Only a blank line may end it, as any other line would be one more row.
   */
  private tableRow(from: number, to: number, line: string): boolean {
    const table = this.table;
    if (table && !table.aligned) {
      const align = columnAligns(line, table.columns);
      if (!align) return false;
      table.node.align = align;
      table.aligned = true;
      table.node.position = this.span(table.from, to);
      return true;
    }
    if (!table && !['start', 'blank', 'heading'].includes(this.previous)) return false;
    const cells = tableCells(line);
    if (!cells || (table && cells.length !== table.columns)) return false;
    const row: TableRow = { type: 'tableRow', children: [], position: this.span(from, to) };
    for (const cell of cells) {
      const children = this.inline(from + cell.textFrom, from + cell.textTo);
      if (!children) return false;
      row.children.push({
        type: 'tableCell',
        children,
        position: this.span(from + cell.from, from + cell.to),
      });
    }
    if (table) {
      table.node.children.push(row);
      table.node.position = this.span(table.from, to);
      return true;
    }
    const node: Table = { type: 'table', align: [], children: [row], position: row.position };
    this.table = { node, from, columns: cells.length, aligned: false };
    return this.block(node, 'table');
  }

  /** A table ends at a blank line; it was no table if it had no delimiter row. */
  private closeTable(): boolean {
    const table = this.table;
    this.table = undefined;
    return !table || table.aligned;
  }

  private closeParagraph(): boolean {
    const paragraph = this.paragraph;
    if (!paragraph) return true;
    this.paragraph = undefined;
    const children = this.inline(paragraph.from, paragraph.to);
    if (!children) return false;
    this.children.push({
      type: 'paragraph',
      children,
      position: this.span(paragraph.from, paragraph.to),
    });
    return true;
  }

  /** The text and links between two offsets, or undefined if anything there is not plain. */
  private inline(from: number, to: number): PhrasingContent[] | undefined {
    const nodes: PhrasingContent[] = [];
    let at = from;
    while (at < to) {
      const open = this.text.indexOf('[', at);
      const textEnd = open < 0 || open >= to ? to : open;
      if (textEnd > at) {
        const value = this.text.slice(at, textEnd);
        if (!isPlain(value) || (textEnd < to && value.endsWith('!'))) return undefined;
        nodes.push({ type: 'text', value, position: this.span(at, textEnd) });
      }
      if (textEnd === to) break;
      LINK.lastIndex = open;
      const link = LINK.exec(this.text);
      if (!link || open + link[0].length > to) return undefined;
      const [whole, label, url, reference] = link;
      if (!isPlain(label!) || label!.trim() === '' || label!.startsWith('^')) return undefined;
      const end = open + whole.length;
      const children: PhrasingContent[] = [
        { type: 'text', value: label!, position: this.span(open + 1, open + 1 + label!.length) },
      ];
      if (url !== undefined) {
        if (!ADDRESS.test(url)) return undefined;
        nodes.push({ type: 'link', title: null, url, children, position: this.span(open, end) });
      } else {
        if (!this.labels.definitions.has(normalizeIdentifier(reference!))) return undefined;
        nodes.push({
          type: 'linkReference',
          children,
          position: this.span(open, end),
          label: reference!,
          identifier: identifier(reference!),
          referenceType: 'full',
        });
      }
      at = end;
    }
    return nodes;
  }

  private span(from: number, to: number): Position {
    return { start: this.point(from), end: this.point(to) };
  }

  /** The point in the page of an offset in the text, on a line already read. */
  private point(offset: number): Point {
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    const { lineOffset, offset: before } = this.at;
    return {
      line: lineOffset + low + 1,
      column: offset - starts[low]! + 1,
      offset: before + offset,
    };
  }
}

function isPlain(text: string): boolean {
  return PLAIN_TEXT.test(text) && !BARE_ADDRESS.test(text);
}

/** A label's identifier, as `mdast-util-from-markdown` makes it. */
function identifier(label: string): string {
  return normalizeIdentifier(label).toLowerCase();
}
