// A tiny typed expression tree over cell references, and its one evaluator (STYLE.md: rules are
// data; never eval, never a string expression language). A blank operand makes the whole result
// blank (null), which the rules report as pending 「待填」 rather than as a failure: blank is not 0.
//
// Only count cells are referenced by arithmetic rules. Fee cells (万元, 6 decimals) would have to
// be turned into integer units first (numbers/parse-fee.ts) to be compared exactly.
import type { CellAddress } from '../report/cell-address';
import type { Report } from '../report/report-schema';

export type Expr =
  /** a cell of the report being checked */
  | { readonly op: 'cell'; readonly cell: CellAddress }
  /** the same cell of the previous-year report */
  | { readonly op: 'prev'; readonly cell: CellAddress }
  | { readonly op: 'sum'; readonly args: readonly Expr[] }
  | { readonly op: 'neg'; readonly arg: Expr }
  | { readonly op: 'const'; readonly value: number };

export const cell = (c: CellAddress): Expr => ({ op: 'cell', cell: c });
export const prev = (c: CellAddress): Expr => ({ op: 'prev', cell: c });
export const sum = (...args: Expr[]): Expr => ({ op: 'sum', args });
export const neg = (arg: Expr): Expr => ({ op: 'neg', arg });
export const constant = (value: number): Expr => ({ op: 'const', value });

export type EvalEnv = { current: Report; previous: Report | null };

type NumGrid = Record<string, Record<string, number | null> | undefined>;

export function readCell(report: Report, c: CellAddress): number | null {
  return (report[c.part] as NumGrid)[c.row]?.[c.column] ?? null;
}

/** The value of an expression; null as soon as one operand is blank (or there is no previous report). */
export function evaluate(e: Expr, env: EvalEnv): number | null {
  switch (e.op) {
    case 'const':
      return e.value;
    case 'cell':
      return readCell(env.current, e.cell);
    case 'prev':
      return env.previous === null ? null : readCell(env.previous, e.cell);
    case 'neg': {
      const v = evaluate(e.arg, env);
      return v === null ? null : -v;
    }
    case 'sum': {
      let total = 0;
      for (const arg of e.args) {
        const v = evaluate(arg, env);
        if (v === null) return null;
        total += v;
      }
      return total;
    }
  }
}

/** The blank operands of an expression (to tell the clerk what is still 待填). */
export function blankOperands(
  e: Expr,
  env: EvalEnv,
  out: { cell: CellAddress; previous: boolean }[] = [],
): { cell: CellAddress; previous: boolean }[] {
  switch (e.op) {
    case 'const':
      break;
    case 'cell':
      if (readCell(env.current, e.cell) === null) out.push({ cell: e.cell, previous: false });
      break;
    case 'prev':
      if (env.previous === null || readCell(env.previous, e.cell) === null)
        out.push({ cell: e.cell, previous: true });
      break;
    case 'neg':
      blankOperands(e.arg, env, out);
      break;
    case 'sum':
      for (const arg of e.args) blankOperands(arg, env, out);
      break;
  }
  return out;
}
