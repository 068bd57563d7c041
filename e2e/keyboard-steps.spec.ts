// A report typed with the keyboard only (h81's trial): from a step's last field one Tab reaches
// 「下一步」; in a grid Home/End and Ctrl+Home/Ctrl+End/Ctrl+arrows jump as in a spreadsheet.
import { expect, test } from '@playwright/test';
import { cellAddress, cellId, narrativeId } from '../src/domain/report/cell-address';
import { WIZARD_STEPS } from '../src/domain/report/labels';
import { ReportsListPage } from './pages/app-page';

test('from each step’s last field, Tab then Enter opens the next step', async ({ page }) => {
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('键盘翻页测试局', 2022);
  const last: Record<string, string> = {
    meta: 'button:has-text("导入已发布的上年报告作为参考")',
    overview: `[data-field="${narrativeId({ part: 'overview', key: 'oversight' })}"]`,
    proactive: `[data-cell="${cellId(cellAddress('proactive', 'fees', 'amount'))}"]`,
  };
  for (const [i, step] of WIZARD_STEPS.slice(0, 3).entries()) {
    await expect(page).toHaveURL(new RegExp(`/${step.key}$`));
    await page.locator(last[step.key]!).focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-pager="next"]')).toBeFocused();
    await expect(page.locator('[data-pager="next"]')).toHaveText(`下一步：${WIZARD_STEPS[i + 1]!.label} →`);
    await page.keyboard.press('Enter');
  }
  await expect(page).toHaveURL(/\/applications$/);
  await expect(page.locator('[data-pager="prev"]')).toHaveText(`← 上一步：${WIZARD_STEPS[2]!.label}`);
  await editor.step('checks');
  await expect(page.locator('[data-pager="next"]')).toHaveCount(0);
});

test('grid: Home, End, Ctrl+Home, Ctrl+End and Ctrl+arrows jump from a selected cell', async ({ page }) => {
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('表格跳转测试局', 2022);
  await editor.step('applications');
  const cell = (row: string, col: string) =>
    editor.cell(cellAddress('applications', row as 'granted', col as 'legal'));
  await cell('granted', 'legal').click();
  await page.keyboard.press('Home');
  await expect(cell('granted', 'natural')).toBeFocused();
  await page.keyboard.press('End');
  await expect(cell('granted', 'otherOrg')).toBeFocused();
  await page.keyboard.press('Control+ArrowDown');
  await expect(cell('carriedForward', 'otherOrg')).toBeFocused();
  await page.keyboard.press('Control+Home');
  await expect(cell('newReceived', 'natural')).toBeFocused();
  await page.keyboard.press('Control+End');
  await expect(cell('carriedForward', 'otherOrg')).toBeFocused();
  // While typing, Home goes to the start of the text: 5 then Home then 1 gives 15.
  await page.keyboard.type('5');
  await page.keyboard.press('Home');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(cell('carriedForward', 'otherOrg')).toHaveValue('15');
});
