// Issue 14 §2 and §3 in the production build: an unbalanced column leads to its likely wrong cell;
// blank cells are 「待填」 until a step has been worked on; messages never cover the cells being
// typed; ✓ only for a step without errors; 「显示上年数」 remembered over a reload; 填报说明 on every
// row of every table; 「打印空白表」 reachable.
import { expect, type Page, test } from '@playwright/test';
import { type CellAddress, cellAddress, cellId } from '../src/domain/report/cell-address';
import {
  GUIDANCE_TITLE,
  PENDING_INPUT,
  PRINT_BLANK_FORM,
  SHOW_PREVIOUS_YEAR,
} from '../src/domain/report/labels';
import { pasteInto } from './clipboard';
import { matrixTsv } from './fixture-data';
import { type EditorPage, ReportsListPage } from './pages/app-page';

const NOT_HELD = cellAddress('applications', 'unavailableNotHeld', 'natural');

async function newReport(page: Page, name: string, year = 2021): Promise<EditorPage> {
  const list = new ReportsListPage(page);
  await list.goto();
  return list.createReport(name, year);
}

async function pasteFixtureMatrix(editor: EditorPage) {
  await editor.step('applications');
  await pasteInto(editor.cell(cellAddress('applications', 'newReceived', 'natural')), { text: matrixTsv() });
  await expect(editor.cell(NOT_HELD)).toHaveValue('19');
}

const stepMark = (page: Page, step: string) =>
  page.getByRole('navigation', { name: '填报步骤' }).locator(`[data-step="${step}"] [data-complete]`);

test('91 typed for 19: the breakdown puts 91 first with last year’s 19, a click selects it, the check jumps to it', async ({
  page,
}) => {
  // Last year's report of the same organ, linked automatically (same name, year − 1).
  const last = await newReport(page, '勾稽定位测试局', 2020);
  await pasteFixtureMatrix(last);
  await last.saved();
  const editor = await newReport(page, '勾稽定位测试局', 2021);
  await pasteFixtureMatrix(editor);
  await expect(stepMark(page, 'applications')).toHaveAttribute('data-complete', 'true');
  await expect(page.locator('[data-breakdown]')).toHaveCount(0);

  await editor.fillCell(NOT_HELD, '91');
  await expect(stepMark(page, 'applications')).toHaveAttribute('data-complete', 'false');
  const natural = page.locator('[data-breakdown="natural"]');
  await expect(natural).toContainText('相差72');
  await expect(natural.locator('[data-suspect]')).toHaveAttribute('data-suspect', cellId(NOT_HELD));
  const rhs = natural.getByRole('table', { name: '（七）总计＋四' });
  const first = rhs.locator('tbody tr').first();
  await expect(first).toHaveClass(/suspect/);
  await expect(first.locator('td').nth(0)).toHaveText('91');
  await expect(first.locator('td').nth(1)).toHaveText('19');
  // A click on the row selects that cell (select mode: typing replaces it).
  await editor.cell(cellAddress('applications', 'newReceived', 'business')).click();
  await first.getByRole('button').click();
  await expect(editor.cell(NOT_HELD)).toBeFocused();
  await expect(editor.cell(NOT_HELD)).toHaveAttribute('data-mode', 'select');
  await page.keyboard.type('19');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-breakdown]')).toHaveCount(0);

  // The check in 「校验结果」 jumps to the likely wrong cell, not to 「一、自然人」.
  await editor.fillCell(NOT_HELD, '91');
  await editor.step('checks');
  await editor.check('balance:natural').getByRole('button').first().click();
  await expect(editor.cell(NOT_HELD)).toBeFocused();
});

