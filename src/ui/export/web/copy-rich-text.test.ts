// @vitest-environment happy-dom
// 「复制网页版」's two ways onto the clipboard: the async Clipboard API with both flavours, and the
// execCommand copy (plain-HTTP pages, older browsers) whose copy event sets both flavours; when
// neither may write, a Chinese message, and the page is left as it was.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COPY_IMPOSSIBLE, copyRichText } from './copy-rich-text';

const content = {
  html: '<article><h1>标题</h1><table><tr><td>1</td></tr></table></article><script type="application/json">{}</script>',
  text: '标题\n1',
};

class FakeClipboardItem {
  constructor(readonly items: Record<string, Promise<Blob>>) {}
}

/** A copy event whose clipboardData records what the page sets. */
function execCommandCopy(result: boolean) {
  const set: Record<string, string> = {};
  const selected: string[] = [];
  const exec = vi.fn((command: string) => {
    expect(command).toBe('copy');
    selected.push(window.getSelection()?.toString() ?? '');
    const event = new Event('copy', { bubbles: true, cancelable: true }) as Event & {
      clipboardData: { setData: (t: string, v: string) => void };
    };
    event.clipboardData = {
      setData: (t, v) => {
        set[t] = v;
      },
    };
    document.dispatchEvent(event);
    return result;
  });
  Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
  return { set, selected, exec };
}

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(document, 'execCommand');
  document.body.innerHTML = '';
});

describe('copyRichText (「复制网页版」)', () => {
  it('writes text/html and text/plain with the Clipboard API where the page has it', async () => {
    const write = vi.fn(async (_: FakeClipboardItem[]) => {});
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
    vi.stubGlobal('navigator', { clipboard: { write } });
    await expect(copyRichText(Promise.resolve(content))).resolves.toBe('clipboard-api');
    const item = write.mock.calls[0]![0][0]!;
    expect(Object.keys(item.items).sort()).toEqual(['text/html', 'text/plain']);
    expect(await (await item.items['text/html']!).text()).toBe(content.html);
    expect(await (await item.items['text/plain']!).text()).toBe(content.text);
  });

  it.each([
    ['without the async clipboard (plain HTTP)', () => vi.stubGlobal('navigator', {})],
    [
      'when the Clipboard API refuses',
      () => {
        vi.stubGlobal('ClipboardItem', FakeClipboardItem);
        vi.stubGlobal('navigator', {
          clipboard: { write: async () => Promise.reject(new DOMException('no', 'NotAllowedError')) },
        });
      },
    ],
  ])(
    'copies by execCommand %s: both flavours set in the copy event, the page as before',
    async (_, setUp) => {
      setUp();
      const copy = execCommandCopy(true);
      const before = document.body.innerHTML;
      await expect(copyRichText(Promise.resolve(content))).resolves.toBe('exec-command');
      expect(copy.set).toEqual({ 'text/html': content.html, 'text/plain': content.text });
      expect(copy.selected[0]).toContain('标题');
      expect(document.body.innerHTML).toBe(before);
    },
  );

  it('says in Chinese that copying is impossible when the browser allows neither way', async () => {
    vi.stubGlobal('navigator', {});
    execCommandCopy(false);
    await expect(copyRichText(Promise.resolve(content))).rejects.toThrow(COPY_IMPOSSIBLE);
    expect(document.body.innerHTML).toBe('');
  });
});
