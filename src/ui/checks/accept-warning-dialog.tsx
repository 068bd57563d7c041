import { useState } from 'react';
import type { CheckResult } from '../../domain/checks/types';
import { ErrorBanner } from '../components/error-banner';
import { Modal } from '../components/modal';
import { useEditor } from '../editor/editor-context';

/** Accepting a warning needs a written 说明; it is saved with the report and exported. */
export function AcceptWarningDialog({ result, onClose }: { result: CheckResult; onClose: () => void }) {
  const { acceptWarning } = useEditor();
  const [text, setText] = useState(result.explanation ?? '');
  const [error, setError] = useState('');
  return (
    <Modal title="填写说明" onClose={onClose}>
      <p>{result.message}</p>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!text.trim()) return setError('请填写说明');
          await acceptWarning(result, text.trim());
          onClose();
        }}
      >
        <label className="field">
          <span>说明（将随报告保存和导出）</span>
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={4} autoFocus />
        </label>
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
