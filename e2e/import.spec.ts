import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { cellAddress } from '../src/domain/report/cell-address';
import { INPUT_COLUMNS, INPUT_ROWS, matrixValue } from './fixture-data';
import { EditorPage, ReportsListPage } from './pages/app-page';

const FIXTURE_TEXT = readFileSync(new URL('../src/domain/fixtures/qufu-2021.txt', import.meta.url), 'utf8');

async function importPasted(page: import('@playwright/test').Page, text: string) {
  const list = new ReportsListPage(page);
  await list.goto();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入' });
  await dialog.getByLabel('或粘贴已发布报告的全文').fill(text);
  await dialog.getByRole('button', { name: '识别粘贴的文本' }).click();
  return dialog;
}

test('paste the fixture text, review the summary, confirm: the matrix is filled and no error remains', async ({
  page,
}) => {
  const dialog = await importPasted(page, FIXTURE_TEXT);
  await expect(dialog.getByRole('table', { name: '识别到的报告信息' })).toContainText('曲阜市人民政府办公室');
  await expect(dialog.getByRole('table', { name: '识别到的报告信息' })).toContainText('2021');
  // 报告类型 as the clerk knows it, not the stored key 「department」.
  await expect(dialog.locator('[data-meta-field="reportKind"]')).toHaveText('部门');
  await expect(dialog.getByTestId('numbers-read')).toHaveText('200 个'); // 166 input cells + 34 printed totals
  await expect(dialog.getByText('未能读取的单元格')).toHaveCount(0);
  await dialog.getByRole('button', { name: '确认导入' }).click();
  const editor = new EditorPage(page);
  await expect(page.getByRole('region', { name: '校验结果' }).locator('[data-count="error"]')).toHaveText(
    '错误 0',
  );
  await editor.step('applications');
  for (const row of INPUT_ROWS)
    for (const col of INPUT_COLUMNS)
      await expect(editor.cell(cellAddress('applications', row, col))).toHaveValue(
        String(matrixValue(row, col)),
      );
  await editor.step('overview');
  await expect(editor.field('overview.onRequest')).toHaveValue(/共收到依申请公开件23件/);
  await editor.step('meta');
  await expect(editor.field('meta.contactPhone')).toHaveValue('0537-4498856');
});

test('a source whose total disagrees with its rows is still importable, and the disagreement is listed', async ({
  page,
}) => {
  // The printed （七）总计 of 自然人 says 25 instead of 23.
  const broken = FIXTURE_TEXT.replace(/(（七）总计\n\t)23/, '$125');
  expect(broken).not.toBe(FIXTURE_TEXT);
  const dialog = await importPasted(page, broken);
  await expect(dialog.getByText('原文合计与分项之和不一致（')).toBeVisible();
  await expect(dialog.getByText(/25/).first()).toBeVisible();
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(page).toHaveURL(/#\/r\/.+\/checks/);
});

test('link a previous year: carry-over fires after changing one carried cell', async ({ page }) => {
  const list = new ReportsListPage(page);
  await list.goto();
  // Last year's report of the same organ, everything carried forward = 0.
  const last = await list.createReport('曲阜市人民政府办公室', 2020);
  await last.step('applications');
  await page.getByRole('button', { name: /空白填0（三、/ }).click();
  await last.saved();

  const dialog = await importPasted(page, FIXTURE_TEXT);
  await dialog.getByRole('button', { name: '确认导入' }).click();
  const editor = new EditorPage(page);
  await expect(editor.check('carry-over:natural')).toHaveCount(0); // passed checks are not listed
  await editor.step('meta');
  await expect(page.getByText('当前：曲阜市人民政府办公室 2020年')).toBeVisible();
  await editor.step('applications');
  await editor.fillCell(cellAddress('applications', 'carriedOver', 'natural'), '2');
  await editor.step('checks');
  await expect(editor.check('carry-over:natural')).toHaveAttribute('data-status', 'failed');
  await expect(editor.check('carry-over:natural')).toContainText('2');
});
