// Puts HTML on the clipboard as rich text (text/html) with a plain-text twin, for pasting into a
// CMS editor. The asynchronous Clipboard API where the page has it; it is missing on plain-HTTP
// intranet pages (not a secure context) and in older browsers, which get the classic way: the
// content selected in an off-screen contenteditable element and document.execCommand('copy'),
// whose copy event also sets both flavours exactly.

import { EXPORT_WEB_PAGE } from '../../../domain/report/labels';

export type RichText = { html: string; text: string };

/** Neither way may write the clipboard (a policy, a browser that allows neither). */
export const COPY_IMPOSSIBLE = `此浏览器不允许网页写入剪贴板，无法复制。请改用「${EXPORT_WEB_PAGE}」保存文件，用浏览器打开后全选复制，再粘贴到网站编辑器中。`;
export type CopyMethod = 'clipboard-api' | 'exec-command';

function hasClipboardApi(): boolean {
  return typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function';
}

/**
 * Copies what `content` resolves to. Call it straight from the click handler: the Clipboard API
 * gets the content as promises, so the click's user activation is used before anything awaits.
 */
export async function copyRichText(content: Promise<RichText>): Promise<CopyMethod> {
  if (hasClipboardApi()) {
    try {
      const blob = (type: string, pick: (c: RichText) => string) =>
        content.then((c) => new Blob([pick(c)], { type }));
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': blob('text/html', (c) => c.html),
          'text/plain': blob('text/plain', (c) => c.text),
        }),
      ]);
      return 'clipboard-api';
    } catch (e) {
      // Denied (a policy, or the document lost focus): the classic way may still be allowed.
      if (e instanceof DOMException && e.name === 'NotAllowedError') return copyBySelection(await content);
      throw e;
    }
  }
  return copyBySelection(await content);
}

/** The classic copy. The markup is parsed inertly (DOMParser: nothing runs or loads) and stripped of script. */
export function copyBySelection({ html, text }: RichText): CopyMethod {
  const holder = document.createElement('div');
  holder.contentEditable = 'true';
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:fixed;left:-10000px;top:0;width:800px';
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const script of parsed.querySelectorAll('script')) script.remove();
  holder.append(...Array.from(parsed.body.childNodes, (n) => document.importNode(n, true)));
  const onCopy = (e: ClipboardEvent) => {
    if (!e.clipboardData) return; // the browser copies the selection itself
    e.clipboardData.setData('text/html', html);
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
  };
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  document.body.append(holder);
  document.addEventListener('copy', onCopy, true);
  try {
    const range = document.createRange();
    range.selectNodeContents(holder);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    if (!document.execCommand('copy')) throw new Error(COPY_IMPOSSIBLE);
    return 'exec-command';
  } finally {
    document.removeEventListener('copy', onCopy, true);
    window.getSelection()?.removeAllRanges();
    holder.remove();
    active?.focus();
  }
}
