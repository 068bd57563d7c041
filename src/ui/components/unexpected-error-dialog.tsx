import { useEffect, useRef, useState } from 'react';
import { ErrorBanner } from './error-banner';
import { listenForUnexpectedErrors, unexpectedErrorMessage } from './unexpected-error';

/**
 * Shows any action's uncaught failure (unexpected-error.ts) in an ErrorBanner. It is a modal
 * <dialog> because the action may have started in another modal (「新建报告」…): only the top
 * layer is visible and usable above it. Mount once for the whole app.
 */
export function UnexpectedErrorDialog() {
  const [message, setMessage] = useState('');
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(
    () => listenForUnexpectedErrors(window, (error) => setMessage(unexpectedErrorMessage(error))),
    [],
  );
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (message && !d.open) d.showModal();
    if (!message && d.open) d.close();
  }, [message]);
  return (
    <dialog
      ref={ref}
      className="unexpected-error"
      aria-labelledby="unexpected-error-title"
      data-testid="unexpected-error"
      onCancel={(e) => {
        e.preventDefault();
        setMessage('');
      }}
    >
      <h2 id="unexpected-error-title">操作未完成</h2>
      <ErrorBanner message={message} />
      <div className="actions">
        <button type="button" className="primary" autoFocus onClick={() => setMessage('')}>
          知道了
        </button>
      </div>
    </dialog>
  );
}
