// A page that cannot start must not stay blank (public/boot-check.js): opened by double-clicking
// index.html, or its script refused by an old browser core (a syntax it does not know) or cut off
// on the way — the clerk reads what happened and what to do, in Chinese. A page that starts says
// nothing of the kind.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { ReportsListPage } from './pages/app-page';

const problem = (page: Page) => page.locator('#boot-problem');
const entryChunk = /\/assets\/index-[\w-]+\.js$/;

test('the app starts: no start-up message, the 360 browsers asked for their Chromium core', async ({
  page,
}) => {
  const list = new ReportsListPage(page);
  await list.goto();
  await expect(page.getByRole('heading', { name: '报告列表' })).toBeVisible();
  await expect(problem(page)).toHaveCount(0);
  await expect(page.locator('meta[name="renderer"]')).toHaveAttribute('content', 'webkit');
});

test('index.html opened as a file: asked to open it by its address, not left blank', async ({ page }) => {
  await page.goto(pathToFileURL(resolve('dist/index.html')).href);
  await expect(problem(page)).toHaveAttribute('data-boot-problem', 'file');
  await expect(problem(page).getByRole('heading')).toHaveText('请通过网址打开本工具');
  await expect(problem(page)).toContainText('http://服务器地址/nianbao/');
});

test('the entry script in a syntax the browser cannot parse (an old core): says so, with 极速模式', async ({
  page,
}) => {
  await page.route(entryChunk, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'const a = b ?.. c;' }),
  );
  await page.goto('/');
  await expect(problem(page)).toHaveAttribute('data-boot-problem', 'failed');
  await expect(problem(page).getByRole('heading')).toHaveText('页面未能正常打开');
  await expect(problem(page)).toContainText('极速模式');
  await expect(problem(page)).toContainText('不会因此丢失');
});

test('the entry script cut off on the way (the server answers 404): the same message, then F5 starts the app', async ({
  page,
}) => {
  let refuse = true;
  await page.route(entryChunk, (route) =>
    refuse ? route.fulfill({ status: 404, body: 'not found' }) : route.continue(),
  );
  await page.goto('/');
  await expect(problem(page)).toHaveAttribute('data-boot-problem', 'failed');
  refuse = false;
  await page.reload();
  await expect(page.getByRole('heading', { name: '报告列表' })).toBeVisible();
  await expect(problem(page)).toHaveCount(0);
});
