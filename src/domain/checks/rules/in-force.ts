// 「现行有效件数」 carries over from year to year: this year's = last year's + 本年制发 − 本年废止
// (part 二, 第二十条第（一）项). Only when the same agency's previous-year report is in the app.
import { cellId, type ProactiveCell } from '../../report/cell-address';
import { DOCUMENT_ROWS, type DocumentField, type DocumentRow } from '../../report/keys';
import { DOCUMENT_FIELD_LABELS, PROACTIVE_ROW_LABELS } from '../../report/labels';
import { checkEquality, type EqualityRule } from '../equality-rule';
import { cell, prev } from '../expr';
import type { CheckResult, RuleContext } from '../types';

const doc = (row: DocumentRow, column: DocumentField): ProactiveCell => ({ part: 'proactive', row, column });

function inForceRule(row: DocumentRow): EqualityRule {
  return {
    family: 'in-force',
    id: `in-force:${row}`,
    part: 'proactive',
    subject: PROACTIVE_ROW_LABELS[row],
    failure: '现行有效件数与上年不衔接',
    lhs: [{ label: DOCUMENT_FIELD_LABELS.inForce, expr: cell(doc(row, 'inForce')) }],
    rhs: [
      { label: `上年${DOCUMENT_FIELD_LABELS.inForce}`, expr: prev(doc(row, 'inForce')) },
      { label: DOCUMENT_FIELD_LABELS.issued, expr: cell(doc(row, 'issued')) },
      { label: DOCUMENT_FIELD_LABELS.repealed, expr: cell(doc(row, 'repealed')), negate: true },
    ],
    cells: (['issued', 'repealed', 'inForce'] as const).map((f) => cellId(doc(row, f))),
    hint: (_, rhs) => {
      const expected = rhs.reduce((s, t) => s + (t.negate ? -t.value : t.value), 0);
      return expected >= 0
        ? `按上年${DOCUMENT_FIELD_LABELS.inForce}推算应为${expected}；如因清理、失效等原因不同，请写明说明`
        : undefined;
    },
  };
}

export const IN_FORCE_RULES: readonly EqualityRule[] = DOCUMENT_ROWS.map(inForceRule);

export function inForceChecks(ctx: RuleContext): CheckResult[] {
  if (ctx.previous === null) return [];
  return IN_FORCE_RULES.map((rule) => checkEquality(rule, ctx.env));
}
