// What makes up each side of an unbalanced column of part 三 (「第一项加第二项之和，等于第三项加第四项
// 之和」), and which cell is most likely the wrong one — so that a 91 typed for 19 stands out instead
// of the whole column turning red.
//
// The likely wrong cell is the one a single typing slip explains: changing it alone to the value
// that balances the column must be a slip of the keyboard — two digits swapped (19→91), a digit
// doubled or dropped (7→70, 120→12), one digit mistyped (18→19). Among those, a value close to last
// year's value of the same cell counts for more. When no slip explains the difference, the largest
// result row is the suspect if the results exceed 一＋二, else 「四、结转下年度继续办理」 (results
// may still be missing, and its balancing value is shown there).
import { cellId } from '../report/cell-address';
import {
  type ApplicantInputColumn,
  type ApplicationInputRow,
  RESULT_ROWS,
  type ResultRow,
} from '../report/keys';
import type { Report } from '../report/report-schema';
import { readCell } from './expr';
import { appCell } from './matrix-exprs';

export type BreakdownRow = {
  row: ApplicationInputRow;
  /** data-cell id */
  cell: string;
  value: number;
  /** the same cell in the previous-year report, when one is linked and the cell is filled there */
  previous: number | null;
};

export type BalanceBreakdown = {
  column: ApplicantInputColumn;
  /** (一＋二) − (（七）总计＋四) */
  diff: number;
  /** 一、二 */
  lhs: BreakdownRow[];
  lhsTotal: number;
  /** the non-zero result rows of （七）, largest first */
  results: BreakdownRow[];
  handled: number;
  carriedForward: BreakdownRow;
  rhsTotal: number;
  /** the cell most likely typed wrong, and the value that would balance the column */
  suspect: { cell: string; row: ApplicationInputRow; value: number; fix: number } | null;
};

const LHS_ROWS = ['newReceived', 'carriedOver'] as const;

/** The breakdown of an input column that does not balance; null while pending or when it balances. */
export function balanceBreakdown(
  report: Report,
  column: ApplicantInputColumn,
  previous: Report | null = null,
): BalanceBreakdown | null {
  const read = (row: ApplicationInputRow): BreakdownRow | null => {
    const address = appCell(row, column);
    const value = readCell(report, address);
    if (value === null) return null;
    return { row, cell: cellId(address), value, previous: previous ? readCell(previous, address) : null };
  };
  const lhs = LHS_ROWS.map(read);
  const all = RESULT_ROWS.map(read);
  const carriedForward = read('carriedForward');
  if (lhs.some((r) => r === null) || all.some((r) => r === null) || carriedForward === null) return null;
  const left = lhs as BreakdownRow[];
  const results = all as BreakdownRow[];
  const lhsTotal = left.reduce((s, r) => s + r.value, 0);
  const handled = results.reduce((s, r) => s + r.value, 0);
  const rhsTotal = handled + carriedForward.value;
  const diff = lhsTotal - rhsTotal;
  if (diff === 0) return null;
  const nonZero = results
    .filter((r) => r.value !== 0)
    .sort((a, b) => b.value - a.value || order(a) - order(b));
  return {
    column,
    diff,
    lhs: left,
    lhsTotal,
    results: nonZero,
    handled,
    carriedForward,
    rhsTotal,
    suspect: likelyWrong(left, results, carriedForward, diff),
  };
}

const order = (r: BreakdownRow) => RESULT_ROWS.indexOf(r.row as ResultRow);

function likelyWrong(
  lhs: BreakdownRow[],
  results: BreakdownRow[],
  carriedForward: BreakdownRow,
  diff: number,
): BalanceBreakdown['suspect'] {
  // Changing a left-side cell by −diff, or a right-side cell by +diff, balances the column.
  const candidates = [
    ...lhs.map((r) => ({ r, fix: r.value - diff })),
    ...[...results, carriedForward].map((r) => ({ r, fix: r.value + diff })),
  ].filter((c) => c.fix >= 0);
  let best: { r: BreakdownRow; fix: number; score: number } | null = null;
  for (const c of candidates) {
    const slip = slipScore(c.r.value, c.fix);
    if (slip === 0) continue;
    const p = c.r.previous;
    const score = slip * 10 + (p !== null && Math.abs(c.fix - p) < Math.abs(c.r.value - p) ? 5 : 0);
    if (!best || score > best.score || (score === best.score && c.r.value > best.r.value))
      best = { ...c, score };
  }
  if (best) return { cell: best.r.cell, row: best.r.row, value: best.r.value, fix: best.fix };
  if (diff < 0) {
    const largest = [...results].sort((a, b) => b.value - a.value || order(a) - order(b))[0];
    if (largest && largest.value > 0)
      return { cell: largest.cell, row: largest.row, value: largest.value, fix: largest.value + diff };
  }
  return {
    cell: carriedForward.cell,
    row: carriedForward.row,
    value: carriedForward.value,
    fix: carriedForward.value + diff,
  };
}

/**
 * How well one typing slip turns `typed` into `meant`: 3 for two adjacent digits swapped or one digit
 * too many or too few, 2 for one digit mistyped, 0 otherwise.
 */
export function slipScore(typed: number, meant: number): number {
  const a = String(typed);
  const b = String(meant);
  if (a === b) return 0;
  if (a.length === b.length) {
    const diffs = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
    if (
      diffs.length === 2 &&
      diffs[1] === diffs[0]! + 1 &&
      a[diffs[0]!] === b[diffs[1]!] &&
      a[diffs[1]!] === b[diffs[0]!]
    )
      return 3;
    return diffs.length === 1 ? 2 : 0;
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return 0;
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return 3;
  return 0;
}
