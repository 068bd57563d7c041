// One safety net for every button and form handler: an exception nobody caught (a handler that
// throws, a `void promise` that rejects) reaches the window as an `error` or `unhandledrejection`
// event. Without this net such an action just does nothing, as 「创建」 did on plain-HTTP pages
// where crypto.randomUUID is missing. Handlers that word their own failures catch them first and
// never reach this.
import { StorageError, storageErrorMessage } from '../../storage/storage-errors';

/** The Chinese message for an action that failed unexpectedly. */
export function unexpectedErrorMessage(error: unknown): string {
  if (error instanceof StorageError) return storageErrorMessage(error);
  const detail =
    error instanceof Error
      ? `${error.name}: ${error.message}`
      : typeof error === 'string'
        ? error
        : '未知错误';
  return `出现意外错误（${detail.slice(0, 200)}）。已保存的数据没有改动。请重试；如果仍然出错，请刷新页面后再试。`;
}

/**
 * Listens for uncaught errors and rejections on `target` (the window) and hands each one's error
 * to `onError`. Events without an error object are the browser's own notices (e.g. 「ResizeObserver
 * loop completed with undelivered notifications」), not a failed action: they are ignored.
 * Returns the function that removes the listeners.
 */
export function listenForUnexpectedErrors(
  target: EventTarget,
  onError: (error: unknown) => void,
): () => void {
  const onErrorEvent = (e: Event) => {
    const error = (e as ErrorEvent).error;
    if (error !== undefined && error !== null) onError(error);
  };
  const onRejection = (e: Event) => onError((e as PromiseRejectionEvent).reason);
  target.addEventListener('error', onErrorEvent);
  target.addEventListener('unhandledrejection', onRejection);
  return () => {
    target.removeEventListener('error', onErrorEvent);
    target.removeEventListener('unhandledrejection', onRejection);
  };
}
