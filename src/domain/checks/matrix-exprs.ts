// Expressions over part 三 built from the INPUT cells only. The derived cells (「（七）总计」 and the
// 「总计」 column) are blank-tolerant sums (derive.ts), so a check that read them would turn a
// half-filled column into a red error; summing the inputs here makes any blank input pending.
import type { ApplicationsCell } from '../report/cell-address';
import {
  APPLICANT_INPUT_COLUMNS,
  type ApplicantColumn,
  type ApplicantInputColumn,
  type ApplicationInputRow,
  type ApplicationRow,
  RESULT_ROWS,
} from '../report/keys';
import { APPLICATION_ROW_LABELS } from '../report/labels';
import { cell, type Expr, sum } from './expr';

export const appCell = (row: ApplicationRow, column: ApplicantColumn): ApplicationsCell => ({
  part: 'applications',
  row,
  column,
});

/** The input columns a (possibly derived) column stands for: `total` is the six. */
export function inputColumnsOf(column: ApplicantColumn): readonly ApplicantInputColumn[] {
  return column === 'total' ? APPLICANT_INPUT_COLUMNS : [column];
}

/** One input row in one column (for `total`: the sum of the row's six input cells). */
export function rowExpr(row: ApplicationInputRow, column: ApplicantColumn): Expr {
  const cols = inputColumnsOf(column);
  return cols.length === 1 ? cell(appCell(row, cols[0]!)) : sum(...cols.map((c) => cell(appCell(row, c))));
}

/** 「（七）总计」 of one column as the sum of the 21 result rows' input cells. */
export function handledExpr(column: ApplicantColumn): Expr {
  return sum(...RESULT_ROWS.map((row) => rowExpr(row, column)));
}

/** The short name of a row in formulas: 「一」「二」「四」, or 「（七）总计」 (no 「、」 in it). */
export function rowNumeral(row: ApplicationRow): string {
  const label = APPLICATION_ROW_LABELS[row];
  const cut = label.indexOf('、');
  return cut === -1 ? label : label.slice(0, cut);
}
