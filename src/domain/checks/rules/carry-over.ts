// 「四、结转下年度继续办理」 is what is still open on 31 December; next year it must reappear as
// 「二、上年结转政府信息公开申请数量」 (SPEC §12). Compared column by column with the same agency's
// previous-year report when it is in the app; the 「总计」 column follows from the six.
import { cellId } from '../../report/cell-address';
import { APPLICANT_INPUT_COLUMNS, type ApplicantInputColumn } from '../../report/keys';
import { APPLICANT_LABELS, APPLICATION_ROW_LABELS } from '../../report/labels';
import { checkEquality, type EqualityRule } from '../equality-rule';
import { cell, prev } from '../expr';
import { appCell } from '../matrix-exprs';
import type { CheckResult, RuleContext } from '../types';

function carryOverRule(column: ApplicantInputColumn): EqualityRule {
  return {
    family: 'carry-over',
    id: `carry-over:${column}`,
    part: 'applications',
    subject: `${APPLICANT_LABELS[column]}列`,
    failure: '与上年报告不衔接',
    lhs: [{ label: APPLICATION_ROW_LABELS.carriedOver, expr: cell(appCell('carriedOver', column)) }],
    rhs: [
      {
        label: `上年报告${APPLICATION_ROW_LABELS.carriedForward}`,
        expr: prev(appCell('carriedForward', column)),
      },
    ],
    cells: [cellId(appCell('carriedOver', column))],
    hint: (_, [previous]) =>
      previous ? `上年结转应与上年报告的结转数一致（${previous.value}）；如有差异，请写明原因` : undefined,
  };
}

export const CARRY_OVER_RULES: readonly EqualityRule[] = APPLICANT_INPUT_COLUMNS.map(carryOverRule);

export function carryOverChecks(ctx: RuleContext): CheckResult[] {
  if (ctx.previous === null) return [];
  return CARRY_OVER_RULES.map((rule) => checkEquality(rule, ctx.env));
}
