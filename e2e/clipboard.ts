import type { Locator } from '@playwright/test';

/** Dispatches a real paste event with the given clipboard contents on the focused element. */
export async function pasteInto(target: Locator, data: { text?: string; html?: string }) {
  await target.focus();
  await target.evaluate((el, d) => {
    const dt = new DataTransfer();
    if (d.text !== undefined) dt.setData('text/plain', d.text);
    if (d.html !== undefined) dt.setData('text/html', d.html);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, data);
}
