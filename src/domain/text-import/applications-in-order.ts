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
// Plain pdftotext may also print a block of rows column by column — each column's numbers of
// several rows as one paragraph, seven paragraphs in turn — between rows printed row by row (a
// real district report did so for rows 1.–8. of 「（三）不予公开」). Such a text is read by its
// paragraphs, under the same proof. A table with the 2019 single 「（六）其他处理」 row (its two
// sub-rows not printed) has 23 rows: its row goes to 「3.其他」, the two others are 0, as when read by label.
// pdfminer prints a page's block of rows as their labels, then their numbers column by column, each
// cell a paragraph: the numbers between two pieces of label text are whole rows, read row by row or
// column by column — every combination tried, under the same proof ('blocks').
import { cellId } from '../report/cell-address';
import { APPLICANT_COLUMNS, APPLICATION_ROWS, type ApplicationRow, RESULT_ROWS } from '../report/keys';
import { APPLICATION_ROW_LABELS } from '../report/labels';
import { firstCellTables, flowNumbers, lineWords, totalsAfterTables } from './applications-first-cells';
import { asciiDigits, snippetOf } from './clean-text';
import { type Findings, recordNumber } from './findings';
import { OLD_ROW_NOTE } from './read-applications';

const ROWS = APPLICATION_ROWS.length; // 25
const COLUMNS = APPLICANT_COLUMNS.length; // 7
export const GRID_CELLS = ROWS * COLUMNS;

/** A number standing alone between spaces or line ends: a table cell (「1.」「3/6」「2022年」 are not). */
const CELL = /^(?:\d+|\d{1,3}(?:,\d{3})+)$/u;

/**
 * The numbers of each paragraph of number-only lines, in order: an empty line or a line with words
 * ends a paragraph (plain pdftotext prints a column of a block of rows as one such paragraph).
 */
export function numberParagraphs(lines: readonly string[]): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length > 0) out.push(run);
    run = [];
  };
  for (const line of lines) {
    const words = lineWords(line);
    if (words.length > 0 && words.every((w) => CELL.test(w)))
      run.push(...words.map((w) => Number(w.replace(/,/gu, ''))));
    else close();
  }
  close();
  return out;
}

/**
 * Rows from paragraphs: seven paragraphs in turn of the same length k are k rows printed column by
 * column (k = 1: one row, a cell a paragraph); a paragraph of seven numbers alone is one row.
 * Null when the paragraphs do not fall so.
 */
function rowsByParagraphs(paragraphs: readonly number[][]): number[][] | null {
  const rows: number[][] = [];
  let i = 0;
  while (i < paragraphs.length) {
    const k = paragraphs[i]!.length;
    const block = paragraphs.slice(i, i + COLUMNS);
    if (block.length === COLUMNS && block.every((p) => p.length === k)) {
      for (let j = 0; j < k; j++) rows.push(block.map((p) => p[j]!));
      i += COLUMNS;
    } else if (k === COLUMNS) {
      rows.push([...paragraphs[i]!]);
      i++;
    } else return null;
  }
  return rows;
}

/**
 * The numbers of each run of number-only lines, in order, a run ended only by a line with words
 * (empty lines do not end it): pdfminer prints each cell as a paragraph of its own, and a page's
 * block of rows as its labels, then its numbers column by column.
 */
export function numberRuns(lines: readonly string[]): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const words = lineWords(line);
    if (words.every((w) => CELL.test(w))) run.push(...words.map((w) => Number(w.replace(/,/gu, ''))));
    else {
      if (run.length > 0) out.push(run);
      run = [];
    }
  }
  if (run.length > 0) out.push(run);
  return out;
}

/** A page number line: 「- 3 -」「—2—」. */
const PAGE_NUMBER = /^[-－—–]\s*\d{1,3}\s*[-－—–]$/u;

/**
 * Whether no number stands on a line with words (「1.属于国家秘密」 is words; a page number is not a
 * cell): pdfminer prints a table so — the labels, then the numbers.
 */
export function numbersAllAlone(lines: readonly string[]): boolean {
  return lines.every((raw) => {
    const line = asciiDigits(raw.trim());
    if (!/\d/u.test(line) || PAGE_NUMBER.test(line)) return true;
    const cells = line.split(/[\s\u3000]+/u).map((w) => CELL.test(w));
    return cells.every(Boolean) || !cells.some(Boolean);
  });
}

