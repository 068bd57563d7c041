// Ranges in the grids as in Excel / WPS表格 (cell-interaction.ts ⁸ ⁹), in Chromium with the real
// keyboard, mouse and clipboard: Shift+arrows then Delete and Ctrl+Z, a 2×3 range copied out as TSV
// and an HTML table, one value pasted over a range, a range selected by dragging.
import { expect, type Page, test } from '@playwright/test';
import { cellAddress } from '../src/domain/report/cell-address';
import type { ApplicantColumn, ApplicationRow } from '../src/domain/report/keys';
import { rangeLabel } from '../src/domain/report/labels';
import { dataRows, MATRIX_MODEL } from '../src/ui/tables/grid-model';
import { type EditorPage, ReportsListPage } from './pages/app-page';

const at = (row: ApplicationRow, column: ApplicantColumn) => cellAddress('applications', row, column);
// The matrix's top-left 2 rows × 3 columns, then what the first row's 总计 shows.
const BLOCK = [
  [at('newReceived', 'natural'), at('newReceived', 'business'), at('newReceived', 'research')],
  [at('carriedOver', 'natural'), at('carriedOver', 'business'), at('carriedOver', 'research')],
] as const;
const VALUES = [
  ['12', '0', '7'],
  ['3', '40', ''],
];

async function openMatrix(page: Page, name: string): Promise<EditorPage> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport(name, 2021);
  await editor.step('applications');
  for (const [i, row] of BLOCK.entries())
    for (const [j, address] of row.entries())
      if (VALUES[i]![j]) await editor.fillCell(address, VALUES[i]![j]!);
  return editor;
}

const inRange = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>('table[data-grid="applications"] td.in-range [data-cell]'),
    ].map((e) => e.dataset.cell),
  );
const ids = (rows: readonly (readonly { part: string; row: string; column: string }[])[]) =>
  rows.flat().map((a) => `${a.part}.${a.row}.${a.column}`);
const values = (editor: EditorPage) =>
  Promise.all(BLOCK.map((row) => Promise.all(row.map((a) => editor.cell(a).inputValue()))));

test('Shift+arrows select a range, drawn and announced; Delete clears it, Ctrl+Z brings it back', async ({
  page,
}) => {
  const editor = await openMatrix(page, '区域删除测试');
  await editor.cell(BLOCK[0][0]).click();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  expect(await inRange(page)).toEqual(ids(BLOCK));
  await expect(page.locator('[data-range-status="applications"]')).toHaveText(rangeLabel(2, 3));
  await expect(editor.cell(BLOCK[0][0])).toBeFocused();
  // a right click inside the range keeps it, and the focus (its menu's 复制 copies the range)
  await editor.cell(BLOCK[1][1]).click({ button: 'right' });
  expect(await inRange(page)).toEqual(ids(BLOCK));
  await expect(editor.cell(BLOCK[0][0])).toBeFocused();
  await page.keyboard.press('Delete');
  expect(await values(editor)).toEqual([
    ['', '', ''],
    ['', '', ''],
  ]);
  await page.keyboard.press('Control+z');
  expect(await values(editor)).toEqual(VALUES);
});

test('Ctrl+C copies a 2×3 range as TSV and as an HTML table; Ctrl+V of one value fills a range', async ({
  page,
}) => {
  const editor = await openMatrix(page, '区域复制测试');
  // from the far corner, a blank cell, up and left: the range is the same rectangle
  await editor.cell(BLOCK[1][2]).click();
  await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Control+c');
  const clip = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const text = await (await item!.getType('text/plain')).text();
    const html = await (await item!.getType('text/html')).text();
    return { text, html };
  });
  expect(clip.text).toBe('12\t0\t7\r\n3\t40\t\r\n');
  expect(clip.html).toContain(
    '<tr><td>12</td><td>0</td><td>7</td></tr><tr><td>3</td><td>40</td><td></td></tr>',
  );

  // one value over the range fills each of its cells; Ctrl+Z undoes it at once
  await page.evaluate(() => navigator.clipboard.writeText('5'));
  await page.keyboard.press('Control+v');
  expect(await values(editor)).toEqual([
    ['5', '5', '5'],
    ['5', '5', '5'],
  ]);
  await page.keyboard.press('Control+z');
  expect(await values(editor)).toEqual(VALUES);
});

test('a drag from a cell selects the rectangle; a click ends it', async ({ page }) => {
  const editor = await openMatrix(page, '区域拖选测试');
  const from = await editor.cell(BLOCK[0][0]).boundingBox();
  const to = await editor.cell(BLOCK[1][2]).boundingBox();
  await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
  await page.mouse.down();
  await page.mouse.move(to!.x + to!.width / 2, to!.y + to!.height / 2, { steps: 6 });
  await page.mouse.up();
  expect(await inRange(page)).toEqual(ids(BLOCK));
  await expect(editor.cell(BLOCK[0][0])).toBeFocused();
  // The range is drawn: its cells are tinted, the selected one is not.
  const tint = (a: (typeof BLOCK)[number][number]) =>
    editor.cell(a).evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await tint(BLOCK[1][2])).not.toBe(await tint(at('granted', 'natural')));
  expect(await tint(BLOCK[0][0])).not.toBe(await tint(BLOCK[1][2]));
  // Windows high contrast drops backgrounds: the range takes the system's selection colours.
  await page.emulateMedia({ forcedColors: 'active' });
  expect(await tint(BLOCK[1][2])).not.toBe(await tint(at('granted', 'natural')));
  await page.emulateMedia({ forcedColors: 'none' });
  await editor.cell(at('granted', 'natural')).click();
  expect(await inRange(page)).toEqual([]);
});

