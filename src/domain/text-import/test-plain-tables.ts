// Test inputs for tables whose numbers stand apart from their labels (plain pdftotext): a part 三
// grid that satisfies every identity, and dumps of it in the orders such text comes in.
import { APPLICANT_COLUMNS, APPLICATION_ROWS, type ApplicationRow, RESULT_ROWS } from '../report/keys';
import { APPLICATION_ROW_LABELS } from '../report/labels';

type Inputs = Partial<Record<ApplicationRow, readonly number[]>>;

/** The 25 × 7 grid (six applicant columns, then 总计) from the input rows given; others 0. */
export function applicationsGrid(inputs: Inputs): number[][] {
  const six = (row: ApplicationRow) => [...(inputs[row] ?? [0, 0, 0, 0, 0, 0])];
  const results = RESULT_ROWS.map(six);
  const handled = [0, 1, 2, 3, 4, 5].map((c) => results.reduce((s, r) => s + r[c]!, 0));
  const carriedOver = six('carriedOver');
  const carriedForward = six('carriedForward');
  // 一 = （七）+ 四 − 二, column by column: the identity holds by construction.
  const newReceived = handled.map((h, c) => h + carriedForward[c]! - carriedOver[c]!);
  const rows: Record<string, number[]> = { newReceived, carriedOver, totalHandled: handled, carriedForward };
  RESULT_ROWS.forEach((r, i) => {
    rows[r] = results[i]!;
  });
  return APPLICATION_ROWS.map((r) => {
    const cells = rows[r]!;
    return [...cells, cells.reduce((s, v) => s + v, 0)];
  });
}

/** A grid with numbers in several rows and columns (every identity holds). */
export const RICH_GRID = applicationsGrid({
  carriedOver: [3, 0, 1, 0, 0, 0],
  granted: [12, 4, 0, 1, 0, 0],
  partiallyGranted: [5, 0, 0, 0, 2, 0],
  withheldThirdParty: [2, 1, 0, 0, 0, 0],
  unavailableNotHeld: [27, 6, 2, 0, 1, 1],
  notProcessedDuplicate: [4, 0, 0, 0, 0, 0],
  otherOther: [9, 2, 0, 0, 0, 3],
  carriedForward: [6, 1, 0, 0, 1, 0],
});

const LABELS = APPLICATION_ROWS.map((r) => APPLICATION_ROW_LABELS[r]);
const HEAD = [
  '三、收到和处理政府信息公开申请情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  '申请人情况',
  '自然人 法人或其他组织 总计',
  '商业企业 科研机构 社会公益组织 法律服务机构 其他',
];

/** All row labels, then every number on a line of its own with empty lines between, row by row. */
export function labelsThenNumbers(grid: readonly (readonly number[])[]): string[] {
  return [...HEAD, ...LABELS, ...grid.flat().flatMap((v) => [String(v), ''])];
}

/** Numbers under the headers column by column (the 总计 column last), then all labels. */
export function columnsThenLabels(grid: readonly (readonly number[])[]): string[] {
  const byColumn = APPLICANT_COLUMNS.flatMap((_, c) => grid.map((row) => String(row[c])));
  return [...HEAD, ...byColumn, ...LABELS];
}

/**
 * As plain pdftotext prints a semantic page: each row's numbers split over lines, the first
 * ones before the row's label and the rest on the label's line, with a page break in between.
 */
export function interleaved(grid: readonly (readonly number[])[]): string[] {
  const out = [...HEAD];
  grid.forEach((row, i) => {
    out.push(row.slice(0, 3).join(' '), ...row.slice(3, 5).map(String));
    out.push(`${LABELS[i]} ${row.slice(5).join(' ')}`);
    if (i === 12) out.push('file:///tmp/report.html', '', '3/6', '', '12/3/26, 4:35 PM');
  });
  return out;
}

/**
 * As pdfminer prints part 三 over two pages: each page's block of rows as its labels, then its
 * numbers column by column, every cell a paragraph; a page number between the blocks.
 */
export function pdfminerBlocks(grid: readonly (readonly number[])[], firstPageRows: number): string[] {
  const block = (from: number, to: number) => {
    const rows = grid.slice(from, to);
    const byColumn = APPLICANT_COLUMNS.flatMap((_, c) => rows.map((r) => String(r[c])));
    return [...LABELS.slice(from, to).flatMap((l) => [l, '']), ...byColumn.flatMap((v) => [v, ''])];
  };
  return [...HEAD, ...block(0, firstPageRows), '- 3 -', '', ...block(firstPageRows, grid.length)];
}
