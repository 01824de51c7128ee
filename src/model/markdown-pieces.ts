/**
 * Where a long page can be cut so that each piece, read on its own, gives the very nodes the
 * whole page gives. micromark keeps every event of a document alive until the end and slows
 * down as a document grows, so a page of 100,000 links reads several times faster in small
 * pieces than whole.
 *
 * A cut is made only before a line that begins at the left margin and cannot belong to anything
 * above it:
 * - after a blank line, a line that is not a list item or a quote (a list or quote could go on
 *   across the blank line, and a blank line between items makes a list loose);
 * - right after a one-line list item, the next item of the same list (same bullet, or same
 *   number style). The two pieces then each end and start with part of one list, which
 *   `joinPieces` puts back together.
 *
 * Never inside fenced code or an HTML block: most HTML blocks run to the next blank line, but
 * comments, `<pre>`, `<script>`, `<style>`, `<textarea>`, `<?` and `<!` run past blank lines to
 * their own end. Whether a line opens one can depend on what is around it (HTML in a paragraph
 * is not a block, a fence in a list item ends with the item), so every reading of the lines so
 * far is followed, and a cut is made only where all of them agree that nothing is open.
 */

export interface Piece {
  text: string;
  /** Lines and characters of the page before this piece. */
  lineOffset: number;
  offset: number;
  /** Whether the piece starts with the next item of a list the piece before ends with. */
  continuesList: boolean;
}

const FENCE = /^( {0,3})(`{3,}|~{3,})/;
const BLANK = /^[ \t]*\r?$/;
const AT_MARGIN = /^[^ \t\r>]/;
const BULLET_ITEM = /^([-*+])[ \t]+\S/;
const ORDERED_ITEM = /^0*(\d{1,9})([.)])[ \t]+\S/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*\r?$/;
/** A line that may start an HTML block, at the margin or inside a quote or list item. */
const HTML_START = /^(?:[ \t]*(?:>[ \t]?|[-*+][ \t]+|\d{1,9}[.)][ \t]+))*[ \t]*<[A-Za-z/?!]/;
/** HTML that a blank line does not end, with what ends it. */
const LONG_HTML: readonly [RegExp, string | RegExp][] = [
  [/<!--/, '-->'],
  [/<(?:script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/<\?/, '?>'],
  [/<!\[CDATA\[/, ']]>'],
  [/<![A-Za-z]/, '>'],
];

/**
 * One reading of what is open after a line: nothing, a fence (its marker), HTML up to a blank
 * line, or HTML up to the end marker at `LONG_HTML[n]`.
 */
type Open = 'nothing' | `fence ${string}` | 'html' | `long html ${number}`;

/** Cut `text` into pieces of about `size` characters or more, at the places described above. */
export function cutIntoPieces(text: string, size: number): Piece[] {
  const lines = text.split('\n');
  const pieces: Piece[] = [];
  let start = 0;
  let startOffset = 0;
  let startContinues = false;
  let offset = 0;
  let readings = new Set<Open>(['nothing']);
  let previous: LineKind = { blank: true };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const closed = readings.size === 1 && readings.has('nothing');
    const kind = lineKind(line, previous, closed);
    if (i > start && closed && offset - startOffset >= size) {
      const cut = cutBefore(previous, kind);
      if (cut) {
        pieces.push(piece(lines, start, i, startOffset, startContinues));
        start = i;
        startOffset = offset;
        startContinues = cut === 'list';
      }
    }
    const next = new Set<Open>();
    for (const open of readings) for (const after of openAfter(line, open)) next.add(after);
    readings = next;
    previous = kind;
    offset += line.length + 1;
  }
  pieces.push(piece(lines, start, lines.length, startOffset, startContinues));
  return pieces;
}

function piece(
  lines: string[],
  from: number,
  to: number,
  offset: number,
  continuesList: boolean,
): Piece {
  const text = lines.slice(from, to).join('\n') + (to < lines.length ? '\n' : '');
  return { text, lineOffset: from, offset, continuesList };
}

/** Pieces that follow one another, as one piece. */
export function joinedPiece(pieces: readonly Piece[]): Piece {
  const first = pieces[0]!;
  if (pieces.length === 1) return first;
  return { ...first, text: pieces.map((piece) => piece.text).join('') };
}

interface LineKind {
  blank?: boolean;
  /** Starts at the margin, not as a thematic break, so it cannot belong to a block above. */
  atMargin?: boolean;
  /** The kind of list item the line surely starts at the margin: bullet or number style. */
  item?: string;
}

/**
 * What a line is, as far as cutting goes; `closed` when every reading has nothing open before
 * it. A numbered line other than "1." after text is not an item but more of that text (after
 * indented code too, for micromark), so it counts as an item only right after one of its kind.
 */
function lineKind(line: string, previous: LineKind, closed: boolean): LineKind {
  if (BLANK.test(line)) return { blank: true };
  if (!closed || !AT_MARGIN.test(line) || THEMATIC_BREAK.test(line)) return {};
  const bullet = BULLET_ITEM.exec(line);
  if (bullet) return { atMargin: true, item: bullet[1] };
  const ordered = ORDERED_ITEM.exec(line);
  if (!ordered) return { atMargin: true };
  const item = `1${ordered[2]}`;
  return ordered[1] === '1' || previous.item === item ? { atMargin: true, item } : {};
}

/** Whether a cut between two lines is safe, and of which kind. */
function cutBefore(previous: LineKind, line: LineKind): 'block' | 'list' | undefined {
  if (!line.atMargin) return undefined;
  if (previous.blank) return line.item ? undefined : 'block';
  return line.item && line.item === previous.item ? 'list' : undefined;
}

/** The readings of what is open after `line`, given one reading of what was open before it. */
function openAfter(line: string, open: Open): Open[] {
  if (open.startsWith('fence ')) return closesFence(line, open.slice(6)) ? ['nothing'] : [open];
  if (open.startsWith('long html ')) {
    const end = LONG_HTML[Number(open.slice(10))]![1];
    return ends(line, 0, end) ? ['nothing'] : [open];
  }
  if (open === 'html') return BLANK.test(line) ? ['nothing'] : ['html'];
  return opensAfterNothing(line);
}

/**
 * A fence at the margin opens one for sure; one indented may sit in a list item and end with
 * it. HTML may be a block or text in a paragraph, unless a long block starts the line.
 */
function opensAfterNothing(line: string): Open[] {
  const fence = FENCE.exec(line);
  if (fence && !(fence[2]![0] === '`' && line.slice(fence[0].length).includes('`')))
    return fence[1] ? [`fence ${fence[2]}`, 'nothing'] : [`fence ${fence[2]}`];
  for (const [index, [start, end]] of LONG_HTML.entries()) {
    const found = start.exec(line);
    if (found && !ends(line, found.index + found[0].length, end))
      return found.index === 0 ? [`long html ${index}`] : [`long html ${index}`, 'nothing'];
  }
  return HTML_START.test(line) ? ['html', 'nothing'] : ['nothing'];
}

function closesFence(line: string, marker: string): boolean {
  const close = FENCE.exec(line);
  return (
    close !== null &&
    close[2]![0] === marker[0] &&
    close[2]!.length >= marker.length &&
    BLANK.test(line.slice(close[0].length))
  );
}

function ends(line: string, from: number, end: string | RegExp): boolean {
  const rest = line.slice(from);
  return typeof end === 'string' ? rest.includes(end) : end.test(rest);
}
