// The browser's data cleared (「清除浏览数据」, a cleaning tool, a policy) while a report is open in the
// editor (h87's trial). IndexedDB and localStorage are emptied under the page; the page still shows the
// report. Before, the clerk's next keystroke turned the editor into 「找不到这份报告…可在回收站中恢复」
// — it was in no 回收站 — and what the page held, typed text included, was gone. Now the page keeps
// it and stores it again on the clerk's click.
import { expect, test } from '@playwright/test';
import { storedReport } from './idb';
import { ReportsListPage } from './pages/app-page';

test('site data cleared under an open report: the page keeps its content and saves it again on request', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('清除浏览数据测试局', 2022);
  await editor.step('overview');
  const field = editor.field('overview.proactive');
  await field.fill('清除之前已保存的段落。');
  await editor.saved();
  const id = editor.reportId;

  const cdp = await context.newCDPSession(page);
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });

  // The page may notice the clear by itself (its live query runs again) or at the next keystroke's
  // save: the clerk types on if the field is still there.
  await field
    .click({ timeout: 2000 })
    .then(async () => {
      await page.keyboard.press('End');
      await page.keyboard.type('清除之后输入的一句。');
    })
    .catch(() => undefined);
  const panel = page.locator('[data-orphaned-report]');
  await expect(panel).toContainText('本机保存的数据中已没有「清除浏览数据测试局」2022');
  await expect(panel).toContainText('浏览器数据已被清除');
  await expect(page.getByText('可在回收站中恢复')).toHaveCount(0);
  await panel.getByRole('button', { name: '用本页的内容重新保存这份报告' }).click();
  // What the page showed when the panel took the editor's place — with the keys typed before it —
  // is saved again; keys typed after it reached no field.
  await expect(field).toHaveValue(/^清除之前已保存的段落。/);
  const kept = await field.inputValue();
  expect('清除之前已保存的段落。清除之后输入的一句。'.startsWith(kept)).toBe(true);
  await expect.poll(async () => (await storedReport(page, id))?.draft.overview?.proactive).toBe(kept);
  await page.reload();
  await expect(field).toHaveValue(kept);
  await context.close();
});

test('site data cleared under an open report, nothing typed after: the page says so by itself, never 已保存 over nothing', async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('清除后未输入测试局', 2023);
  await editor.step('overview');
  await editor.field('overview.proactive').fill('清除之前已保存的一段。');
  await editor.saved();

  const cdp = await context.newCDPSession(page);
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });

  // no key, no click: IndexedDB closing the page's connection is enough
  const panel = page.locator('[data-orphaned-report]');
  await expect(panel).toContainText('本机保存的数据中已没有「清除后未输入测试局」2023', { timeout: 5000 });
  await panel.getByRole('button', { name: '用本页的内容重新保存这份报告' }).click();
  await expect(editor.field('overview.proactive')).toHaveValue('清除之前已保存的一段。');
  await context.close();
});
