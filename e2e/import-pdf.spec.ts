// Importing a published report's PDF directly (our own PDF reader, src/domain/pdf-text, in the
// reading worker): a corpus report rendered as a web page and printed to PDF by this Chromium
// (page.pdf(): embedded CID fonts with ToUnicode, as the PDFs organs publish) is chosen as a file;
// the summary names the organ and year, and after 「确认导入」 the matrix holds the printed numbers.
// A PDF of pages that are only pictures (a scan) is refused, nothing written.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectedCell } from '../src/domain/corpus/evaluate';
import { SHAPES } from '../src/domain/corpus/shapes';
import { WRITTEN_REPORTS } from '../src/domain/corpus/written-reports';
import { cellId as cellIdOf, INPUT_CELLS } from '../src/domain/report/cell-address';
import { dumpDatabase } from './hardening-idb';
import { EditorPage, ReportsListPage } from './pages/app-page';

// A written corpus report (the sample's corpus entry reads a JSON file Playwright's loader refuses).
const hongze = WRITTEN_REPORTS.find((r) => r.key === 'hongze-2021')!;
const semantic = SHAPES.find((s) => s.name === 'html-semantic')!;
const SAMPLE = readFileSync(new URL('../src/domain/fixtures/qufu-2021.txt', import.meta.url), 'utf8');

/** A page printed to PDF by a page of its own (not the app's). */
async function printToPdf(page: Page, html: string): Promise<Buffer> {
  const printer = await page.context().newPage();
  await printer.setContent(html, { waitUntil: 'load' });
  const pdf = await printer.pdf({
    format: 'A4',
    margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
  });
  await printer.close();
  return pdf;
}

async function openImport(page: Page) {
  const list = new ReportsListPage(page);
  await list.goto();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  return page.getByRole('dialog', { name: '导入' });
}

const reportCount = async (page: Page) => (await dumpDatabase(page)).reports?.values.length ?? 0;

test('a PDF of a published report (printed by Chromium) is read: the summary, then every number in the tables', async ({
  page,
}) => {
  const pdf = await printToPdf(page, semantic.render(hongze).input);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const dialog = await openImport(page);
  await dialog.getByLabel('选择文件').setInputFiles({
    name: '淮安市洪泽区人民政府2021年政府信息公开工作年度报告.pdf',
    mimeType: 'application/pdf',
    buffer: pdf,
  });
  const summary = dialog.getByRole('table', { name: '识别到的报告信息' });
  await expect(summary).toContainText(hongze.agencyName);
  await expect(summary).toContainText('2021');
  await expect(dialog.getByText('未能读取的单元格')).toHaveCount(0);
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(page).toHaveURL(/#\/r\/.+\/checks/);
  const editor = new EditorPage(page);
  for (const part of ['proactive', 'applications', 'appeals'] as const) {
    await editor.step(part);
    for (const cell of INPUT_CELLS.filter((c) => c.part === part)) {
      const want = expectedCell(hongze, semantic, cellIdOf(cell));
      await expect(editor.cell(cell), cellIdOf(cell)).toHaveValue(want === null ? '' : String(want));
    }
  }
  await editor.step('meta');
  await expect(editor.field('meta.agencyName')).toHaveValue(hongze.agencyName);
});

test('a scanned PDF (pages that are only pictures) is refused as 扫描件, nothing written', async ({
  page,
}) => {
  // A picture of text, no text: a canvas drawn as an image.
  const pdf = await printToPdf(
    page,
    `<!DOCTYPE html><html><body><img id="scan" style="width:17cm"><script>
      const c = document.createElement('canvas'); c.width = 600; c.height = 300;
      const g = c.getContext('2d'); g.fillStyle = '#fff'; g.fillRect(0, 0, 600, 300);
      g.fillStyle = '#000'; g.fillRect(40, 40, 520, 12); g.fillRect(40, 80, 400, 12);
      document.getElementById('scan').src = c.toDataURL('image/png');
    </script></body></html>`,
  );
  const dialog = await openImport(page);
  const before = await reportCount(page);
  await dialog
    .getByLabel('选择文件')
    .setInputFiles({ name: '扫描件.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(dialog.getByRole('alert')).toContainText('这是扫描件，没有可识别的文字');
  await expect(dialog.getByRole('alert')).toContainText('没有导入任何内容');
  expect(await reportCount(page)).toBe(before);
});

test('the app’s own print of a 草稿 report, saved as PDF, reads back whole: the watermark merges no rows', async ({
  page,
}) => {
  // A draft prints 「草稿」 large and turned across every page (print.css); a clerk sends such a PDF
  // for a first look. Before, the mark drew the table rows it crossed into one line (12 cells unread).
  const dialog = await openImport(page);
  await dialog.getByLabel('或粘贴已发布报告的全文').fill(SAMPLE);
  await dialog.getByRole('button', { name: '识别粘贴的文本' }).click();
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(page).toHaveURL(/#\/r\/.+\/checks/);
  const id = new EditorPage(page).reportId;
  await page.goto(`/#/print/${id}`);
  await expect(page.locator('.doc-watermark')).toHaveCount(1);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });

  const again = await openImport(page);
  await again
    .getByLabel('选择文件')
    .setInputFiles({ name: '草稿.pdf', mimeType: 'application/pdf', buffer: pdf });
  await expect(again.getByRole('table', { name: '识别到的报告信息' })).toContainText('曲阜市人民政府办公室');
  await expect(again.getByTestId('numbers-read')).toHaveText('200 个');
  await expect(again.getByText('未能读取的单元格')).toHaveCount(0);
  await expect(again.getByRole('table', { name: '识别到的报告信息' })).not.toContainText('草稿');
});
