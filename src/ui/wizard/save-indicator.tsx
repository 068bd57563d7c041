import type { AutosaveState } from '../../storage/autosave';
import { formatClock } from '../components/format';

/** SPEC §10: 「已保存 HH:MM:SS」 / 「保存中…」 / 「保存失败」 with the reason. */
export function SaveIndicator({ state }: { state: AutosaveState }) {
  switch (state.kind) {
    case 'saved':
      return (
        <output className="save-indicator" aria-live="polite" data-save-state="saved">
          已保存 {formatClock(state.at)}
        </output>
      );
    case 'unsaved':
      return (
        <output className="save-indicator saving" aria-live="polite" data-save-state="unsaved">
          未保存
        </output>
      );
    case 'saving':
      return (
        <output className="save-indicator saving" aria-live="polite" data-save-state="saving">
          保存中…
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
          未修改
        </output>
      );
  }
}
