// The live row under the part 三 matrix: per column, 一＋二 against （七）总计＋四, and the value
// that would balance 「四、结转下年度继续办理」. Built from the same expressions as the balance rule.
import { draftToReport } from '../report/draft-convert';
import { APPLICANT_COLUMNS, type ApplicantColumn } from '../report/keys';
import type { Report, ReportDraft } from '../report/report-schema';
import { type Expr, evaluate, neg, sum } from './expr';
import { handledExpr, rowExpr } from './matrix-exprs';
import { BALANCE_RULES } from './rules/balance';

export type BalanceState = 'equal' | 'differs' | 'pending';
export type BalanceSummary = {
  column: ApplicantColumn;
  /** 一＋二, null while an operand is blank */
  lhs: number | null;
  /** （七）总计＋四 over the input cells, null while an operand is blank */
  rhs: number | null;
  state: BalanceState;
  /** lhs − rhs, null while pending */
  diff: number | null;
};

const SIDES = BALANCE_RULES.map((rule, i) => ({
  column: APPLICANT_COLUMNS[i]!,
  lhs: sum(...rule.lhs.map((t) => t.expr)),
  rhs: sum(...rule.rhs.map((t) => t.expr)),
}));

const BALANCING: Readonly<Record<ApplicantColumn, Expr>> = Object.fromEntries(
  APPLICANT_COLUMNS.map((c) => [
    c,
    sum(rowExpr('newReceived', c), rowExpr('carriedOver', c), neg(handledExpr(c))),
  ]),
) as Record<ApplicantColumn, Expr>;

export function balanceSummaryOfReport(report: Report): BalanceSummary[] {
  const env = { current: report, previous: null };
  return SIDES.map(({ column, lhs, rhs }) => {
    const l = evaluate(lhs, env);
    const r = evaluate(rhs, env);
    if (l === null || r === null) return { column, lhs: l, rhs: r, state: 'pending', diff: null };
    return { column, lhs: l, rhs: r, state: l === r ? 'equal' : 'differs', diff: l - r };
  });
}

export function balanceSummary(draft: ReportDraft): BalanceSummary[] {
  return balanceSummaryOfReport(draftToReport(draft));
}

/** 一＋二－（七）: the 「四、结转下年度继续办理」 that balances the column (null while pending; may be < 0). */
export function balancingCarriedForwardOfReport(report: Report, column: ApplicantColumn): number | null {
  return evaluate(BALANCING[column], { current: report, previous: null });
}

export function balancingCarriedForward(draft: ReportDraft, column: ApplicantColumn): number | null {
  return balancingCarriedForwardOfReport(draftToReport(draft), column);
}
