// 「批量审核」 and the run-together rows of issue 9, in the production build.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { cellAddress, cellId } from '../src/domain/report/cell-address';
import { APPLICATION_ROW_LABELS, EXPORT_WEB_PAGE } from '../src/domain/report/labels';
import { documentsRunTogether, FIXTURE_TEXT, matrixRunTogether, year2020 } from './audit-texts';
import { EditorPage, ReportsListPage } from './pages/app-page';

const FILES = [
  // The fixture's 19 are 全市 (not compared with the organ's table): here the organ's own, so a quote is shown.
  { name: 'qufu-2021.txt', text: FIXTURE_TEXT.replace('整理全市现行有效', '整理现行有效') },
  { name: 'qufu-2021-连在一起.txt', text: matrixRunTogether(FIXTURE_TEXT) },
  { name: 'qufu-2020.txt', text: year2020(FIXTURE_TEXT) },
];

const row = (page: Page, source: string) => page.locator('tr[data-audit-row]').filter({ hasText: source });
const column = (page: Page, source: string, id: string) =>
  row(page, source).locator(`td[data-column="${id}"]`);

test('audit three published texts: table, cross-year finding, marked view, CSV', async ({ page }) => {
  expect(FILES[1]!.text).toContain(`${APPLICATION_ROW_LABELS.newReceived}230000023`);
  await page.goto('/#/audit');
  await expect(page.getByRole('heading', { name: '批量审核', level: 1 })).toBeVisible();
  await page
    .getByLabel('选择文件（可多选：.txt、.html、.docx、.pdf）')
    .setInputFiles(
      FILES.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text, 'utf8') })),
    );
  await expect(page.getByTestId('audit-files')).toContainText('已选择3个文件');
  await page.getByRole('button', { name: '开始审核（3篇）' }).click();

  await expect(page.locator('tr[data-audit-row]')).toHaveCount(3);
  for (const f of FILES) await expect(column(page, f.name, 'format')).toHaveText('2021年格式');
  await expect(column(page, 'qufu-2020.txt', 'year')).toHaveText('2020');
  // The run-together matrix is read completely: every one of the 166 input cells.
  await expect(column(page, 'qufu-2021-连在一起.txt', 'cellsRead')).toHaveText('166/166');
  await expect(column(page, 'qufu-2021-连在一起.txt', 'unread')).toHaveText('0');
  // Cross-year: both 2021 reports compared with 2020 (in-force and 内容雷同); 2020 has no previous.
  await expect(column(page, 'qufu-2021.txt', 'continuity')).toHaveText('1');
  await expect(column(page, 'qufu-2021-连在一起.txt', 'continuity')).toHaveText('1');
  await expect(column(page, 'qufu-2021.txt', 'similar')).not.toHaveText('0');
  await expect(column(page, 'qufu-2020.txt', 'previous')).toHaveText('本批无上年报告');
  const details = page.getByRole('region', { name: /曲阜市人民政府办公室2021年（qufu-2021\.txt）的问题/ });
  await expect(details.locator('[data-finding-id="in-force:normativeDocuments"]')).toContainText(
    '9＋1－2＝8',
  );

  // Sort by 内容雷同, most first: the 2020 report (none) goes last.
  await page.getByRole('button', { name: '内容雷同' }).click();
  await expect(page.locator('tr[data-audit-row]').last()).toContainText('qufu-2020.txt');

  // CSV: Excel-safe, one line per problem, with the numbers.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出问题清单CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^批量审核-\d{8}-\d{4}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF来源,机关名称,报告年度,格式,已读取单元格,应读取单元格,问题类别')).toBe(true);
  const inForce = csv.split('\r\n').find((l) => l.startsWith('qufu-2021.txt,') && l.includes('＝8'));
  expect(inForce).toContain(',2021,2021年格式,166,166,衔接（上年结转、现行有效）,警告,');

  // The read-only view of one report, its problems marked on their cells.
  await row(page, 'qufu-2021.txt').getByRole('link', { name: /查看/ }).click();
  await expect(page).toHaveURL(/#\/audit\?report=/);
  // The view replaces the batch page (whose details list each report's findings too): wait for it first.
  await expect(page.locator('.audit-doc')).toBeVisible();
  const finding = page.locator('.audit-findings [data-finding-id="in-force:normativeDocuments"]');
  await expect(finding).toContainText('9＋1－2＝8');
  const number = await finding.evaluate((li) => [...(li.parentElement?.children ?? [])].indexOf(li) + 1);
  const cell = page.locator(
    `.audit-doc [data-print-cell="${cellId(cellAddress('proactive', 'normativeDocuments', 'inForce'))}"]`,
  );
  await expect(cell).toHaveText('11');
  await expect(cell).toHaveCSS('outline-style', 'solid');
  const mark = await cell.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(mark).toContain(`[${number}]`);
  await expect(
    page.locator(
      `.audit-doc [data-print-cell="${cellId(cellAddress('proactive', 'regulations', 'inForce'))}"]`,
    ),
  ).not.toHaveCSS('outline-style', 'solid');
  // A sentence is quoted: the narrative's 19 against the table's 11.
  await expect(page.locator('.audit-findings .audit-quote').first()).toContainText(
    '现行有效的规范性文件19件',
  );

  // The same view opened from a link in another tab: rebuilt from storage, previous year as linked.
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(other.locator('.audit-doc')).toBeVisible();
  await expect(
    other.locator('.audit-findings [data-finding-id="in-force:normativeDocuments"]'),
  ).toContainText('9＋1－2＝8');
  await expect(
    other.locator(
      `.audit-doc [data-print-cell="${cellId(cellAddress('proactive', 'normativeDocuments', 'inForce'))}"]`,
    ),
  ).toHaveCSS('outline-style', 'solid');
  await other.close();

  // Back to the batch (also after a reload: rebuilt from the stored reference reports).
  await page.getByRole('link', { name: '← 返回批量审核' }).click();
  await expect(page.locator('tr[data-audit-row]')).toHaveCount(3);
  await page.reload();
  await expect(page.locator('tr[data-audit-row]')).toHaveCount(3);
  await expect(column(page, 'qufu-2021.txt', 'continuity')).toHaveText('1');
});

