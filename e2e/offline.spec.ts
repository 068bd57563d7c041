// Offline (issue 8): after one visit the service worker serves the whole app, so a clerk can
// create and edit reports with no network, and a reload offline loses nothing.
import { expect, test } from '@playwright/test';
import { cellAddress } from '../src/domain/report/cell-address';
import { precachedUrls, waitForServiceWorker } from './hardening-sw';
import { storedReport } from './idb';
import { EditorPage, ReportsListPage } from './pages/app-page';

test('after one visit the app works offline: create, edit, reload — all served by the worker', async ({
  page,
  context,
}) => {
  const list = new ReportsListPage(page);
  await list.goto();
  await waitForServiceWorker(page);
  // Everything the app may load later (lazy chunks for print, summary…) is in the precache.
  const cached = await precachedUrls(page);
  expect(cached.some((u) => /\/index\.html(\?|$)/.test(u))).toBe(true);
  expect(cached.some((u) => /print-page-[\w-]+\.js(\?|$)/.test(u))).toBe(true);
  // The editor and the 「新建报告」 dialog load on demand too (first-load budget, issue 17).
  expect(cached.some((u) => /report-editor-[\w-]+\.js(\?|$)/.test(u))).toBe(true);
  expect(cached.some((u) => /new-report-dialog-[\w-]+\.js(\?|$)/.test(u))).toBe(true);
  expect(cached.some((u) => /icons\/icon-512\.png(\?|$)/.test(u))).toBe(true);
  // The start-up message of a page that cannot start (boot-check.js) is loaded by index.html too.
  expect(cached.some((u) => /\/boot-check\.js(\?|$)/.test(u))).toBe(true);

  await context.setOffline(true);
  // Going offline really cuts the network: a request the worker does not answer fails.
  const direct = await page.evaluate(() =>
    fetch('/not-precached.json', { cache: 'no-store' }).then(
      (r) => r.status,
      () => 'failed',
    ),
  );
  expect(direct === 'failed' || direct === 404).toBe(true);

  await page.reload();
  await expect(page.getByRole('heading', { name: '报告列表' })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toMatch(
    /\/sw\.js$/,
  );

  const editor = await list.createReport('离线测试局', 2025);
  const id = editor.reportId;
  await editor.field('meta.contactPhone').fill('0537-1234567');
  await editor.step('overview');
  await editor.field('overview.proactive').fill('断网时填写的主动公开情况。');
  await editor.step('applications');
  await editor.fillCell(cellAddress('applications', 'newReceived', 'natural'), '17');
  await editor.saved();

  // The lazily loaded print view also comes from the worker.
  await page.goto(`/#/print/${encodeURIComponent(id)}`);
  await expect(page.getByText('断网时填写的主动公开情况。')).toBeVisible();

  await page.goto(`/#/r/${encodeURIComponent(id)}/applications`);
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const again = new EditorPage(page);
  await expect(again.cell(cellAddress('applications', 'newReceived', 'natural'))).toHaveValue('17');
  await again.step('overview');
  await expect(again.field('overview.proactive')).toHaveValue('断网时填写的主动公开情况。');
  await again.step('meta');
  await expect(again.field('meta.contactPhone')).toHaveValue('0537-1234567');
  const stored = await storedReport(page, id);
  expect(stored?.draft.overview?.proactive).toBe('断网时填写的主动公开情况。');

  await page.goto('/#/');
  await expect(list.row('离线测试局')).toBeVisible();
  await context.setOffline(false);
});

test('the web app manifest names the app in Chinese and its icons exist', async ({ page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await page.request.get(new URL(href!, page.url()).href)).json()) as {
    name: string;
    short_name: string;
    lang: string;
    theme_color: string;
    icons: { src: string; sizes: string }[];
  };
  expect(manifest).toMatchObject({
    name: '政府信息公开工作年度报告',
    short_name: '年报',
    lang: 'zh-CN',
    theme_color: '#b3261e',
  });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    const res = await page.request.get(new URL(icon.src, page.url()).href);
    expect(res.headers()['content-type']).toBe('image/png');
    expect((await res.body()).subarray(1, 4).toString()).toBe('PNG');
  }
  // No inline script anywhere: the CSP (script-src 'self') would block it.
  const html = await (await page.request.get('/')).text();
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).toContain("worker-src 'self'");
});

test('「已可离线使用」 shows once the worker is installed', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(/已可离线使用/)).toBeVisible();
  await page.getByRole('button', { name: '知道了' }).click();
  await expect(page.getByText(/已可离线使用/)).toBeHidden();
});

test('a notice over the field being typed into steps aside in place — see-through, clicks pass — and never moves onto a control', async ({
  page,
}) => {
  await page.setViewportSize({ width: 480, height: 360 });
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('小窗口测试局', 2024);
  await editor.step('applications');
  // A clerk's first visit installs the worker while a step is open: unregistered and reloaded here,
  // so 「已可离线使用」 shows over the matrix (it hides itself after 10 s).
  await page.evaluate(async () => {
    for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
  });
  await page.reload();
  const area = page.locator('.pwa-toast-area');
  await expect(area.getByText(/已可离线使用/)).toBeVisible();
  await expect(editor.cell(cellAddress('applications', 'newReceived', 'natural'))).toBeVisible();
  const before = await area.boundingBox();

  // The notice's text is click-through (passive): what lies under it is what a click reaches.
  const underText = await area.locator('p').evaluate((p) => {
    const r = p.getBoundingClientRect();
    return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('.pwa-toast-area');
  });
  expect(underText ?? null).toBeNull();

  // The clerk is typing in a cell that a scroll brings to the window's bottom right, under the notice.
  const id = await page.evaluate(() => {
    const box = document.querySelector('.pwa-toast-area')!.getBoundingClientRect();
    for (const el of document.querySelectorAll<HTMLInputElement>('input[data-cell]')) {
      el.focus();
      el.scrollIntoView({ block: 'end', inline: 'end' });
      const r = el.getBoundingClientRect();
      if (r.left < box.right && box.left < r.right && r.top < box.bottom && box.top < r.bottom)
        return el.getAttribute('data-cell');
    }
    return null;
  });
  expect(id, 'a matrix cell under the notice at this window size').not.toBeNull();
  const cell = page.locator(`[data-cell="${id}"]`);
  await expect(cell).toBeFocused();
  await expect(area).toHaveAttribute('data-aside', 'true');
  // It did not move; the cell shows through it and takes the click and the keys.
  expect(await area.boundingBox()).toEqual(before);
  await expect.poll(() => area.evaluate((a) => Number(getComputedStyle(a).opacity))).toBeLessThan(0.3);
  // Where the notice covers the cell, a click reaches the page, not the notice.
  const hit = await cell.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const a = document.querySelector('.pwa-toast-area')!.getBoundingClientRect();
    const x = (Math.max(r.left, a.left) + Math.min(r.right, a.right, innerWidth)) / 2;
    const y = (Math.max(r.top, a.top) + Math.min(r.bottom, a.bottom, innerHeight)) / 2;
    const at = document.elementFromPoint(x, y);
    return at !== null && at.closest('.pwa-toast-area') === null;
  });
  expect(hit).toBe(true);
  await page.keyboard.type('7');
  await expect(cell).toHaveValue('7');

  // A button under it does not make it step aside: the button shows the notice as it is (a click on
  // the notice's own button stays the notice's); leaving the field brings the notice back.
  await page.getByRole('button', { name: /空白填0/ }).focus();
  await expect(area).not.toHaveAttribute('data-aside', 'true');
  expect(await area.boundingBox()).toEqual(before);
});
