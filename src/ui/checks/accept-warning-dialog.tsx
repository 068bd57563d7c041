import { useState } from 'react';
import type { CheckResult } from '../../domain/checks/types';
import { keptTextKey } from '../../storage/kept-text';
import { ErrorBanner } from '../components/error-banner';
import { Modal } from '../components/modal';
import { useKeptText } from '../components/use-kept-text';
import { useEditor } from '../editor/editor-context';

/** The key under which a warning's 说明 is kept while it is written (until 「保存说明」). */
export const explanationKey = (reportId: string, checkId: string) =>
  keptTextKey(reportId, 'explanation', checkId);

/**
 * Accepting a warning needs a written 说明; it is saved with the report and exported. What is typed
 * is kept until 「保存说明」: Esc, 取消, a reload or a crash do not lose it (use-kept-text.ts).
 */
export function AcceptWarningDialog({ result, onClose }: { result: CheckResult; onClose: () => void }) {
  const { id, acceptWarning } = useEditor();
  const kept = useKeptText(explanationKey(id, result.id), result.explanation ?? '');
  const { text, setText } = kept;
  const [error, setError] = useState('');
  return (
    <Modal title="填写说明" onClose={onClose}>
      <p>{result.message}</p>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!text.trim()) return setError('请填写说明');
          await acceptWarning(result, text.trim());
          kept.saved();
          onClose();
        }}
      >
        <label className="field">
          <span>说明（将随报告保存和导出）</span>
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={4} autoFocus />
        </label>
        {kept.restored && (
          <p className="hint" data-kept-text>
            已恢复上次输入但未保存的说明。
          </p>
        )}
        <ErrorBanner message={error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            取消
          </button>
          <button type="submit" className="primary">
            保存说明
          </button>
        </div>
      </form>
    </Modal>
  );
}