/** Runs of whole rows tried every way (row by row, column by column, 总计 sixth): at most this many grids (8 blocks). */
const MAX_BLOCK_READINGS = 3 ** 8;

/**
 * The grids of runs each of whole rows (7k numbers), each run read row by row or column by column
 * (a page's block of k rows printed column by column by pdfminer) — column by column also with the
 * 「总计」 column printed before the last applicant column, as pdfminer grouped the last two columns
 * of a real page (洪泽区 2023/2024: 「其他」's zeros after the 总计 column). That reading holds only
 * where that column is the sum of the six others in every row: it is the 总计 column (or every cell of
 * both is 0, which reads the same). Null when a run is not whole rows or there are too many ways.
 */
function gridsByRuns(runs: readonly number[][]): Grid[] | null {
  if (runs.some((r) => r.length % COLUMNS !== 0)) return null;
  const ways = runs.filter((r) => r.length > COLUMNS).length;
  if (3 ** ways > MAX_BLOCK_READINGS) return null;
  let grids: Grid[] = [[]];
  for (const run of runs) {
    const k = run.length / COLUMNS;
    const readings =
      k === 1
        ? [ORDERS.rows(run, 1)]
        : [ORDERS.rows(run, k), ORDERS.columns(run, k), totalBeforeLast(run, k)];
    grids = grids.flatMap((g) => readings.map((r) => [...g, ...r]));
  }
  return grids;
}

/** The numbers of the part's lines that stand alone, in reading order. */
export function standaloneNumbers(lines: readonly string[]): number[] {
  const out: number[] = [];
  for (const line of lines)
    for (const word of line.split(/[\s\u3000]+/u)) {
      const w = asciiDigits(word);
      if (CELL.test(w)) out.push(Number(w.replace(/,/gu, '')));
    }
  return out;
}

type Grid = number[][];

/**
 * A block of k rows printed column by column with its 「总计」 column (the seventh) printed sixth,
 * before the last applicant column.
 */
function totalBeforeLast(values: readonly number[], rows: number): Grid {
  const grid = ORDERS.columns(values, rows);
  return grid.map((cells) => [...cells.slice(0, COLUMNS - 2), cells[COLUMNS - 1]!, cells[COLUMNS - 2]!]);
}
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
  rows: (values: readonly number[], rows: number): Grid =>
    Array.from({ length: rows }, (_, r) => values.slice(r * COLUMNS, (r + 1) * COLUMNS)),
  /** column by column, as a column-wise dump prints it */
  columns: (values: readonly number[], rows: number): Grid =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: COLUMNS }, (_, c) => values[c * rows + r]!)),
} as const;
export type GridOrder = keyof typeof ORDERS | 'paragraphs' | 'blocks' | 'firstCells' | 'totalsLast';

export type InOrderReading =
  | { ok: true; grid: Grid; order: GridOrder; oldOtherRow: boolean }
  | { ok: false; reason: string; count: number };

/** The 2019 single 「（六）其他处理」 row: 23 rows, the row where 「3.其他」 stands. */
const OLD_ROWS = ROWS - 2;
const OLD_OTHER_AT = row('otherNoCorrection');
/** The 23 rows of a table with the single row as the format's 25: the row to 「3.其他」, two rows of 0. */
const asFormat = (grid: Grid): Grid =>
  grid.length === ROWS
    ? grid
    : [
        ...grid.slice(0, OLD_OTHER_AT),
        Array<number>(COLUMNS).fill(0),
        Array<number>(COLUMNS).fill(0),
        ...grid.slice(OLD_OTHER_AT),
      ];
/** The part prints 「（六）其他处理」 without its two sub-rows (the 2019 trial row). */
const printsOldOtherRow = (lines: readonly string[]) => {
  const flat = lines.join('').replace(/\s+/gu, '');
  return /其[他它]处理/u.test(flat) && !/逾期不补正|逾期未按收费/u.test(flat);
};

/**
 * A browser's print read by plain pdftotext: rows in order, some rows' first numbers held in the
 * labels' text blocks, or the 总计 column of the last rows printed after them
 * (applications-first-cells.ts). The distinct tables in which every identity holds.
 */
