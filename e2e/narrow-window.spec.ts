// Offices often have 1024×768 screens: no step of the editor may scroll the page sideways there
// (a wide grid scrolls inside its own box). The 三 step's 勾稽 table once pushed the page 19 px.
import { expect, test } from '@playwright/test';
import { cellAddress } from '../src/domain/report/cell-address';
import { WIZARD_STEPS } from '../src/domain/report/labels';
import { pasteInto } from './clipboard';
import { matrixTsv } from './fixture-data';
import { ReportsListPage } from './pages/app-page';

const STEPS = WIZARD_STEPS.map((s) => s.label);

test('at 1024×768 no editor step scrolls the page sideways, with or without a 勾稽 difference', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('窄屏测试局', 2022);
  const overflow = () =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  for (const step of STEPS) {
    await editor.step(step);
    await expect.poll(overflow, { message: step }).toBeLessThanOrEqual(0);
  }
  // A column that does not balance shows its 相差 and the breakdown under the matrix.
  await editor.step('applications');
  await pasteInto(editor.cell(cellAddress('applications', 'newReceived', 'natural')), { text: matrixTsv() });
  await editor.fillCell(cellAddress('applications', 'granted', 'natural'), '123456');
  await expect(page.locator('[data-balance="natural"]')).toHaveAttribute('data-state', 'differs');
  await expect(page.locator('[data-balance="total"]')).toHaveText(/相差 \d{6}/);
  await expect.poll(overflow).toBeLessThanOrEqual(0);
  // At 1024 px the 勾稽 table fits whole, even with six-digit differences: no scrolling at all.
  const wrap = page.locator('.balance-wrap');
  expect(await wrap.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
});

// 1366×768 at 150% zoom leaves the page 911×430 CSS px (less the browser's bars): the 三 matrix
// scrolls sideways in its box, under its sticky row labels and header. A keyboard run must never
// leave the cell being typed into hidden behind them (117 of 144 cells were, at some point, before).
test('at 1366×768 with 150% zoom every cell reached by Tab, Enter or ↑ is in sight, not under the sticky labels', async ({
  page,
}) => {
  await page.setViewportSize({ width: 911, height: 430 });
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('放大测试局', 2022);
  await editor.step('applications');
  const hidden: string[] = [];
  const check = async () => {
    const r = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const td = el.closest('td')!;
      const b = td.getBoundingClientRect();
      const top = document.elementFromPoint(b.left + b.width / 2, b.top + b.height / 2);
      // The 「已可离线使用」 notice hides itself after 10 s: a cell under it is not what this is about.
      const notice = !!top?.closest('.pwa-toast-area');
      return { id: el.dataset.cell ?? '', inSight: notice || (!!top && td.contains(top)) };
    });
    if (!r.inSight) hidden.push(r.id);
  };
  await editor.cell(cellAddress('applications', 'newReceived', 'natural')).click();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    await check();
  }
  await page.keyboard.press('Enter');
  await check();
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('ArrowUp');
    await check();
  }
  expect(hidden).toEqual([]);
});
