// A full disk in the real browser (issue 16, item 5): Chromium's storage quota for the origin is
// lowered through CDP (Storage.overrideQuotaForOrigin) and then filled, so IndexedDB itself refuses
// the writes with QuotaExceededError — no injected error. Autosave must never call a refused write
// 已保存, must keep the text — also across a reload while the disk is still full (item 4) — and must
// save it once there is room again.
//
// Chromium's IndexedDB caches the space left for up to 30 s, so a quota lowered after the first
// write would be noticed only half a minute later. The quota is therefore set before the page
// first loads; the filler then uses up what is left.
import { type CDPSession, expect, type Page, test } from '@playwright/test';
import { killPage } from './hardening-crash';
import { storedReport } from './idb';
import { EditorPage, ReportsListPage } from './pages/app-page';

const QUOTA = 12 * 1024 * 1024;

/** Writes incompressible filler into its own database until IndexedDB refuses even 1 kB. */
function fillDisk(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('quota-filler', 1);
      req.onupgradeneeded = () => req.result.createObjectStore('f', { autoIncrement: true });
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const put = (bytes: number) =>
      new Promise<boolean>((resolve) => {
        const data = new Uint8Array(bytes);
        for (let i = 0; i < bytes; i += 65536) crypto.getRandomValues(data.subarray(i, i + 65536));
        const tx = db.transaction('f', 'readwrite');
        tx.objectStore('f').add(data);
        tx.oncomplete = () => resolve(true);
        tx.onabort = () => resolve(false);
      });
    let written = 0;
    for (let size = 512 * 1024; size >= 1024; size = Math.floor(size / 4)) {
      while (await put(size)) written += size;
    }
    db.close();
    return written;
  });
}

function freeDisk(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase('quota-filler');
        req.onsuccess = () => resolve();
        req.onerror = () => reject(req.error);
      }),
  );
}

/** Every state the save indicator shows, in order, from now on. */
async function recordSaveStates(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const states: string[] = [];
    (window as unknown as { __saveStates: string[] }).__saveStates = states;
    let last = '';
    new MutationObserver(() => {
      const state = document.querySelector('[data-save-state]')?.getAttribute('data-save-state') ?? '';
      if (state !== last) states.push(state);
      last = state;
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-save-state'],
    });
  });
  return () => page.evaluate(() => [...(window as unknown as { __saveStates: string[] }).__saveStates]);
}

test('with the quota used up, autosave says 保存失败 (never 已保存), keeps the text and saves it once there is room', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: QUOTA });

  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('磁盘已满测试局', 2021);
  await editor.step('overview');
  await editor.field('overview.proactive').fill('有空间时写的');
  await editor.saved();
  const id = editor.reportId;

  expect(await fillDisk(page)).toBeGreaterThan(0);
  const states = await recordSaveStates(page);
  const field = editor.field('overview.proactive');
  await field.click();
  await page.keyboard.press('End');
  await page.keyboard.type('，磁盘满时输入');
  await expect(page.locator('[data-save-state="error"]')).toContainText('磁盘空间不足');
  await page.keyboard.type('的文字');
  await page.keyboard.press('Control+s');
  await expect(page.locator('[data-save-state="error"]')).toContainText('磁盘空间不足');
  expect(await states()).not.toContain('saved');
  expect((await storedReport(page, id))?.draft.overview?.proactive).toBe('有空间时写的');
  await expect(field).toHaveValue('有空间时写的，磁盘满时输入的文字');

  // Issue 16, item 4: a reload with the disk still full shows the journalled edit, 未保存 until written.
  await page.reload();
  await expect(field).toHaveValue('有空间时写的，磁盘满时输入的文字');
  await expect(page.locator('[data-save-state]')).not.toHaveAttribute('data-save-state', 'saved');
  await expect(page.locator('[data-save-state]')).toContainText(/未保存|保存失败/);
  const statesAfterReload = await recordSaveStates(page);

  await freeDisk(page);
  await field.click();
  await page.keyboard.press('Control+s');
  await editor.saved();
  expect(await statesAfterReload()).toContain('saved');
  expect((await storedReport(page, id))?.draft.overview?.proactive).toBe('有空间时写的，磁盘满时输入的文字');
  // The reloaded page went on in the journal slot of the page before it (that page is gone): once
  // the report is closed nothing is left journaled, so no later start makes a copy of it.
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: '报告列表' })).toBeVisible();
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('nianbao:unsaved'))),
  ).toEqual([]);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await context.close();
});

