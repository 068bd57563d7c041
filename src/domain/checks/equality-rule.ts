// Arithmetic rules as data: `lhs = rhs`, each side a list of labelled terms (expressions over
// cells). One function decides the status (blank operand → pending), and writes the message with
// the formula and the numbers, e.g. 「自然人列不平衡：一＋二＝23＋0＝23，（七）总计＋四＝20＋0＝20，相差3」.
import { cellId } from '../report/cell-address';
import type { CheckFamily } from './catalog';
import { blankOperands, type EvalEnv, type Expr, evaluate } from './expr';
import { type FormulaTerm, formula, formulaLabels } from './format';
import { makeResult } from './result';
import type { CheckPart, CheckResult } from './types';

export type Term = { label: string; expr: Expr; negate?: boolean };

export type EqualityRule = {
  family: CheckFamily;
  id: string;
  part: CheckPart;
  /** who the rule is about, e.g. 「自然人列」 */
  subject: string;
  /** e.g. 「不平衡」 */
  failure: string;
  lhs: readonly Term[];
  rhs: readonly Term[];
  /** cell ids to point at when the rule fails */
  cells: readonly string[];
  /** what would make it hold, from the evaluated terms */
  hint?: (lhs: readonly FormulaTerm[], rhs: readonly FormulaTerm[]) => string | undefined;
};

function evalTerms(terms: readonly Term[], env: EvalEnv): FormulaTerm[] | null {
  const out: FormulaTerm[] = [];
  for (const t of terms) {
    const value = evaluate(t.expr, env);
    if (value === null) return null;
    out.push(t.negate ? { label: t.label, value, negate: true } : { label: t.label, value });
  }
  return out;
}

const total = (terms: readonly FormulaTerm[]) =>
  terms.reduce((s, t) => s + (t.negate ? -t.value : t.value), 0);

export function checkEquality(rule: EqualityRule, env: EvalEnv): CheckResult {
  const lhs = evalTerms(rule.lhs, env);
  const rhs = lhs && evalTerms(rule.rhs, env);
  if (!lhs || !rhs) return pendingResult(rule, env);
  const l = total(lhs);
  const r = total(rhs);
  const fingerprint = `${formula(lhs)}|${formula(rhs)}`;
  if (l === r) {
    return makeResult(
      rule.family,
      rule.id,
      'passed',
      `${rule.subject}：${formulaLabels(rule.lhs)}＝${formulaLabels(rule.rhs)}＝${l}`,
      { part: rule.part, fingerprint },
    );
  }
  const hint = rule.hint?.(lhs, rhs);
  return makeResult(
    rule.family,
    rule.id,
    'failed',
    `${rule.subject}${rule.failure}：${formula(lhs)}，${formula(rhs)}，相差${Math.abs(l - r)}`,
    { part: rule.part, fingerprint, cells: [...rule.cells], ...(hint ? { hint } : {}) },
  );
}

function pendingResult(rule: EqualityRule, env: EvalEnv): CheckResult {
  const blanks = [...rule.lhs, ...rule.rhs].flatMap((t) => blankOperands(t.expr, env));
  const here = blanks.filter((b) => !b.previous).map((b) => cellId(b.cell));
  const inPrevious = blanks.length - here.length;
  const parts: string[] = [];
  if (here.length > 0) parts.push(`尚有${here.length}个单元格未填入有效数字`);
  if (inPrevious > 0) parts.push(`上年报告中${inPrevious}个单元格空白`);
  return makeResult(rule.family, rule.id, 'pending', `${rule.subject}待填：${parts.join('，')}`, {
    part: rule.part,
    fingerprint: 'pending',
    cells: here,
  });
}
