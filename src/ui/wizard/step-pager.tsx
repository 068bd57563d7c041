// 「上一步」/「下一步」 at the end of each step: typing a report with the keyboard, the clerk reaches
// the next step with one Tab after the step's last field. Without it the way was 12–18 Tabs round
// through the page's header and the step list (h81's trial, keyboard only).
import { WIZARD_STEPS, type WizardStepKey } from '../../domain/report/labels';
import { useEditor } from '../editor/editor-context';
import { editorPath } from '../router/router';

export function StepPager({ current }: { current: WizardStepKey }) {
  const { id } = useEditor();
  const at = WIZARD_STEPS.findIndex((s) => s.key === current);
  const prev = at > 0 ? WIZARD_STEPS[at - 1] : undefined;
  const next = at >= 0 ? WIZARD_STEPS[at + 1] : undefined;
  return (
    // 「下一步」 first, so that it is the first Tab after the last field (shown on the right by CSS).
    <nav className="step-pager" aria-label="上一步和下一步">
      {next && (
        <a href={editorPath(id, next.key)} data-pager="next">
          下一步：{next.label} →
        </a>
      )}
      {prev && (
        <a href={editorPath(id, prev.key)} data-pager="prev">
          ← 上一步：{prev.label}
        </a>
      )}
    </nav>
  );
}
