import type { CheckRun } from '../../domain/checks/types';
import { WIZARD_STEPS, type WizardStepKey } from '../../domain/report/labels';

export type StepStatus = { errors: number; warnings: number; complete: boolean };

/** Error/warning counts and completion per wizard step, from one check run. */
export function stepStatuses(run: CheckRun): Record<WizardStepKey, StepStatus> {
  const out = Object.fromEntries(
    WIZARD_STEPS.map((s) => [s.key, { errors: 0, warnings: 0, complete: true }]),
  ) as Record<WizardStepKey, StepStatus>;
  for (const r of run.results) {
    if (r.status !== 'failed') continue;
    const s = out[r.part as WizardStepKey];
    if (!s) continue;
    if (r.severity === 'error') s.errors++;
    else if (r.severity === 'warning') s.warnings++;
    if (r.id.startsWith('required') || r.id.startsWith('narrative-empty') || r.id === 'meta')
      s.complete = false;
  }
  out.checks = {
    errors: run.counts.errors,
    warnings: run.counts.warnings,
    complete: run.counts.errors === 0 && run.counts.warnings === 0,
  };
  return out;
}
