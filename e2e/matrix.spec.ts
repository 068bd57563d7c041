import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { cellAddress } from '../src/domain/report/cell-address';
import { pasteInto } from './clipboard';
import { INPUT_COLUMNS, INPUT_ROWS, matrixHtml, matrixTsv, matrixValue } from './fixture-data';
import { storedReport } from './idb';
import { type EditorPage, ReportsListPage } from './pages/app-page';

async function openMatrix(page: import('@playwright/test').Page, name: string): Promise<EditorPage> {
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport(name, 2021);
  await editor.step('applications');
  return editor;
}

async function expectFixtureMatrix(editor: EditorPage) {
  for (const row of INPUT_ROWS)
    for (const col of INPUT_COLUMNS)
      await expect(editor.cell(cellAddress('applications', row, col))).toHaveValue(
        String(matrixValue(row, col)),
      );
  await expect(editor.cell(cellAddress('applications', 'totalHandled', 'natural'))).toHaveText('23');
  await expect(editor.cell(cellAddress('applications', 'newReceived', 'total'))).toHaveText('23');
  for (const col of [...INPUT_COLUMNS, 'total'])
    await expect(editor.page.locator(`[data-balance="${col}"]`)).toHaveAttribute('data-state', 'equal');
}

test('enter the whole fixture matrix with the keyboard only', async ({ page }) => {
  const editor = await openMatrix(page, '键盘录入测试');
  await editor.cell(cellAddress('applications', 'newReceived', 'natural')).focus();
  for (const row of INPUT_ROWS) {
    for (const col of INPUT_COLUMNS) {
      await page.keyboard.type(String(matrixValue(row, col)));
      await page.keyboard.press('Tab');
    }
  }
  await expectFixtureMatrix(editor);
  // Arrows skip the derived 总计 column and （七）总计 row.
  await editor.cell(cellAddress('applications', 'otherOther', 'otherOrg')).focus();
  await page.keyboard.press('ArrowDown');
  await expect(editor.cell(cellAddress('applications', 'carriedForward', 'otherOrg'))).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(editor.cell(cellAddress('applications', 'carriedForward', 'otherOrg'))).toBeFocused();
});

test('each row typed with Tab and ended with Enter, as in Excel: the next row starts under its first cell', async ({
  page,
}) => {
  const editor = await openMatrix(page, '回车换行录入测试');
  await editor.cell(cellAddress('applications', 'newReceived', 'natural')).click();
  for (const row of INPUT_ROWS)
    for (const [i, col] of INPUT_COLUMNS.entries()) {
      await page.keyboard.type(String(matrixValue(row, col)));
      await page.keyboard.press(i === INPUT_COLUMNS.length - 1 ? 'Enter' : 'Tab');
    }
  await expectFixtureMatrix(editor);
  // A run begun in another column returns there; a click or an arrow ends the run.
  await editor.cell(cellAddress('applications', 'granted', 'research')).click();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(editor.cell(cellAddress('applications', 'partiallyGranted', 'research'))).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(editor.cell(cellAddress('applications', 'withheldOtherLaw', 'publicInterest'))).toBeFocused();
});

test('paste the matrix as TSV, and undo the paste', async ({ page }) => {
  const editor = await openMatrix(page, '粘贴TSV测试');
  await pasteInto(editor.cell(cellAddress('applications', 'newReceived', 'natural')), { text: matrixTsv() });
  await expectFixtureMatrix(editor);
  await expect(page.locator('[data-grid-notice="applications"]')).toContainText('已粘贴144个单元格');
  await editor.cell(cellAddress('applications', 'granted', 'legal')).focus();
  await page.keyboard.press('Control+z');
  for (const row of ['newReceived', 'unavailableNotHeld', 'carriedForward'] as const)
    for (const col of INPUT_COLUMNS)
      await expect(editor.cell(cellAddress('applications', row, col))).toHaveValue('');
  await page.keyboard.press('Control+y');
  await expect(editor.cell(cellAddress('applications', 'unavailableNotHeld', 'natural'))).toHaveValue('19');
});

test('paste the matrix as an HTML table copied from a web page', async ({ page }) => {
  const editor = await openMatrix(page, '粘贴HTML测试');
  await pasteInto(editor.cell(cellAddress('applications', 'newReceived', 'natural')), {
    html: matrixHtml(),
    text: 'ignored',
  });
  await expectFixtureMatrix(editor);
});

