// A browser that will not let the page keep data (a private window of some browsers, a policy that
// forbids site data): the clerk reads why and what to do, in Chinese — not Dexie's English
// 「MissingAPIError IndexedDB API missing. Please visit https://…」 under 「请重新加载页面」.
import { expect, test } from '@playwright/test';

const BLOCKED = {
  'no IndexedDB': "Object.defineProperty(window, 'indexedDB', { get: function () { return undefined; } });",
  'IndexedDB refused':
    "Object.defineProperty(window, 'indexedDB', { get: function () { throw new DOMException('The user denied permission to access the database.', 'SecurityError'); } });",
};

for (const [name, content] of Object.entries(BLOCKED))
  test(`${name}: the reports list says in Chinese that this browser cannot keep data here, and what to do`, async ({
    page,
  }) => {
    await page.addInitScript({ content });
    await page.goto('/#/');
    const banner = page.locator('[data-error-boundary]');
    await expect(banner).toContainText(
      '此浏览器不能使用本地数据库（IndexedDB），可能处于无痕/隐私模式或被管理策略禁用',
    );
    await expect(banner).toContainText('请在普通窗口中打开，或换用其他浏览器');
    // Once the app is cached for offline use, 「已可离线使用…数据保存在本机」 would be false here:
    // nothing is kept. The worker's readiness must not bring it up.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForTimeout(1000); // the notice came within a second
    // Counted now, not awaited: the notice hides itself after 10 s (update-prompt.tsx).
    expect(await page.locator('[data-pwa="offline-ready"]').count()).toBe(0);
    expect(await page.getByText('数据保存在本机').count()).toBe(0);
    await expect(page.getByText('IndexedDB API missing')).toBeHidden();
    await expect(page.getByText('denied permission')).toBeHidden();
    // The browser's words are kept for whoever supports the office, behind 「技术信息」.
    await banner.getByText('技术信息').click();
    await expect(banner.locator('details')).toHaveAttribute('open', '');
  });
