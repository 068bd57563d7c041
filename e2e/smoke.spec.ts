import { expect, test } from '@playwright/test';

test('the production build loads in Chromium and shows the empty reports list', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page).toHaveTitle('政府信息公开工作年度报告');
  await expect(page.getByRole('link', { name: '政府信息公开工作年度报告' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '报告列表' })).toBeVisible();
  await expect(page.getByText('还没有报告')).toBeVisible();
  await expect(page.getByRole('button', { name: '新建报告' })).toBeVisible();
  expect(errors).toEqual([]);
});
