// Plain `pdftotext` (no -layout) of a PDF report prints part 三's numbers apart from their row
// labels: one cell a line, a row's numbers before its label, labels of several rows between them
// (nianbao issue 18). Pairing numbers with labels then fails or goes wrong. The 2021 format fixes
// the table, though: 25 rows (一、二, the 21 result rows, 「（七）总计」, 「四、结转下年度继续办理」)
// × 7 columns (six applicants, 「总计」) = 175 numbers. When the part holds exactly that many, they
// are put back in the format's order — row by row, or column by column — and a reading is taken
// only when every identity of the table holds in it: each row's 「总计」 is the sum of its six cells,
// each column's 「（七）总计」 the sum of its 21 result rows, and 一+二 = （七）+四 in every column
// (「本列数据的勾稽关系」). That is 39 equations over 175 numbers; an order that is not the printed one
// passes them only by moving equal numbers, which reads the same. One reading → read; none, or
// two that differ → nothing is read, and the reason says why.
import { cellId } from '../report/cell-address';
import { APPLICANT_COLUMNS, APPLICATION_ROWS, type ApplicationRow, RESULT_ROWS } from '../report/keys';
import { APPLICATION_ROW_LABELS } from '../report/labels';
import { snippetOf } from './clean-text';
import { type Findings, recordNumber } from './findings';

const ROWS = APPLICATION_ROWS.length; // 25
const COLUMNS = APPLICANT_COLUMNS.length; // 7
export const GRID_CELLS = ROWS * COLUMNS;

/** A number standing alone between spaces or line ends: a table cell (「1.」「3/6」「2022年」 are not). */
const CELL = /^(?:\d+|\d{1,3}(?:,\d{3})+)$/u;

const halfWidth = (word: string) =>
  word.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** The numbers of the part's lines that stand alone, in reading order. */
export function standaloneNumbers(lines: readonly string[]): number[] {
  const out: number[] = [];
  for (const line of lines)
    for (const word of line.split(/[\s\u3000]+/u)) {
      const w = halfWidth(word);
      if (CELL.test(w)) out.push(Number(w.replace(/,/gu, '')));
    }
  return out;
}

type Grid = number[][];
const row = (name: ApplicationRow) => APPLICATION_ROWS.indexOf(name);

/** Every identity of the part 三 table holds in `grid` (25 × 7, the format's order). */
export function gridHolds(grid: Grid): boolean {
  const total = COLUMNS - 1;
  for (const cells of grid) {
    const sum = cells.slice(0, total).reduce((s, v) => s + v, 0);
    if (sum !== cells[total]) return false;
  }
  const at = (r: ApplicationRow, c: number) => grid[row(r)]![c]!;
  for (let c = 0; c < COLUMNS; c++) {
    const results = RESULT_ROWS.reduce((s, r) => s + at(r, c), 0);
    if (results !== at('totalHandled', c)) return false;
    if (at('newReceived', c) + at('carriedOver', c) !== at('totalHandled', c) + at('carriedForward', c))
      return false;
  }
  return true;
}

const ORDERS = {
  /** row by row, as the table is printed */
  rows: (values: readonly number[]): Grid =>
    Array.from({ length: ROWS }, (_, r) => values.slice(r * COLUMNS, (r + 1) * COLUMNS)),
  /** column by column, as a column-wise dump prints it */
  columns: (values: readonly number[]): Grid =>
    Array.from({ length: ROWS }, (_, r) => Array.from({ length: COLUMNS }, (_, c) => values[c * ROWS + r]!)),
} as const;
export type GridOrder = keyof typeof ORDERS;

export type InOrderReading =
  | { ok: true; grid: Grid; order: GridOrder }
  | { ok: false; reason: string; count: number };

/** Part 三 read from its numbers alone, in the format's order, when the identities prove it. */
export function readApplicationsInOrder(lines: readonly string[]): InOrderReading {
  const values = standaloneNumbers(lines);
  if (values.length !== GRID_CELLS)
    return {
      ok: false,
      count: values.length,
      reason: `本部分共有${values.length}个单独的数，而表格应有${GRID_CELLS}个（${ROWS}行×${COLUMNS}栏），无法按顺序对应`,
    };
  const fitting = (Object.keys(ORDERS) as GridOrder[])
    .map((order) => ({ order, grid: ORDERS[order](values) }))
    .filter((x) => gridHolds(x.grid));
  const distinct = fitting.filter(
    (x, i) => fitting.findIndex((y) => JSON.stringify(y.grid) === JSON.stringify(x.grid)) === i,
  );
  if (distinct.length === 1) return { ok: true, ...distinct[0]! };
  return {
    ok: false,
    count: values.length,
    reason:
      distinct.length === 0
        ? `本部分的${GRID_CELLS}个数无论按行还是按列依次对应，都不满足各行总计、「（七）总计」和各栏勾稽关系，顺序无法确定（也可能原文数字有误）`
        : `本部分的${GRID_CELLS}个数按行和按列依次对应都满足勾稽关系，但读出的数不同，无法确定`,
  };
}

const ORDER_NAMES: Record<GridOrder, string> = { rows: '逐行', columns: '逐栏' };

/** Records the reading; returns the note for the import summary saying how it was read. */
export function recordInOrder(f: Findings, reading: Extract<InOrderReading, { ok: true }>): string {
  APPLICATION_ROWS.forEach((r, i) => {
    const cells = reading.grid[i]!;
    const snippet = snippetOf(`${APPLICATION_ROW_LABELS[r]} ${cells.join(' ')}`);
    cells.forEach((value, k) => {
      const column = APPLICANT_COLUMNS[k]!;
      const input = r !== 'totalHandled' && column !== 'total';
      const id = cellId({ part: 'applications', row: r, column });
      recordNumber(f, id, { value, draftText: String(value) }, snippet, input);
    });
  });
  return `第三部分表格的数字与行标题分开排列（如PDF转出的纯文本）：共${GRID_CELLS}个数，正好是表格的${ROWS}行×${COLUMNS}栏，按国家格式的行列顺序${ORDER_NAMES[reading.order]}对应后，各行总计、「（七）总计」和各栏勾稽关系全部相符，已按此读取；请与原文核对。`;
}
