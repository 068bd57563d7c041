import type { AutosaveState } from '../../storage/autosave';
import { formatClock } from '../components/format';

/**
 * SPEC §10: 「已保存 HH:MM:SS」 / 「保存中…」 / 「保存失败」 with the reason. The states typing passes
 * through are in a box of one size that lays out on its own (app.css .save-text, issue 17 §3).
 */
export function SaveIndicator({ state }: { state: AutosaveState }) {
  switch (state.kind) {
    case 'saved':
      return (
        <output className="save-indicator" aria-live="polite" data-save-state="saved">
          <span className="save-text">已保存 {formatClock(state.at)}</span>
        </output>
      );
    case 'unsaved':
      return (
        <output className="save-indicator saving" aria-live="polite" data-save-state="unsaved">
          <span className="save-text">未保存</span>
        </output>
      );
    case 'saving':
      return (
        <output className="save-indicator saving" aria-live="polite" data-save-state="saving">
          <span className="save-text">保存中…</span>
        </output>
      );
    case 'error':
      return (
        <output className="save-indicator error" role="alert" data-save-state="error">
          保存失败：{state.message}
        </output>
      );
    case 'conflict':
      return (
        <output className="save-indicator conflict" role="alert" data-save-state="conflict">
          保存失败：此报告已在其他窗口中修改
        </output>
      );
    default:
      return (
        <output className="save-indicator" data-save-state="idle">
          <span className="save-text">未修改</span>
        </output>
      );
  }
}
