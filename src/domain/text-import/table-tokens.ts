// Reads the text of a table as a stream of cells, whatever shape the copy took (SPEC §11):
// one cell per line (a Word table pasted as text, as in the fixture), tab-separated rows (a web
// page or a spreadsheet), space-separated rows (a PDF), labels wrapped in the middle of a word.
// The stream is then cut into logical rows: the label pieces before a run of numbers are that
// row's label. Which row it is, is decided by the label (align-rows.ts), never by line position.
import { isDashText, normalizeNumberText } from '../numbers/normalize';

export type TableToken =
  /** a piece of label or header text */
  | { kind: 'text'; text: string; line: number }
  /** anything that is meant as a cell value: digits, decimals, 「/」「-」「—」, or unreadable (「12a」) */
  | { kind: 'value'; text: string; line: number }
  /** an explicitly empty cell (between tabs, or a tab-only line) */
  | { kind: 'blank'; line: number }
  /** the end of a row of the source (an empty line, or the end of a line holding several cells) */
  | { kind: 'rowEnd'; line: number };

export type CellToken = Extract<TableToken, { kind: 'value' | 'blank' }>;
export type TextToken = Extract<TableToken, { kind: 'text' }>;

const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/u;
const HAS_DIGIT = /[\d０-９]/u;
const NUMBER_CHAR = /[\d０-９,，.．]/u;

/**
 * Label text with its numbers glued on: 「…申请数量230000023」 → 「…申请数量」, 「230000023」.
 * Scanned from the end (a regex with a lazy prefix would be quadratic on a long line).
 */
function splitTrailingNumber(piece: string): [string, string] | null {
  let start = piece.length;
  while (start > 0 && NUMBER_CHAR.test(piece[start - 1]!)) start--;
  while (start < piece.length && !HAS_DIGIT.test(piece[start]!)) start++;
  if (start >= piece.length || start === 0) return null;
  return [piece.slice(0, start), piece.slice(start)];
}

function classify(piece: string, line: number, out: TableToken[]): void {
  if (CJK.test(piece)) {
    const glued = splitTrailingNumber(piece);
    if (glued && CJK.test(glued[0])) {
      out.push({ kind: 'text', text: glued[0], line });
      out.push({ kind: 'value', text: glued[1], line });
    } else out.push({ kind: 'text', text: piece, line });
    return;
  }
  if (HAS_DIGIT.test(piece) || isDashText(normalizeNumberText(piece)))
    out.push({ kind: 'value', text: piece, line });
  else out.push({ kind: 'text', text: piece, line });
}

/** The cells of a table's lines; `firstLine` numbers the lines for snippets. */
export function tokenizeTable(lines: readonly string[], firstLine = 0): TableToken[] {
  const out: TableToken[] = [];
  lines.forEach((raw, n) => {
    const line = firstLine + n;
    if (raw.trim() === '' && !raw.includes('\t')) {
      out.push({ kind: 'rowEnd', line });
      return;
    }
    const fields = raw.split('\t');
    // A leading tab is indentation (each cell of a pasted Word table starts with one), not a cell.
    if (fields.length > 1 && fields[0]!.trim() === '') fields.shift();
    const before = out.length;
    for (const field of fields) {
      const text = field.trim();
      if (text === '') out.push({ kind: 'blank', line });
      else for (const piece of text.split(/\s+/u)) classify(piece, line, out);
    }
    if (out.length - before > 1) out.push({ kind: 'rowEnd', line });
  });
  return out;
}

export type LogicalRow = {
  /** label pieces since the previous row (headers and group labels included; matching picks the tail) */
  label: TextToken[];
  /** the cells after the label, up to the next label piece */
  run: TableToken[];
};

export function firstGroupBlanks(run: readonly TableToken[]): number {
  let blanks = 0;
  for (const t of run) {
    if (t.kind === 'rowEnd') break;
    if (t.kind === 'blank') blanks++;
  }
  return blanks;
}

export function hasValue(run: readonly TableToken[]): boolean {
  return run.some((t) => t.kind === 'value');
}

/** Cuts the stream into logical rows: label pieces, then cells. */
export function logicalRows(tokens: readonly TableToken[]): LogicalRow[] {
  const rows: LogicalRow[] = [];
  let label: TextToken[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.kind === 'text') {
      label.push(token);
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && tokens[j]!.kind !== 'text') j++;
    const run = tokens.slice(i, j);
    if (hasValue(run)) {
      rows.push({ label, run });
      label = [];
    } else if (firstGroupBlanks(run) > 0) {
      // Empty cells right after a label: a row of blanks (each 0) if the label is a row with
      // that many cells (align-rows.ts checks), else a header with an empty cell. Its label
      // pieces stay for the next row too, in case it was only the first half of a wrapped label.
      rows.push({ label: [...label], run });
    }
    i = j;
  }
  return rows;
}

export type TakenCells =
  | { status: 'ok'; cells: CellToken[] }
  /** fewer cells than the row has columns */
  | { status: 'short'; cells: CellToken[] }
  /** more numbers than the row has columns: which is which cannot be told */
  | { status: 'long'; cells: CellToken[] };

const isCell = (t: TableToken): t is CellToken => t.kind === 'value' || t.kind === 'blank';

/**
 * The `n` cells of a row from its run. Source rows are taken until `n` cells are reached (a row
 * may wrap over lines); blank cells beyond `n` are merged label cells of the next row and dropped.
 */
export function takeCells(run: readonly TableToken[], n: number): TakenCells {
  const taken: CellToken[] = [];
  let group: CellToken[] = [];
  const flush = () => {
    // A group of blanks only, before any value, is the merged label cells of this row.
    if (taken.length === 0 && group.length < n && !group.some((c) => c.kind === 'value')) {
      group = [];
      return;
    }
    taken.push(...group);
    group = [];
  };
  for (const t of run) {
    if (taken.length >= n) break;
    if (t.kind === 'rowEnd') flush();
    else if (isCell(t)) group.push(t);
  }
  if (taken.length < n) flush();
  if (taken.length === n) return { status: 'ok', cells: taken };
  if (taken.length < n) return { status: 'short', cells: taken };
  const values = taken.filter((c) => c.kind === 'value');
  if (values.length === n) return { status: 'ok', cells: values };
  if (values.length > n) return { status: 'long', cells: values };
  const cells = [...taken];
  while (cells.length > n && cells.at(-1)?.kind === 'blank') cells.pop();
  while (cells.length > n && cells[0]?.kind === 'blank') cells.shift();
  return cells.length === n ? { status: 'ok', cells } : { status: 'long', cells };
}