test('two tabs on one report with the quota used up, each typing into its own field, both crash: the next start keeps both tabs’ text — merged into the report, each tab having changed its own field (no 副本)', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  // The quota is set through a page that is not crashed, so that it can be reset at the end.
  const keeper = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(keeper);
  const a = await context.newPage();
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: QUOTA });

  const list = new ReportsListPage(a);
  await list.goto();
  const editorA = await list.createReport('两窗口磁盘满测试局', 2021);
  await editorA.step('overview');
  await editorA.field('overview.proactive').fill('有空间时写的');
  await editorA.saved();
  const id = editorA.reportId;
  const b = await context.newPage();
  await b.goto(a.url());
  const editorB = new EditorPage(b);
  await expect(editorB.field('overview.proactive')).toHaveValue('有空间时写的');

  expect(await fillDisk(a)).toBeGreaterThan(0);
  // Each tab types into its own field; neither write lands, so the journal holds both texts.
  await editorA.field('overview.proactive').click();
  await a.keyboard.press('End');
  await a.keyboard.type('，甲页磁盘满时输入');
  await expect(a.locator('[data-save-state="error"]')).toContainText('磁盘空间不足');
  await editorB.field('overview.management').click();
  await b.keyboard.type('乙页磁盘满时输入');
  await expect(b.locator('[data-save-state="error"]')).toContainText('磁盘空间不足');
  await editorA.field('overview.proactive').click();
  await a.keyboard.type('再输入');
  await expect(a.locator('[data-save-state="error"]')).toBeVisible();

  // Both tabs' renderers die (no pagehide); room again; the app starts in a new tab.
  await killPage(a, 'crash');
  if (!b.isClosed()) await killPage(b, 'crash');
  const c = await context.newPage();
  const noticeShown = async () => {
    await expect(c.getByRole('heading', { name: '报告列表' })).toBeVisible();
    return c
      .getByText('上次关闭页面时尚未写入的修改')
      .first()
      .waitFor({ timeout: 5000 })
      .then(
        () => true,
        () => false,
      );
  };
  const reportTexts = () =>
    c.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const req = indexedDB.open('nianbao');
          req.onsuccess = () => {
            const all = req.result.transaction('reports').objectStore('reports').getAll();
            all.onsuccess = () => {
              req.result.close();
              resolve(
                (all.result as { draft: { overview: Record<string, string> } }[]).map(
                  (r) => `${r.draft.overview.proactive}|${r.draft.overview.management}`,
                ),
              );
            };
            all.onerror = () => reject(all.error);
          };
          req.onerror = () => reject(req.error);
        }),
    );
  await c.goto('/#/');
  // The start may write the journal at once (the crash left room) or be refused (the disk still
  // full, or Chromium's cached space left, up to 30 s): then the next start writes it.
  let noticed = await noticeShown();
  await freeDisk(c);
  // Both edits began from the same write and changed different fields: the one typed last is
  // written over it, the other merged in field by field (before: kept as a 「（副本）」).
  const both = '有空间时写的，甲页磁盘满时输入再输入|乙页磁盘满时输入';
  let texts: string[] = [];
  await expect
    .poll(
      async () => {
        texts = await reportTexts();
        if (texts.includes(both)) return true;
        await c.reload();
        noticed ||= await noticeShown();
        return false;
      },
      { timeout: 60_000, intervals: [3000] },
    )
    .toBe(true);
  expect(noticed).toBe(true);
  expect(texts).toEqual([both]);
  expect((await storedReport(c, id))?.draft.overview?.management).toBe('乙页磁盘满时输入');
  await cdp.send('Storage.overrideQuotaForOrigin', { origin }).catch(() => undefined);
  await context.close();
});

test('新建报告 with the quota used up: the dialog says 磁盘空间不足 and stays open; nothing goes uncaught', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  const uncaught: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  page.on('console', (m) => m.type() === 'error' && /Uncaught/.test(m.text()) && uncaught.push(m.text()));
  const cdp: CDPSession = await context.newCDPSession(page);
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: QUOTA });

  const list = new ReportsListPage(page);
  await list.goto();
  await list.createReport('有空间时新建的局', 2021);
  await page.goto('/#/');
  await expect(page.getByRole('heading', { name: '报告列表' })).toBeVisible();
  expect(await fillDisk(page)).toBeGreaterThan(0);

  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await dialog.getByLabel('机关名称').fill('磁盘满时新建的局');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: '磁盘空间不足' })).toBeVisible();
  await expect(dialog.getByLabel('机关名称')).toHaveValue('磁盘满时新建的局');
  await expect(page.getByTestId('unexpected-error')).not.toBeVisible();
  expect(uncaught).toEqual([]);

  await freeDisk(page);
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(page).toHaveURL(/#\/r\//);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await context.close();
});
