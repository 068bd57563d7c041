// 「新建报告」 as a clerk meets it: a cleared 报告年度 asks for the year, a year not yet begun is
// refused before a report is made (it opened with a 报告信息 error), and a report of the same organ
// and year already here is named before a second one is made.
import { expect, test } from '@playwright/test';
import { ReportsListPage } from './pages/app-page';

test('「新建报告」: a missing or future year is said in the dialog; the same organ’s report of the year is named', async ({
  page,
}) => {
  const list = new ReportsListPage(page);
  await list.goto();
  const thisYear = new Date().getFullYear();
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await dialog.getByLabel('机关名称').fill('新建校验测试局');
  const year = dialog.getByLabel('报告年度');
  await year.fill('');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog.locator('#new-year-error')).toHaveText('请填写报告年度');
  await year.fill(String(thisYear + 5));
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog.locator('#new-year-error')).toHaveText(`报告年度应在2008—${thisYear}年之间`);
  await expect(page).not.toHaveURL(/#\/r\//);
  await dialog.getByRole('button', { name: '取消' }).click();

  await list.createReport('新建校验测试局', thisYear - 1);
  await list.goto();
  await page.getByRole('button', { name: '新建报告' }).click();
  await dialog.getByLabel('机关名称').fill('新建校验测试局');
  await dialog.getByLabel('报告年度').fill(String(thisYear - 1));
  await expect(dialog.locator('[data-same-year-report]')).toContainText(
    `本机已有「新建校验测试局」${thisYear - 1}年的报告（草稿）`,
  );
  await dialog.getByLabel('报告年度').fill(String(thisYear - 2));
  await expect(dialog.locator('[data-same-year-report]')).toHaveCount(0);
});