test('a page of 「导出网页版」 as published on a portal (with its data block) is audited like any page', async ({
  page,
}) => {
  const list = new ReportsListPage(page);
  await list.goto();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入' });
  await dialog.getByLabel('或粘贴已发布报告的全文').fill(FIXTURE_TEXT);
  await dialog.getByRole('button', { name: '识别粘贴的文本' }).click();
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(page).toHaveURL(/#\/r\/.+\/checks/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: EXPORT_WEB_PAGE }).click(),
  ]);
  const html = readFileSync((await download.path())!, 'utf8');
  expect(html).toContain('id="nianbao-report"');

  await page.goto('/#/audit');
  await page
    .getByLabel('选择文件（可多选：.txt、.html、.docx、.pdf）')
    .setInputFiles({ name: '门户网站-年报.html', mimeType: 'text/html', buffer: Buffer.from(html, 'utf8') });
  await expect(page.getByTestId('audit-files')).toContainText('已选择1个文件：门户网站-年报.html');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: '开始审核（1篇）' }).click();
  await expect(page.locator('tr[data-audit-row]')).toHaveCount(1);
  await expect(column(page, '门户网站-年报.html', 'cellsRead')).toHaveText('166/166');
  await expect(column(page, '门户网站-年报.html', 'year')).toHaveText('2021');
});

test('single import: the user picks the split of 「行政规范性文件1211」', async ({ page }) => {
  const list = new ReportsListPage(page);
  await list.goto();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入' });
  await dialog
    .getByLabel('或粘贴已发布报告的全文')
    .fill(documentsRunTogether(matrixRunTogether(FIXTURE_TEXT)));
  await dialog.getByRole('button', { name: '识别粘贴的文本' }).click();

  const choice = dialog.locator('[data-split-choice="proactive.normativeDocuments"]');
  await expect(choice).toContainText('行政规范性文件1211');
  await expect(choice.getByRole('radio')).toHaveCount(4); // three splits and 「留空」
  await expect(dialog.getByRole('region', { name: '数字连在一起的行' })).toContainText(
    '25行已按表格的勾稽关系唯一拆分读取',
  );
  const confirm = dialog.getByRole('button', { name: '确认导入' });
  await expect(confirm).toBeDisabled();
  await choice.getByRole('radio', { name: /拆法1/ }).check();
  await expect(confirm).toBeEnabled();
  await confirm.click();

  const editor = new EditorPage(page);
  await editor.step('proactive');
  await expect(editor.cell(cellAddress('proactive', 'normativeDocuments', 'issued'))).toHaveValue('1');
  await expect(editor.cell(cellAddress('proactive', 'normativeDocuments', 'repealed'))).toHaveValue('2');
  await expect(editor.cell(cellAddress('proactive', 'normativeDocuments', 'inForce'))).toHaveValue('11');
  await editor.step('applications');
  await expect(editor.cell(cellAddress('applications', 'newReceived', 'natural'))).toHaveValue('23');
  await expect(editor.cell(cellAddress('applications', 'unavailableNotHeld', 'natural'))).toHaveValue('19');
});
