// @vitest-environment happy-dom
// The open report vanishes from storage under the editor — 彻底删除 in another tab, 「恢复备份」
// 「替换全部」 without it, or the browser's data cleared (h87's trial: the clerk typed on, the editor
// turned into 「找不到这份报告…可在回收站中恢复」 — which it was not — and everything the page held
// was gone). The page keeps what it had and offers to store it again.
import { act, cleanup, fireEvent, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { draftOf, freshRepo } from '../../storage/test-helpers';
import { RepositoryProvider } from '../hooks/use-repository';
import { ReportEditor } from './report-editor';

afterEach(cleanup);

const SLOW = { timeout: 10_000 };

describe('the open report gone from storage', () => {
  it('keeps the page’s content, typed text included, and stores it again on the clerk’s click', {
    timeout: 30_000,
  }, async () => {
    const { repo } = freshRepo();
    const draft = draftOf('r9', '某县水利局');
    await repo.create({ ...draft, overview: { ...draft.overview, proactive: '已保存的段落。' } });
    const view = render(
      <RepositoryProvider repo={repo}>
        <ReportEditor id="r9" step="overview" focus={null} />
      </RepositoryProvider>,
    );
    const field = () =>
      view.container.querySelector<HTMLTextAreaElement>('[data-field="overview.proactive"]');
    await waitFor(() => expect(field()?.value).toBe('已保存的段落。'), SLOW);
    fireEvent.change(field()!, { target: { value: '已保存的段落。刚输入的一句。' } });
    await act(() => repo.purge('r9'));

    const panel = await view.findByText(/本机保存的数据中已没有/, {}, SLOW);
    expect(panel.textContent).toContain('某县水利局');
    expect(view.queryByText(/可在回收站中恢复/)).toBeNull();
    fireEvent.click(view.getByRole('button', { name: '用本页的内容重新保存这份报告' }));
    await waitFor(() => expect(field()?.value).toBe('已保存的段落。刚输入的一句。'), SLOW);
    expect((await repo.get('r9'))?.draft.overview.proactive).toBe('已保存的段落。刚输入的一句。');
  });

  // The browser's data cleared: no page of the app wrote, so no live query runs again by itself.
  // IndexedDB closes the connection under the page (the close event), or the clerk comes back to
  // the page (focus) after clearing it from the browser's settings in another tab.
  for (const [how, tell] of [
    ['the connection closed under the page', (backend: IDBDatabase) => backend.onclose?.(new Event('close'))],
    ['the page focused again', () => window.dispatchEvent(new Event('focus'))],
  ] as const) {
    it(`the browser's data cleared without a keystroke after it (${how}): the page says so at once, never 已保存 over nothing`, {
      timeout: 30_000,
    }, async () => {
      const { repo, db } = freshRepo();
      await repo.create(draftOf('r7', '某县统计局'));
      const view = render(
        <RepositoryProvider repo={repo}>
          <ReportEditor id="r7" step="overview" focus={null} />
        </RepositoryProvider>,
      );
      await waitFor(
        () => expect(view.container.querySelector('[data-field="overview.proactive"]')).not.toBeNull(),
        SLOW,
      );
      // emptied behind Dexie's back, as the browser does: no live query hears it
      const backend = db.backendDB();
      await new Promise<void>((resolve, reject) => {
        const tx = backend.transaction([...backend.objectStoreNames], 'readwrite');
        for (const name of backend.objectStoreNames) tx.objectStore(name).clear();
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      await act(async () => tell(backend));
      await view.findByText(/本机保存的数据中已没有/, {}, SLOW);
      expect(view.getByRole('button', { name: '用本页的内容重新保存这份报告' })).toBeTruthy();
    });
  }

  it('a report moved to 回收站 is not offered again: the bin has it', { timeout: 30_000 }, async () => {
    const { repo } = freshRepo();
    await repo.create(draftOf('r8', '某县林业局'));
    const view = render(
      <RepositoryProvider repo={repo}>
        <ReportEditor id="r8" step="overview" focus={null} />
      </RepositoryProvider>,
    );
    await waitFor(
      () => expect(view.container.querySelector('[data-field="overview.proactive"]')).not.toBeNull(),
      SLOW,
    );
    await act(() => repo.softDelete('r8').then(() => undefined));
    await view.findByText(/可在回收站中恢复/, {}, SLOW);
    expect(view.queryByRole('button', { name: '用本页的内容重新保存这份报告' })).toBeNull();
  });
});
