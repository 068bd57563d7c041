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

/**
 * A paste into a text box as the browser delivers it: the paste event with text/plain and text/html,
 * then the text in the box (an untrusted paste event inserts nothing itself) and its input event.
 */
export async function pasteIntoTextBox(target: Locator, data: { text: string; html: string }) {
  await target.evaluate((el, d) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', d.text);
    dt.setData('text/html', d.html);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(el, d.text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, data);
}
