// 「本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和」 (note above the part 三 matrix,
// 国办公开办函〔2021〕30号): for each column, 一 + 二 = （七）总计 + 四. Each application is counted
// once, by its final result, in exactly one result row (SPEC §12), hence the identity.
// Evaluated over the input cells (matrix-exprs.ts), so a blank anywhere in the column is pending.
import { cellId } from '../../report/cell-address';
import { APPLICANT_COLUMNS, APPLICANT_INPUT_COLUMNS, type ApplicantColumn } from '../../report/keys';
import { APPLICANT_LABELS, APPLICATION_ROW_LABELS } from '../../report/labels';
import { balanceBreakdown } from '../balance-breakdown';
import { checkEquality, type EqualityRule } from '../equality-rule';
import { appCell, handledExpr, rowExpr, rowNumeral } from '../matrix-exprs';
import type { CheckResult, RuleContext } from '../types';

function balanceRule(column: ApplicantColumn): EqualityRule {
  return {
    family: 'balance',
    id: `balance:${column}`,
    part: 'applications',
    subject: `${APPLICANT_LABELS[column]}列`,
    failure: '不平衡',
    lhs: [
      { label: rowNumeral('newReceived'), expr: rowExpr('newReceived', column) },
      { label: rowNumeral('carriedOver'), expr: rowExpr('carriedOver', column) },
    ],
    rhs: [
      { label: rowNumeral('totalHandled'), expr: handledExpr(column) },
      { label: rowNumeral('carriedForward'), expr: rowExpr('carriedForward', column) },
    ],
    cells: (['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'] as const).map((row) =>
      cellId(appCell(row, column)),
    ),
    hint: ([received, carried], [handled]) => {
      const balancing = (received?.value ?? 0) + (carried?.value ?? 0) - (handled?.value ?? 0);
      return balancing >= 0
        ? `按勾稽关系，${rowNumeral('carriedForward')}应为${rowNumeral('newReceived')}＋${rowNumeral('carriedOver')}－${rowNumeral('totalHandled')}＝${balancing}`
        : `${rowNumeral('totalHandled')}大于${rowNumeral('newReceived')}＋${rowNumeral('carriedOver')}，请核对各办理结果行`;
    },
  };
}

export const BALANCE_RULES: readonly EqualityRule[] = APPLICANT_COLUMNS.map(balanceRule);

/**
 * A failed column points first at its likely wrong cell (balance-breakdown.ts), so that jumping to
 * the check lands on the 91 typed for 19 rather than on 「一」; 「总计」 points at the suspect of
 * the first unbalanced column.
 */
export function balanceChecks(ctx: RuleContext): CheckResult[] {
  const results = BALANCE_RULES.map((rule) => checkEquality(rule, ctx.env));
  if (results.every((r) => r.status !== 'failed')) return results;
  const suspects = APPLICANT_INPUT_COLUMNS.map(
    (column) => balanceBreakdown(ctx.report, column, ctx.previous)?.suspect ?? null,
  );
  results.forEach((r, i) => {
    if (r.status !== 'failed') return;
    const column = APPLICANT_COLUMNS[i]!;
    const suspect =
      column === 'total'
        ? suspects.find((s) => s !== null)
        : suspects[APPLICANT_INPUT_COLUMNS.indexOf(column)];
    if (!suspect) return;
    r.cells = [suspect.cell, ...r.cells.filter((c) => c !== suspect.cell)];
    const label = APPLICATION_ROW_LABELS[suspect.row];
    const slip = `最可能有误的是「${label}」${suspect.value}（改为${suspect.fix}即平衡）`;
    r.hint = r.hint ? `${slip}；${r.hint}` : slip;
  });
  return results;
}
