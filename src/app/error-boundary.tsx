import { Component, type ReactNode } from 'react';
import { classifyStorageError, storageErrorMessage } from '../storage/storage-errors';
import { noteStorageError } from '../storage/storage-refused';

type State = { error: Error | null };

/**
 * A crash in one view must not take the stored data with it: say so, offer a reload. When the cause
 * is the browser's storage (no IndexedDB in a private window or under a policy that forbids site
 * data, a database closed or upgraded by another tab), the clerk reads that cause and what to do,
 * in Chinese — a reload would not help there. The browser's own message (English, for whoever
 * supports the office) stays available under 「技术信息」, never in the clerk's sentence.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };
  static getDerivedStateFromError(error: Error): State {
    return { error };
  }
  override componentDidCatch(error: Error) {
    // A refused storage also silences 「数据保存在本机」 elsewhere on the page (update-prompt.tsx).
    noteStorageError(error);
  }
  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const storage = classifyStorageError(error).kind !== 'unknown';
    return (
      <main>
        <div className="banner error" role="alert" data-error-boundary>
          <p>
            {storage ? storageErrorMessage(error) : '页面出现错误，已保存的数据不受影响。请重新加载页面。'}
          </p>
          <details className="muted">
            <summary>技术信息（如需求助，请告知技术人员）</summary>
            <p>
              {error.name}: {error.message}
            </p>
          </details>
          <button type="button" onClick={() => window.location.reload()}>
            重新加载
          </button>
        </div>
      </main>
    );
  }
}