test('a drag that starts on a total selects from it (Excel): its first input cell selected, Ctrl+C copies the totals', async ({
  page,
}) => {
  const editor = await openMatrix(page, '区域总计拖选测试');
  const from = await editor.cell(at('newReceived', 'total')).boundingBox();
  const to = await editor.cell(at('carriedOver', 'otherOrg')).boundingBox();
  await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
  await page.mouse.down();
  await page.mouse.move(to!.x + to!.width / 2, to!.y + to!.height / 2, { steps: 6 });
  await page.mouse.up();
  expect(await inRange(page)).toEqual(
    ids([
      [at('newReceived', 'otherOrg'), at('newReceived', 'total')],
      [at('carriedOver', 'otherOrg'), at('carriedOver', 'total')],
    ]),
  );
  await expect(editor.cell(at('newReceived', 'otherOrg'))).toBeFocused();
  await expect(page.locator('[data-range-status="applications"]')).toHaveText(rangeLabel(2, 2));
  await page.keyboard.press('Control+c');
  const text = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return (await item!.getType('text/plain')).text();
  });
  expect(text).toBe('\t19\r\n\t43\r\n');
  // Shift+← moves the far corner; the total stays the corner the range began at
  await page.keyboard.press('Shift+ArrowLeft');
  expect(await inRange(page)).toEqual(
    ids([
      [at('newReceived', 'legal'), at('newReceived', 'otherOrg'), at('newReceived', 'total')],
      [at('carriedOver', 'legal'), at('carriedOver', 'otherOrg'), at('carriedOver', 'total')],
    ]),
  );
});

test('a drag held past the bottom of the grid scrolls it, and the range follows (Excel autoscroll)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1100, height: 560 });
  const editor = await openMatrix(page, '区域自动滚动测试');
  const last = editor.cell(at('carriedForward', 'natural'));
  const first = editor.cell(at('newReceived', 'natural'));
  await first.scrollIntoViewIfNeeded();
  // the last row is out of sight (below the grid box's visible part or the window's)
  const hidden = await last.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const box = el.closest('.grid-wrap')!.getBoundingClientRect();
    return r.top >= Math.min(box.bottom, window.innerHeight);
  });
  expect(hidden).toBe(true);
  const from = await first.boundingBox();
  await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
  await page.mouse.down();
  const bottom = await page.evaluate(() =>
    Math.min(document.querySelector('.grid-wrap')!.getBoundingClientRect().bottom, window.innerHeight),
  );
  // held still just past the edge: the grid keeps scrolling until the last row
  await page.mouse.move(from!.x + from!.width / 2, bottom - 2, { steps: 5 });
  await expect
    .poll(() => inRange(page), { timeout: 5000 })
    .toContain(ids([[at('carriedForward', 'natural')]])[0]);
  await page.mouse.up();
  await expect(first).toBeFocused();
  const range = await inRange(page);
  expect(range[0]).toBe(ids([[at('newReceived', 'natural')]])[0]);
  expect(range.at(-1)).toBe(ids([[at('carriedForward', 'natural')]])[0]);
});

test('a range copied down to the total row and pasted in the next column lands cell for cell: the total is not written on the row below it', async ({
  page,
}) => {
  const editor = await openMatrix(page, '区域总计测试');
  const rows = ['otherUnpaidFee', 'otherOther'] as const;
  for (const [i, row] of rows.entries()) await editor.fillCell(at(row, 'natural'), String(i + 4));
  await editor.cell(at(rows[0], 'natural')).click();
  for (let i = 0; i < rows.length; i++) await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Control+c');
  await editor.cell(at(rows[0], 'business')).click();
  await page.keyboard.press('Control+v');
  await expect(editor.cell(at(rows[0], 'business'))).toHaveValue('4');
  await expect(editor.cell(at(rows[1], 'business'))).toHaveValue('5');
  // the natural column's 总计 (copied) is not typed into 四、结转下年度继续办理
  await expect(editor.cell(at('carriedForward', 'business'))).toHaveValue('');
});

test('typed into a range, Enter goes down its columns and back to its first cell (Excel)', async ({
  page,
}) => {
  const editor = await openMatrix(page, '区域录入测试');
  await editor.cell(BLOCK[0][0]).click();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  for (const n of ['1', '2', '3', '4']) {
    await page.keyboard.type(n);
    await page.keyboard.press('Enter');
  }
  expect((await values(editor)).map((row) => row.slice(0, 2))).toEqual([
    ['1', '3'],
    ['2', '4'],
  ]);
  await expect(editor.cell(BLOCK[0][0])).toBeFocused();
  expect(await inRange(page)).toEqual(ids(BLOCK.map((row) => row.slice(0, 2))));
  // Esc ends the range; Enter moves as without one
  await page.keyboard.press('Escape');
  expect(await inRange(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(editor.cell(BLOCK[1][0])).toBeFocused();
});

test('Ctrl+A then Ctrl+C copies the whole table out, a line per row, totals included', async ({ page }) => {
  const editor = await openMatrix(page, '整表复制测试');
  await editor.cell(at('granted', 'natural')).click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const lines = text.split('\r\n').slice(0, -1);
  expect(lines).toHaveLength(dataRows(MATRIX_MODEL).length);
  expect(lines.every((l) => l.split('\t').length === MATRIX_MODEL.columns.length)).toBe(true);
  // the first row: the values typed, then its 总计 (12 + 0 + 7)
  expect(lines[0]).toBe('12\t0\t7\t\t\t\t19');
  await expect(editor.cell(at('granted', 'natural'))).toBeFocused();
});