test('blank cells are 待填 until the step is left or 校验与导出 opened; their message sits above the table', async ({
  page,
}) => {
  const editor = await newReport(page, '待填测试局');
  await editor.step('applications');
  const blank = editor.cell(cellAddress('applications', 'granted', 'natural'));
  const cellOf = (address: CellAddress) => page.locator('td').filter({ has: editor.cell(address) });
  await expect(cellOf(cellAddress('applications', 'granted', 'natural'))).toHaveAttribute(
    'data-state',
    'pending',
  );
  await expect(cellOf(cellAddress('applications', 'granted', 'natural'))).not.toHaveClass(/flag-error/);
  await expect(blank).not.toHaveAttribute('aria-invalid', 'true');
  // Nothing red in the step list for blanks not yet worked on, and no ✓ either.
  const nav = page.getByRole('navigation', { name: '填报步骤' });
  await expect(nav.locator('[data-step="applications"] .badge.error')).toHaveCount(0);
  await expect(stepMark(page, 'applications')).toHaveAttribute('data-complete', 'false');
  await blank.click();
  await expect(
    page.locator(`[data-cell-status="${cellId(cellAddress('applications', 'granted', 'natural'))}"]`),
  ).toHaveText(PENDING_INPUT);

  // Visited and left: now they are errors.
  await editor.step('appeals');
  await expect(cellOf(cellAddress('appeals', 'reconsideration', 'upheld'))).toHaveAttribute(
    'data-state',
    'pending',
  );
  await editor.step('applications');
  await expect(cellOf(cellAddress('applications', 'granted', 'natural'))).toHaveAttribute(
    'data-state',
    'blank',
  );
  await expect(cellOf(cellAddress('applications', 'granted', 'natural'))).toHaveClass(/flag-error/);
  await expect(nav.locator('[data-step="applications"] .badge.error')).toBeVisible();

  // The message of the selected blank cell does not cover the cell below (typing down a column).
  await blank.click();
  const status = page.locator(
    `[data-cell-status="${cellId(cellAddress('applications', 'granted', 'natural'))}"]`,
  );
  await expect(status).toContainText('未填写');
  const below = editor.cell(cellAddress('applications', 'partiallyGranted', 'natural'));
  // In view first: the page above the tables (the 审核 bar) can push it below the fold, where
  // elementFromPoint finds nothing.
  await below.scrollIntoViewIfNeeded();
  const box = (await below.boundingBox())!;
  const hit = await page.evaluate(
    ({ x, y }) => (document.elementFromPoint(x, y) as HTMLElement | null)?.dataset.cell ?? null,
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
  expect(hit).toBe(cellId(cellAddress('applications', 'partiallyGranted', 'natural')));
  await expect(page.locator('.cell-tip')).toHaveCount(0);

  // 「校验与导出」 opened: every step counts as worked on (part 四 was only passed through).
  await editor.step('checks');
  await editor.step('proactive');
  await expect(cellOf(cellAddress('proactive', 'regulations', 'issued'))).toHaveAttribute(
    'data-state',
    'blank',
  );
  // …and it is remembered for this report over a reload.
  await page.reload();
  await expect(cellOf(cellAddress('proactive', 'regulations', 'issued'))).toHaveAttribute(
    'data-state',
    'blank',
  );
});

test('「显示上年数」: off by default, last year’s number and the change when on, remembered over a reload', async ({
  page,
}) => {
  const last = await newReport(page, '上年数测试局', 2020);
  await pasteFixtureMatrix(last);
  await last.saved();
  const editor = await newReport(page, '上年数测试局', 2021);
  await editor.step('applications');
  await editor.fillCell(NOT_HELD, '25');
  const toggle = page.getByLabel(SHOW_PREVIOUS_YEAR);
  await expect(toggle).not.toBeChecked();
  await expect(page.locator('.prev-year')).toHaveCount(0);
  await toggle.check();
  const note = page
    .locator('td')
    .filter({ has: editor.cell(NOT_HELD) })
    .locator('[data-prev-year]');
  await expect(note).toHaveAttribute('data-prev-year', '19');
  await expect(note).toHaveAttribute('data-change', '+6');
  await expect(note).toHaveText('上年 19+6');
  // The 总计 column too.
  await expect(
    page
      .locator('td')
      .filter({ has: editor.cell(cellAddress('applications', 'newReceived', 'total')) })
      .locator('[data-prev-year]'),
  ).toHaveAttribute('data-prev-year', '23');
  await page.reload();
  await expect(page.getByLabel(SHOW_PREVIOUS_YEAR)).toBeChecked();
  await expect(note).toHaveAttribute('data-change', '+6');
  await page.getByLabel(SHOW_PREVIOUS_YEAR).uncheck();
  await page.reload();
  await expect(page.getByLabel(SHOW_PREVIOUS_YEAR)).not.toBeChecked();
  await expect(page.locator('.prev-year')).toHaveCount(0);
});

test('填报说明 on every row of every table, citing 《条例》 or the format', async ({ page }) => {
  const editor = await newReport(page, '填报说明测试局');
  for (const step of ['proactive', 'applications'] as const) {
    await editor.step(step);
    const rows = page.locator('table.grid tbody th.row-label');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++)
      await expect(rows.nth(i).getByRole('button', { name: new RegExp(`^${GUIDANCE_TITLE}：`) })).toHaveCount(
        1,
      );
  }
  const secret = page.getByRole('button', { name: `${GUIDANCE_TITLE}：1.属于国家秘密` });
  await secret.focus();
  const tip = page.locator(`#${await secret.getAttribute('aria-describedby')}`);
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(
    '《中华人民共和国政府信息公开条例》第十四条：「依法确定为国家秘密的政府信息」',
  );
  await editor.step('appeals');
  for (const group of ['行政复议', '未经复议直接起诉', '复议后起诉'])
    await expect(page.getByRole('button', { name: `${GUIDANCE_TITLE}：${group}` })).toHaveCount(1);
});

test('「打印空白表」 is linked from the reports list and the editor', async ({ page }) => {
  await newReport(page, '空白表链接测试局');
  await page.getByRole('link', { name: PRINT_BLANK_FORM }).click();
  await expect(page).toHaveURL(/#\/blank-form$/);
  await expect(page.locator('.print-page')).toBeVisible();
  await expect(page.locator('.print-page table').first()).toBeVisible();
  await new ReportsListPage(page).goto();
  await page.getByRole('link', { name: PRINT_BLANK_FORM }).click();
  await expect(page).toHaveURL(/#\/blank-form$/);
});
