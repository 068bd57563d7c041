// Where a click on a check in 「校验结果」 leads: the step of the part the check belongs to, and there
// the cell or field to select. A check may point at things on two steps — 「结转未说明」 at the matrix's
// 「四、结转下年度继续办理」 and at part 六's 「（五）数据统计需要说明的事项」, a count in part 一's text at
// part 二's table — and its part says where it is fixed, so the target is the first one shown on that
// step; only when none is, the first cell or field (as before).
import type { CheckResult } from '../../domain/checks/types';
import { WIZARD_STEPS, type WizardStepKey } from '../../domain/report/labels';

export const stepOfPart = (part: string): WizardStepKey =>
  (WIZARD_STEPS.find((s) => s.key === part)?.key ?? 'checks') as WizardStepKey;

/** The step a `data-cell` or `data-field` id is shown on: its first segment (「applications.…」, 「otherMatters.…」). */
const stepOfTarget = (target: string) => target.split('.')[0];

export function jumpTarget(r: Pick<CheckResult, 'part' | 'cells' | 'fields'>): {
  step: WizardStepKey;
  focus: string | undefined;
} {
  const step = stepOfPart(r.part);
  const targets = [...r.cells, ...r.fields];
  const focus = targets.find((t) => stepOfTarget(t) === step) ?? targets[0];
  return { step, focus };
}
