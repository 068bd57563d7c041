// The sample report's numbers (qufu-2021.expected.json) in the shapes the e2e tests need.
import { readFileSync } from 'node:fs';
import { type CellAddress, INPUT_CELLS } from '../src/domain/report/cell-address';

const expected = JSON.parse(
  readFileSync(new URL('../src/domain/fixtures/qufu-2021.expected.json', import.meta.url), 'utf8'),
) as typeof import('../src/domain/fixtures/qufu-2021.expected.json');

export const FIXTURE = expected;
export const INPUT_COLUMNS = [
  'natural',
  'business',
  'research',
  'publicInterest',
  'legal',
  'otherOrg',
] as const;
export const MATRIX_ROWS = Object.keys(expected.applications) as (keyof typeof expected.applications)[];
export const INPUT_ROWS = MATRIX_ROWS.filter((r) => r !== 'totalHandled');

/** The sample report's number in a cell. */
export const fixtureValue = (cell: CellAddress): number =>
  (expected[cell.part] as Record<string, Record<string, number>>)[cell.row]![cell.column]!;
/** The input cells of part 二, in table order. */
export const PROACTIVE_INPUT_CELLS = INPUT_CELLS.filter((c) => c.part === 'proactive');

const apps = expected.applications as Record<string, Record<string, number>>;
export const matrixValue = (row: string, col: string): number => apps[row]![col]!;

/** The 24 input rows × 6 columns as Excel would put them on the clipboard. */
export function matrixTsv(): string {
  return `${INPUT_ROWS.map((r) => INPUT_COLUMNS.map((c) => matrixValue(r, c)).join('\t')).join('\r\n')}\r\n`;
}

/** The whole 25 × 7 table with row labels, as a web page's HTML table. */
export function matrixHtml(): string {
  const rows = MATRIX_ROWS.map(
    (r) =>
      `<tr><td>${r}</td>${[...INPUT_COLUMNS, 'total'].map((c) => `<td>${matrixValue(r, c)}</td>`).join('')}</tr>`,
  );
  return `<html><body><table><tr><th></th><th>自然人</th><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th><th>总计</th></tr>${rows.join('')}</table></body></html>`;
}