test('a pasted block with non-numbers opens a preview and writes nothing until confirmed', async ({
  page,
}) => {
  const editor = await openMatrix(page, '粘贴预览测试');
  await pasteInto(editor.cell(cellAddress('applications', 'newReceived', 'natural')), {
    text: '1\t2\tx\r\n3\t—\t4\r\n',
  });
  const dialog = page.getByRole('dialog', { name: '粘贴预览' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-problem="invalid"]')).toHaveText('x');
  await expect(editor.cell(cellAddress('applications', 'newReceived', 'natural'))).toHaveValue('');
  await dialog.getByRole('button', { name: /写入可用的5个单元格/ }).click();
  await expect(editor.cell(cellAddress('applications', 'newReceived', 'natural'))).toHaveValue('1');
  await expect(editor.cell(cellAddress('applications', 'carriedOver', 'business'))).toHaveValue('0');
  await expect(editor.cell(cellAddress('applications', 'newReceived', 'research'))).toHaveValue('');
});

test("break one cell: exactly that column's and 总计's balance errors, with their numbers", async ({
  page,
}) => {
  const editor = await openMatrix(page, '勾稽错误测试');
  await pasteInto(editor.cell(cellAddress('applications', 'newReceived', 'natural')), { text: matrixTsv() });
  await expectFixtureMatrix(editor);
  await editor.fillCell(cellAddress('applications', 'granted', 'natural'), '2');
  await expect(page.locator('[data-balance="natural"]')).toHaveText('相差 2');
  await expect(page.locator('[data-balance="total"]')).toHaveText('相差 2');
  await expect(page.locator('[data-balance="business"]')).toHaveAttribute('data-state', 'equal');
  await editor.step('checks');
  const errors = page
    .getByRole('region', { name: '校验结果' })
    .locator('[data-severity="error"][data-status="failed"]');
  await expect(errors.filter({ has: page.locator('[data-check-id^="balance:"]') })).toHaveCount(0);
  const balance = page
    .getByRole('region', { name: '校验结果' })
    .locator('[data-check-id^="balance:"][data-status="failed"]');
  await expect(balance).toHaveCount(2);
  await expect(editor.check('balance:natural')).toContainText('23');
  await expect(editor.check('balance:natural')).toContainText('25');
  await expect(editor.check('balance:total')).toContainText('25');
  // Clicking the item goes to the matrix and focuses a cell of that column.
  await editor.check('balance:natural').getByRole('button').first().click();
  await expect(page.locator('[data-cell^="applications."][data-cell$=".natural"]:focus')).toHaveCount(1);
});

test('accept a warning with a 说明 and find it in the exported JSON', async ({ page }) => {
  const editor = await openMatrix(page, '说明测试');
  await editor.step('checks');
  const warning = editor.check('narrative-empty:overview.proactive');
  await expect(warning).toHaveAttribute('data-status', 'failed');
  await warning.getByRole('button', { name: '填写说明' }).click();
  const dialog = page.getByRole('dialog', { name: '填写说明' });
  await dialog.getByLabel(/说明/).fill('本年度主动公开情况在总述中已说明。');
  await dialog.getByRole('button', { name: '保存说明' }).click();
  await expect(warning).toHaveAttribute('data-status', 'accepted');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('说明测试2021年政府信息公开工作年度报告.json');
  const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(file.report.explanations['narrative-empty:overview.proactive']).toBe(
    '本年度主动公开情况在总述中已说明。',
  );
  const result = file.checks.results.find(
    (r: { id: string }) => r.id === 'narrative-empty:overview.proactive',
  );
  expect(result.status).toBe('accepted');
  expect(result.explanation).toBe('本年度主动公开情况在总述中已说明。');
});

test('IME: composed text is written only at compositionend, and full-width digits are accepted', async ({
  page,
}) => {
  const editor = await openMatrix(page, '输入法测试');
  const cell = editor.cell(cellAddress('applications', 'newReceived', 'natural'));
  await cell.focus();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: '１', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: '１２', selectionStart: 2, selectionEnd: 2 });
  await expect(cell).toHaveValue('１２');
  await page.waitForTimeout(300);
  expect((await storedReport(page, editor.reportId))?.draft.applications?.newReceived?.natural).toBe('');
  await cdp.send('Input.insertText', { text: '１２' });
  await expect
    .poll(async () => (await storedReport(page, editor.reportId))?.draft.applications?.newReceived?.natural)
    .toBe('１２');
  await page.keyboard.press('Enter');
  await expect(cell).toHaveValue('12');
  await expect
    .poll(async () => (await storedReport(page, editor.reportId))?.draft.applications?.newReceived?.natural)
    .toBe('12');
});

test('F2 edits in place, Escape reverts, Delete clears, 空白填0 is undoable', async ({ page }) => {
  const editor = await openMatrix(page, '编辑键测试');
  const cell = editor.cell(cellAddress('applications', 'granted', 'natural'));
  await editor.fillCell(cellAddress('applications', 'granted', 'natural'), '12');
  await cell.focus();
  await page.keyboard.press('F2');
  await page.keyboard.type('3');
  await expect(cell).toHaveValue('123');
  await page.keyboard.press('Escape');
  await expect(cell).toHaveValue('12');
  await page.keyboard.type('7');
  await expect(cell).toHaveValue('7');
  await page.keyboard.press('Escape');
  await expect(cell).toHaveValue('12');
  await page.keyboard.press('Delete');
  await expect(cell).toHaveValue('');
  await page.keyboard.press('Control+z');
  await expect(cell).toHaveValue('12');
  await page.getByRole('button', { name: /空白填0（三、/ }).click();
  await expect(editor.cell(cellAddress('applications', 'carriedForward', 'otherOrg'))).toHaveValue('0');
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(editor.cell(cellAddress('applications', 'carriedForward', 'otherOrg'))).toHaveValue('');
  await expect(cell).toHaveValue('12');
});
