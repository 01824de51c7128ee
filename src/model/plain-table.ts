import type { AlignType } from 'mdast';

/** Where a table cell sits on its line: from its pipe to the next, and its text inside. */
export interface CellPlace {
  from: number;
  to: number;
  textFrom: number;
  textTo: number;
}

/**
 * The cells of a plain table row, `| text | text |`: pipes at both ends, and in each cell text
 * with at least one space either side. Undefined for any other line. A cell runs from its pipe
 * to the next one, the last to the end of the line, as `mdast-util-gfm-table` places them.
 */
export function tableCells(line: string): CellPlace[] | undefined {
  const pipes = pipesOf(line);
  if (!pipes) return undefined;
  const cells: CellPlace[] = [];
  for (let i = 0; i + 1 < pipes.length; i++) {
    const from = pipes[i]!;
    const next = pipes[i + 1]!;
    const text = CELL.exec(line.slice(from + 1, next));
    if (!text) return undefined;
    const textFrom = from + 1 + text[1]!.length;
    cells.push({
      from,
      to: i + 2 === pipes.length ? line.length : next,
      textFrom,
      textTo: textFrom + text[2]!.length,
    });
  }
  return cells;
}

/** The alignment of each column from a delimiter row, `| :--- | ---: |`, if it has `columns`. */
export function columnAligns(line: string, columns: number): AlignType[] | undefined {
  const pipes = pipesOf(line);
  if (!pipes || pipes.length !== columns + 1) return undefined;
  const aligns: AlignType[] = [];
  for (let i = 0; i + 1 < pipes.length; i++) {
    const delimiter = DELIMITER.exec(line.slice(pipes[i]! + 1, pipes[i + 1]));
    if (!delimiter) return undefined;
    const [, left, right] = delimiter;
    aligns.push(left && right ? 'center' : left ? 'left' : right ? 'right' : null);
  }
  return aligns;
}

const CELL = /^( +)([^ |](?:[^|]*[^ |])?) +$/;
const DELIMITER = /^ *(:?)-+(:?) *$/;

function pipesOf(line: string): number[] | undefined {
  if (line.length < 2 || !line.startsWith('|') || !line.endsWith('|')) return undefined;
  const pipes: number[] = [];
  for (let at = line.indexOf('|'); at >= 0; at = line.indexOf('|', at + 1)) pipes.push(at);
  return pipes.length >= 2 ? pipes : undefined;
}