function flowReadings(lines: readonly string[]): { order: GridOrder; grid: Grid }[] {
  const flow = flowNumbers(lines);
  const found: { order: GridOrder; grid: Grid }[] = [];
  for (const grid of firstCellTables(flow) ?? [])
    if (gridHolds(grid)) found.push({ order: 'firstCells', grid });
  for (const grid of totalsAfterTables(flow) ?? [])
    if (gridHolds(grid)) found.push({ order: 'totalsLast', grid });
  return found.filter(
    (x, i) => found.findIndex((y) => JSON.stringify(y.grid) === JSON.stringify(x.grid)) === i,
  );
}

/** Part 三 read from its numbers alone, in the format's order, when the identities prove it. */
export function readApplicationsInOrder(lines: readonly string[]): InOrderReading {
  const values = standaloneNumbers(lines);
  const rowCounts = printsOldOtherRow(lines) ? [ROWS, OLD_ROWS] : [ROWS];
  const rows = rowCounts.find((n) => n * COLUMNS === values.length);
  if (rows === undefined) {
    // Numbers of the part printed before the table's header (a cell of part 二 after this
    // part's heading) are not the table's: a browser's print may still be read without them.
    const flow = flowReadings(lines);
    if (flow.length === 1) return { ok: true, ...flow[0]!, oldOtherRow: false };
    return {
      ok: false,
      count: values.length,
      reason: `本部分共有${values.length}个单独的数，而表格应有${GRID_CELLS}个（${ROWS}行×${COLUMNS}栏），无法按顺序对应`,
    };
  }
  const candidates: { order: GridOrder; grid: Grid }[] = (Object.keys(ORDERS) as (keyof typeof ORDERS)[]).map(
    (order) => ({ order, grid: asFormat(ORDERS[order](values, rows)) }),
  );
  let fitting = candidates.filter((x) => gridHolds(x.grid));
  // Blocks printed column by column between rows printed row by row: only when neither order holds.
  if (fitting.length === 0) {
    const byParagraphs = rowsByParagraphs(numberParagraphs(lines));
    if (byParagraphs !== null && byParagraphs.length === rows) {
      const grid = asFormat(byParagraphs);
      if (gridHolds(grid)) fitting = [{ order: 'paragraphs', grid }];
    }
  }
  // Blocks of rows between label text, each printed row by row or column by column (pdfminer).
  if (fitting.length === 0) {
    const runs = numberRuns(lines);
    const grids = runs.length > 1 ? gridsByRuns(runs) : null;
    for (const g of grids ?? [])
      if (g.length === rows && gridHolds(asFormat(g))) fitting.push({ order: 'blocks', grid: asFormat(g) });
  }
  if (fitting.length === 0 && rows === ROWS) fitting = flowReadings(lines);
  const distinct = fitting.filter(
    (x, i) => fitting.findIndex((y) => JSON.stringify(y.grid) === JSON.stringify(x.grid)) === i,
  );
  const cells = values.length;
  if (distinct.length === 1) return { ok: true, ...distinct[0]!, oldOtherRow: rows === OLD_ROWS };
  return {
    ok: false,
    count: values.length,
    reason:
      distinct.length === 0
        ? `本部分的${cells}个数无论按行、按列还是按段依次对应，都不满足各行总计、「（七）总计」和各栏勾稽关系，顺序无法确定（也可能原文数字有误）`
        : `本部分的${cells}个数按行和按列依次对应都满足勾稽关系，但读出的数不同，无法确定`,
  };
}

const ORDER_NAMES: Record<GridOrder, string> = {
  rows: '逐行',
  columns: '逐栏',
  paragraphs: '逐段（几行一段时各栏分段排列）',
  blocks:
    '逐块（行标题之间的一块数字按行或按栏排列，按栏时「总计」一栏也可能排在「其他」之前，由勾稽关系确定）',
  totalsLast: '逐行（表格末几行的「总计」一栏排在表格之后，各为本行之和，由各栏勾稽关系确定）',
  firstCells:
    '逐行（部分行的「自然人」一栏的数排在行标题旁或其后，由各行总计、各栏勾稽关系和这些数本身确定）',
};

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
  const rows = reading.oldOtherRow ? OLD_ROWS : ROWS;
  const note = `第三部分表格的数字与行标题分开排列（如PDF转出的纯文本）：共${rows * COLUMNS}个数，正好是表格的${rows}行×${COLUMNS}栏，按国家格式的行列顺序${ORDER_NAMES[reading.order]}对应后，各行总计、「（七）总计」和各栏勾稽关系全部相符，已按此读取；请与原文核对。`;
  return reading.oldOtherRow ? `${note}${OLD_ROW_NOTE}` : note;
}
