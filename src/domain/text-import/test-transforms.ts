// Test inputs built from the fixture text by transformation (never by retyping its numbers):
// the fixture's tables are one cell per line (「\t」 before each cell, an empty line between rows,
// a line without 「\t」 continuing the cell above), so they can be parsed back into rows and
// re-rendered in the other shapes published texts come in.
import { PART_TITLES, type PartKey } from '../report/labels';

export type Row = string[];
export type Region = { start: number; end: number };

const TABLE_PARTS = ['proactive', 'applications', 'appeals'] as const satisfies readonly PartKey[];

function headingLine(lines: readonly string[], part: PartKey): number {
  const at = lines.findIndex((l) => l.trim() === PART_TITLES[part]);
  if (at < 0) throw new Error(`fixture has no heading ${PART_TITLES[part]}`);
  return at;
}

/** The content lines [start, end) of a part in the fixture's layout (its heading to the next one). */
export function partRegion(lines: readonly string[], part: PartKey): Region {
  const order: PartKey[] = ['overview', 'proactive', 'applications', 'appeals', 'problems', 'otherMatters'];
  const start = headingLine(lines, part) + 1;
  const next = order[order.indexOf(part) + 1];
  return { start, end: next ? headingLine(lines, next) : lines.length };
}

/** One-cell-per-line table lines → rows of cells (a continuation line joins its cell without a space). */
export function parseRows(lines: readonly string[]): Row[] {
  const rows: Row[] = [];
  let row: Row = [];
  for (const line of lines) {
    if (line === '') {
      if (row.length > 0) rows.push(row);
      row = [];
    } else if (line.startsWith('\t')) row.push(line.slice(1).trim());
    else if (row.length > 0) row[row.length - 1] += line.trim();
    else row.push(line.trim());
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** Rows → one cell per line, as in the fixture. */
export function renderCellPerLine(rows: readonly Row[]): string[] {
  return rows.flatMap((row) => [...row.map((c) => `\t${c}`), '']);
}

/** Re-renders every table of the text with `render` (rows → lines). */
export function reshapeTables(text: string, render: (rows: Row[], part: PartKey) => string[]): string {
  let lines = text.split('\n');
  for (const part of TABLE_PARTS) {
    const { start, end } = partRegion(lines, part);
    lines = [
      ...lines.slice(0, start),
      ...render(parseRows(lines.slice(start, end)), part),
      ...lines.slice(end),
    ];
  }
  return lines.join('\n');
}

export const tabRows = (rows: Row[]) => rows.map((r) => `\t${r.join('\t')}`);
export const spaceRows = (rows: Row[]) => rows.map((r) => r.filter((c) => c !== '').join(' '));

/** Applies `fn` to every cell of every table (label cells and number cells alike). */
export function mapCells(text: string, fn: (cell: string, row: Row, part: PartKey) => string): string {
  return reshapeTables(text, (rows, part) =>
    renderCellPerLine(rows.map((row) => row.map((c) => fn(c, row, part)))),
  );
}

export const isNumberCell = (cell: string) => /^\d+(\.\d+)?$/.test(cell);

export function toFullWidth(text: string): string {
  return text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
}

/** Cuts a part out of the text, heading included. */
export function removePart(text: string, part: PartKey): string {
  const lines = text.split('\n');
  const { start, end } = partRegion(lines, part);
  return [...lines.slice(0, start - 1), ...lines.slice(end)].join('\n');
}

/** The row whose cells include `label`, with the index of that label cell. */
export function findRow(rows: readonly Row[], label: string): { row: Row; at: number; index: number } {
  const index = rows.findIndex((r) => r.includes(label));
  if (index < 0) throw new Error(`no row ${label}`);
  const row = rows[index]!;
  return { row, at: row.indexOf(label), index };
}

/** The k-th number cell (0-based) after the label of the row labelled `label`, set to `value`. */
export function setNumber(text: string, label: string, k: number, value: string): string {
  return reshapeTables(text, (rows) => {
    const hit = rows.some((r) => r.includes(label));
    if (!hit) return renderCellPerLine(rows);
    const { row, at } = findRow(rows, label);
    const numbers = row.map((c, i) => (i > at && isNumberCell(c) ? i : -1)).filter((i) => i >= 0);
    const target = numbers[k];
    if (target === undefined) throw new Error(`row ${label} has no number ${k}`);
    row[target] = value;
    return renderCellPerLine(rows);
  });
}

/** Drops (even position) or replaces (odd position) one character in the middle of a label. */
export function typo(label: string, n: number): string {
  const numbering = /^(?:（[一二三四五六七]）|[一二三四]、|\d\.)/.exec(label)?.[0].length ?? 0;
  const at = numbering + Math.floor((label.length - numbering) / 2);
  return n % 2 === 0
    ? label.slice(0, at) + label.slice(at + 1)
    : `${label.slice(0, at)}某${label.slice(at + 1)}`;
}

/**
 * The text on one line, as a crawler saves a web page (issue 18): every line joined, each table's
 * cells joined by `separator` (none: run together), zeros dropped when asked.
 */
export function oneLine(text: string, separator = '', dropZeros = false): string {
  const lines = text.split('\n');
  const tables = (['proactive', 'applications', 'appeals'] as const).map((p) => partRegion(lines, p));
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = tables.find((r) => r.start === i);
    if (t) {
      out.push(
        parseRows(lines.slice(t.start, t.end))
          .flat()
          .filter((c) => c !== '' && !(dropZeros && c.trim() === '0'))
          .join(separator),
      );
      i = t.end - 1;
    } else if (lines[i]!.trim() !== '') out.push(lines[i]!.trim());
  }
  return out.join(separator);
}
