import type { CheckResult, CheckRun } from '../../domain/checks/types';
import { WIZARD_STEPS, type WizardStepKey } from '../../domain/report/labels';

export type StepStatus = { errors: number; warnings: number; complete: boolean };

/** Blank cells (`required`) and empty required texts (`narrative-empty`): what is still to be typed. */
export function isBlankFinding(r: Pick<CheckResult, 'id'>): boolean {
  return r.id.startsWith('required:') || r.id.startsWith('narrative-empty:');
}

/**
 * Error/warning counts and completion per wizard step, from one check run. A step shows ✓ only
 * with no error and nothing left blank. Before the clerk has worked on a step (`worked`), what is
 * still blank is 「待填」: not counted as an error or warning of the step.
 */
export function stepStatuses(
  run: CheckRun,
  worked: (step: WizardStepKey) => boolean = () => true,
): Record<WizardStepKey, StepStatus> {
  const out = Object.fromEntries(
    WIZARD_STEPS.map((s) => [s.key, { errors: 0, warnings: 0, complete: true }]),
  ) as Record<WizardStepKey, StepStatus>;
  for (const r of run.results) {
    if (r.status !== 'failed') continue;
    const step = r.part as WizardStepKey;
    const s = out[step];
    if (!s) continue;
    if (r.severity === 'error' || isBlankFinding(r) || r.id === 'meta') s.complete = false;
    if (isBlankFinding(r) && !worked(step)) continue;
    if (r.severity === 'error') s.errors++;
    else if (r.severity === 'warning') s.warnings++;
  }
  out.checks = {
    errors: run.counts.errors,
    warnings: run.counts.warnings,
    complete: run.counts.errors === 0 && run.counts.warnings === 0,
  };
  return out;
}
