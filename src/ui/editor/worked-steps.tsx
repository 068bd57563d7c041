// The steps the clerk has worked on, for the open report (storage/worked-steps.ts): a step counts
// once it was visited and left, and every step does once 「校验与导出」 has been opened. Blank
// cells and empty required texts of a step not yet worked on are 「待填」 (neutral), not errors.
import { createContext, useContext, useEffect, useRef, useState } from 'react';
import type { WizardStepKey } from '../../domain/report/labels';
import { readWorkedSteps, writeWorkedSteps } from '../../storage/worked-steps';

const ALL: ReadonlySet<string> = new Set(['checks']);
/** Outside an editor (tests, previews) everything counts as worked on. */
export const WorkedStepsContext = createContext<ReadonlySet<string>>(ALL);

export function isWorked(worked: ReadonlySet<string>, part: string): boolean {
  return worked.has('checks') || worked.has(part);
}

/** Whether the clerk has worked on the step of `part` (a step key: 'proactive', 'applications'…). */
export function useStepWorked(part: string): boolean {
  return isWorked(useContext(WorkedStepsContext), part);
}

export function useWorkedStepSet(): ReadonlySet<string> {
  return useContext(WorkedStepsContext);
}

/** For the editor screen: follows the current step and remembers the steps left behind. */
export function useWorkedSteps(reportId: string, step: WizardStepKey): ReadonlySet<string> {
  const [worked, setWorked] = useState<ReadonlySet<string>>(
    () => new Set(readWorkedSteps(window.localStorage, reportId)),
  );
  const last = useRef(step);
  useEffect(() => {
    const add: string[] = [];
    if (last.current !== step) add.push(last.current);
    if (step === 'checks') add.push('checks');
    last.current = step;
    if (add.length === 0) return;
    setWorked((prev) => {
      if (add.every((s) => prev.has(s))) return prev;
      const next = new Set([...prev, ...add]);
      writeWorkedSteps(window.localStorage, reportId, [...next]);
      return next;
    });
  }, [reportId, step]);
  return worked;
}
