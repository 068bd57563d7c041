import { Component, type ReactNode } from 'react';

type State = { error: Error | null };

/** A crash in one view must not take the stored data with it: say so, offer a reload. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };
  static getDerivedStateFromError(error: Error): State {
    return { error };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main>
        <div className="banner error" role="alert">
          <p>页面出现错误，已保存的数据不受影响。请重新加载页面。</p>
          <p className="muted">{this.state.error.message}</p>
          <button type="button" onClick={() => window.location.reload()}>
            重新加载
          </button>
        </div>
      </main>
    );
  }
}
