// A block pasted from Excel/WPS whose length fits both "laid out as the table, totals included" and
// "inputs only" (paste-plan.ts): the numbers decide when they prove one reading; else the clerk is
// asked, shown where each line lands, and nothing is written before the choice. Numbers made up.
import { expect, type Page, test } from '@playwright/test';
import { cellAddress } from '../src/domain/report/cell-address';
import { type AppealGroup, type ApplicationRow, RESULT_ROWS } from '../src/domain/report/keys';
import { APPLICATION_ROW_LABELS, pasteReadingLabel } from '../src/domain/report/labels';
import { pasteInto } from './clipboard';
import { type EditorPage, ReportsListPage } from './pages/app-page';

// 21 result rows × 6 kinds of applicant, and their （七）总计.
const RESULTS = RESULT_ROWS.map((_, i) => [1 + (i % 4), i % 2, 0, i % 5 === 0 ? 1 : 0, 0, i % 3]);
const TOTAL = RESULTS[0]!.map((_, j) => RESULTS.reduce((s, l) => s + l[j]!, 0));
const FORWARD = [4, 0, 2, 0, 0, 1];
const tsv = (lines: number[][]) => `${lines.map((l) => l.join('\t')).join('\r\n')}\r\n`;
const at = (row: ApplicationRow, column: 'natural' | 'business' = 'natural') =>
  cellAddress('applications', row, column);

async function open(page: Page, name: string, step: 'applications' | 'appeals'): Promise<EditorPage> {
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport(name, 2022);
  await editor.step(step);
  return editor;
}

test('（一）…（七）总计 pasted from a sheet, its total the sum of the rows: lands cell for cell without asking', async ({
  page,
}) => {
  const editor = await open(page, '粘贴含总计行测试', 'applications');
  await pasteInto(editor.cell(at('granted')), { text: tsv([...RESULTS, TOTAL]) });
  await expect(page.locator('[data-grid-notice="applications"]')).toContainText('已粘贴126个单元格');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(editor.cell(at('granted'))).toHaveValue(String(RESULTS[0]![0]));
  await expect(editor.cell(at('otherOther', 'business'))).toHaveValue(String(RESULTS[20]![1]));
  await expect(editor.cell(at('totalHandled'))).toHaveText(String(TOTAL[0]));
  // the sheet's total is not typed into 四、结转下年度继续办理
  await expect(editor.cell(at('carriedForward'))).toHaveValue('');
});

test('a block the numbers cannot place: asked, nothing written before the choice; each choice, Esc and 取消', async ({
  page,
}) => {
  const editor = await open(page, '粘贴询问测试', 'applications');
  const block = { text: tsv([...RESULTS, FORWARD]) };
  const dialog = page.getByRole('dialog', { name: '粘贴预览' });
  const withTotals = dialog.getByRole('button', { name: pasteReadingLabel('withTotals', ['rows']) });
  const inputsOnly = dialog.getByRole('button', { name: pasteReadingLabel('inputsOnly', ['rows']) });
  const notice = page.locator('[data-grid-notice="applications"]');

  // Esc: nothing written, back on the cell
  await pasteInto(editor.cell(at('granted')), block);
  await expect(dialog).toBeVisible();
  const lastLine = dialog.getByRole('table', { name: '每行填入的位置' }).getByRole('row').last();
  await expect(lastLine).toContainText(`${APPLICATION_ROW_LABELS.totalHandled}（合计，不写入）`);
  await expect(lastLine).toContainText(APPLICATION_ROW_LABELS.carriedForward);
  await expect(dialog).toContainText(`与其各项之和不同（自然人 4，各项之和为${TOTAL[0]}`);
  await expect(editor.cell(at('granted'))).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(editor.cell(at('granted'))).toHaveValue('');
  await expect(editor.cell(at('granted'))).toBeFocused();

  // 取消: the same
  await pasteInto(editor.cell(at('granted')), block);
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(editor.cell(at('granted'))).toHaveValue('');

  // inputs only: 四 gets the last line; said; one Ctrl+Z undoes it all
  await pasteInto(editor.cell(at('granted')), block);
  await inputsOnly.click();
  await expect(dialog).toHaveCount(0);
  await expect(editor.cell(at('carriedForward'))).toHaveValue('4');
  await expect(editor.cell(at('granted'))).toHaveValue(String(RESULTS[0]![0]));
  await expect(notice).toContainText(`不含「${APPLICATION_ROW_LABELS.totalHandled}」`);
  await expect(editor.cell(at('granted'))).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(editor.cell(at('carriedForward'))).toHaveValue('');
  await expect(editor.cell(at('granted'))).toHaveValue('');

  // with its totals, by keyboard (the first choice has the focus): the last line is a total, not written
  await pasteInto(editor.cell(at('granted')), block);
  await expect(withTotals).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(editor.cell(at('otherOther'))).toHaveValue(String(RESULTS[20]![0]));
  await expect(editor.cell(at('carriedForward'))).toHaveValue('');
  await expect(editor.cell(at('totalHandled'))).toHaveText(String(TOTAL[0]));
  await expect(notice).toContainText(`「${APPLICATION_ROW_LABELS.totalHandled}」与其各项之和不同`);
});

test('part 四: 行政复议 with its 总计 lands on 行政复议; a 总计 that proves nothing is asked by columns', async ({
  page,
}) => {
  const editor = await open(page, '粘贴复议总计测试', 'appeals');
  const cell = (group: AppealGroup, field: 'upheld' | 'corrected' | 'other' | 'pending') =>
    editor.cell(cellAddress('appeals', group, field));
  await pasteInto(cell('reconsideration', 'upheld'), { text: '3\t1\t0\t2\t6\r\n' });
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(cell('reconsideration', 'pending')).toHaveValue('2');
  await expect(cell('litigationDirect', 'upheld')).toHaveValue('');

  // one non-zero part: its 总计 could be any number equal to it — asked, then inputs only
  await pasteInto(cell('reconsideration', 'upheld'), { text: '0\t5\t0\t0\t5\r\n' });
  const dialog = page.getByRole('dialog', { name: '粘贴预览' });
  await expect(dialog.getByRole('table', { name: '每列填入的位置' })).toBeVisible();
  await expect(cell('reconsideration', 'corrected')).toHaveValue('1');
  await dialog.getByRole('button', { name: pasteReadingLabel('inputsOnly', ['columns']) }).click();
  await expect(cell('reconsideration', 'corrected')).toHaveValue('5');
  await expect(cell('litigationDirect', 'upheld')).toHaveValue('5');
});
