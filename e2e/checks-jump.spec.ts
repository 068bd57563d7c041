// 「校验结果」 leads to where the clerk fixes a problem: a check about a narrative that names table cells
// too (「结转未说明」 names part 三's 「四、结转下年度继续办理」, a count in part 一 names part 二's row)
// opens the narrative's step with its text box selected, not with nothing selected.
import { expect, test } from '@playwright/test';
import { cellAddress } from '../src/domain/report/cell-address';
import { ReportsListPage } from './pages/app-page';

test('a click on 「结转未说明」 or on a count in part 一 selects the text box to write in', async ({
  page,
}) => {
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('校验跳转测试局', 2025);
  await editor.step('proactive');
  await editor.fillCell(cellAddress('proactive', 'normativeDocuments', 'inForce'), '11');
  await editor.step('applications');
  await page.getByRole('button', { name: /空白填0/ }).click();
  await editor.fillCell(cellAddress('applications', 'carriedForward', 'natural'), '2');
  await editor.step('overview');
  await editor.field('overview.management').fill('本单位现行有效的行政规范性文件共14件，均已在专栏公开。');
  await editor.saved();
  await editor.step('checks');

  const results = page.getByRole('region', { name: '校验结果' });
  await results.locator('[data-check-id="carried-forward-unexplained"] button.goto').click();
  await expect(page).toHaveURL(/\/otherMatters/);
  await expect(editor.field('otherMatters.statisticsNotes')).toBeFocused();

  await editor.step('checks');
  await results.locator('[data-check-id^="narrative-number:overview.management"] button.goto').click();
  await expect(page).toHaveURL(/\/overview/);
  await expect(editor.field('overview.management')).toBeFocused();
});
