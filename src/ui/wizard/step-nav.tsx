import { WIZARD_STEPS, type WizardStepKey } from '../../domain/report/labels';
import { useEditor } from '../editor/editor-context';
import { structurallyEqual } from '../editor/structural-equal';
import { useShownSelector } from '../editor/use-draft-selector';
import { isWorked, useWorkedStepSet } from '../editor/worked-steps';
import { editorPath } from '../router/router';
import { stepStatuses } from './step-status';

export function StepNav({ current }: { current: WizardStepKey }) {
  const { id } = useEditor();
  // Re-renders only when a count or a completion mark changes.
  const worked = useWorkedStepSet();
  const statuses = useShownSelector(
    (s) => stepStatuses(s.checks, (step) => isWorked(worked, step)),
    structurallyEqual,
  );
  return (
    <nav className="steps" aria-label="填报步骤">
      <ol>
        {WIZARD_STEPS.map((step) => {
          const st = statuses[step.key];
          return (
            <li key={step.key}>
              <a
                href={editorPath(id, step.key)}
                aria-current={step.key === current ? 'step' : undefined}
                data-step={step.key}
              >
                <span
                  aria-hidden="true"
                  className={st.complete ? 'done' : 'muted'}
                  data-complete={st.complete}
                >
                  {st.complete ? '✓' : '○'}
                </span>
                <span>{step.label}</span>
                <span className="counts">
                  {st.errors > 0 && (
                    <span className="badge error" title={`${st.errors}个错误`}>
                      {st.errors}
                      <span className="visually-hidden">个错误</span>
                    </span>
                  )}
                  {st.warnings > 0 && (
                    <span className="badge warning" title={`${st.warnings}个警告`}>
                      {st.warnings}
                      <span className="visually-hidden">个警告</span>
                    </span>
                  )}
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
