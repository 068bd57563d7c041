// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { QuotaError } from '../../storage/storage-errors';
import { UnexpectedErrorDialog } from './unexpected-error-dialog';

afterEach(cleanup);

/** A stand-in for a browser's unhandledrejection event (happy-dom has no PromiseRejectionEvent). */
function rejection(reason: unknown): Event {
  return Object.assign(new Event('unhandledrejection'), { reason });
}

/** A button whose handler throws, as 「创建」 did where crypto.randomUUID is missing. */
function Broken() {
  return (
    <button
      type="button"
      onClick={() => {
        throw new TypeError('crypto.randomUUID is not a function');
      }}
    >
      创建
    </button>
  );
}

describe('UnexpectedErrorDialog', () => {
  it('shows a button handler that throws as an ErrorBanner with a Chinese message', () => {
    render(
      <>
        <Broken />
        <UnexpectedErrorDialog />
      </>,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    // React reports a handler's exception to the window (reportError / an ErrorEvent).
    fireEvent.click(screen.getByRole('button', { name: '创建' }));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('出现意外错误');
    expect(alert.textContent).toContain('crypto.randomUUID is not a function');
    expect(alert.textContent).toContain('已保存的数据没有改动');
  });

  it('shows a rejected action (a repository write that failed) in the words of the storage errors', () => {
    render(<UnexpectedErrorDialog />);
    act(() => {
      window.dispatchEvent(rejection(new QuotaError()));
    });
    expect(screen.getByRole('alert').textContent).toContain('磁盘空间不足');
    fireEvent.click(screen.getByRole('button', { name: '知道了' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('ignores the browser notices that carry no error object', () => {
    render(<UnexpectedErrorDialog />);
    act(() => {
      window.dispatchEvent(
        new ErrorEvent('error', { message: 'ResizeObserver loop completed with undelivered notifications.' }),
      );
    });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
