// A hostile .docx (issue 16, item 6): a file of a few hundred KB whose document.xml inflates to
// 100 MB once froze the tab for 50 s. It is read in a Web Worker within limits: refused as
// 文件过大 with nothing written; while a large (allowed) one is read the page answers typing and
// 「取消」 stops it; a plain .docx still imports.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { bombDocx, plainDocx } from '../src/domain/text-import/test-docx';
import { pasteIntoTextBox } from './clipboard';
import { dumpDatabase } from './hardening-idb';
import { ReportsListPage } from './pages/app-page';

const FIXTURE_TEXT = readFileSync(new URL('../src/domain/fixtures/qufu-2021.txt', import.meta.url), 'utf8');

async function openImport(page: Page) {
  const list = new ReportsListPage(page);
  await list.goto();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  return page.getByRole('dialog', { name: '导入' });
}

const chooseDocx = (dialog: ReturnType<Page['getByRole']>, bytes: Uint8Array) =>
  dialog.getByLabel('选择文件').setInputFiles({
    name: '年度报告.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(bytes),
  });

const reportCount = async (page: Page) => (await dumpDatabase(page)).reports?.values.length ?? 0;

test('a .docx that inflates to 100 MB is refused as 文件过大, nothing written', async ({ page }) => {
  const dialog = await openImport(page);
  const before = await reportCount(page);
  const bomb = bombDocx(100);
  expect(bomb.length).toBeLessThan(400 * 1024);
  await chooseDocx(dialog, bomb);
  await expect(dialog.getByRole('alert')).toContainText('文件过大');
  await expect(dialog.getByRole('alert')).toContainText('没有导入任何内容');
  await expect(dialog.getByTestId('import-reading')).toHaveCount(0);
  expect(await reportCount(page)).toBe(before);
});

test('a broken PDF (only its header and catalog) is refused with the reason, nothing written', async ({
  page,
}) => {
  const dialog = await openImport(page);
  const before = await reportCount(page);
  await dialog.getByLabel('选择文件').setInputFiles({
    name: '2023年政府信息公开工作年度报告.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'),
  });
  await expect(dialog.getByRole('alert')).toContainText('无法读取这个 PDF 文件');
  await expect(dialog.getByRole('alert')).toContainText('没有导入任何内容');
  expect(await reportCount(page)).toBe(before);
});

test('while a large .docx is read the page answers typing, and 「取消」 stops the reading', async ({
  page,
}) => {
  const dialog = await openImport(page);
  const before = await reportCount(page);
  // 19 MB of text: under the limit, so it is really read, which takes the reader many seconds.
  await chooseDocx(dialog, bombDocx(19));
  const reading = dialog.getByTestId('import-reading');
  await expect(reading).toBeVisible();
  const field = dialog.getByLabel('或粘贴已发布报告的全文');
  await field.pressSequentially('页面仍然响应');
  await expect(field).toHaveValue('页面仍然响应');
  // the typing was answered while the file was still being read
  await expect(reading).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('已取消读取文件，没有导入任何内容。');
  await expect(reading).toHaveCount(0);
  // the dialog stays open, the typed text kept; nothing was written
  await expect(field).toHaveValue('页面仍然响应');
  expect(await reportCount(page)).toBe(before);
});

test('a plain .docx of the sample report still imports', async ({ page }) => {
  const dialog = await openImport(page);
  await chooseDocx(dialog, plainDocx(FIXTURE_TEXT));
  const summary = dialog.getByRole('table', { name: '识别到的报告信息' });
  await expect(summary).toContainText('曲阜市人民政府办公室');
  await expect(summary).toContainText('2021');
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(page).toHaveURL(/#\/r\/.+\/checks/);
});

test('pasted HTML is read in the worker like a file (the reading banner, 「取消」), then summarised', async ({
  page,
}) => {
  const dialog = await openImport(page);
  // Whether the reading banner ever showed, however briefly.
  await page.evaluate(() => {
    const w = window as unknown as { __readingSeen: boolean };
    w.__readingSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="import-reading"]')) w.__readingSeen = true;
    }).observe(document.body, { subtree: true, childList: true });
  });
  const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const html = `<html><body>${FIXTURE_TEXT.split('\n')
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('')}</body></html>`;
  const box = dialog.getByLabel('或粘贴已发布报告的全文');
  await pasteIntoTextBox(box, { text: FIXTURE_TEXT, html });
  await dialog.getByRole('button', { name: '识别粘贴的文本' }).click();
  const summary = dialog.getByRole('table', { name: '识别到的报告信息' });
  await expect(summary).toContainText('曲阜市人民政府办公室');
  await expect(summary).toContainText('2021');
  expect(await page.evaluate(() => (window as unknown as { __readingSeen: boolean }).__readingSeen)).toBe(
    true,
  );
});
