import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { cellAddress, cellId } from '../src/domain/report/cell-address';
import {
  APPEAL_FIELD_LABELS,
  APPEAL_GROUP_LABELS,
  APPLICANT_LABELS,
  APPLICATION_ROW_LABELS,
  DOCUMENT_FIELD_LABELS,
  PROACTIVE_ROW_LABELS,
} from '../src/domain/report/labels';
import { ReportsListPage } from './pages/app-page';
import { fillFixture } from './pages/fill-fixture';

/** Text of a PDF (pdftotext from poppler-utils; .ci/run installs it). Whitespace is dropped for matching. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', path, '-']).toString('utf8').replace(/\s+/g, '');
}
function pdfPages(path: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path]).toString())?.[1] ?? 0);
}

const TABLE_LABELS = [
  ...Object.values(PROACTIVE_ROW_LABELS),
  ...Object.values(DOCUMENT_FIELD_LABELS),
  ...Object.values(APPLICANT_LABELS),
  ...Object.values(APPLICATION_ROW_LABELS),
  ...Object.values(APPEAL_GROUP_LABELS),
  ...Object.values(APPEAL_FIELD_LABELS),
];

test('the print view of the fixture as a PDF: A4 pages with every table label; 「草稿」 until approved', async ({
  page,
  browser,
}, info) => {
  test.setTimeout(120_000);
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('曲阜市人民政府办公室', 2021);
  await fillFixture(editor);
  const id = editor.reportId;

  await page.goto(`/#/print/${id}`);
  await expect(page.getByRole('heading', { name: /曲阜市人民政府办公室2021年/ })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const draftPdf = info.outputPath('draft.pdf');
  await page.pdf({ path: draftPdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  expect(pdfText(draftPdf)).toContain('草稿');

  // Approved on the reviewer's computer (a clerk does not approve the own report): 提交审核 hands
  // over the 送审 file, which the reviewer imports and 审定.
  await page.emulateMedia({ media: 'screen' });
  await page.goto(`/#/r/${id}/checks`);
  const [sent] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '提交审核' }).click(),
  ]);
  const sentPath = info.outputPath('sent.json');
  await sent.saveAs(sentPath);
  const reviewer = await (await browser.newContext()).newPage();
  await reviewer.goto('/#/');
  await reviewer.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = reviewer.getByRole('dialog', { name: '导入' });
  await dialog.getByLabel('选择文件').setInputFiles(sentPath);
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await reviewer.getByRole('button', { name: '审定', exact: true }).click();
  await Promise.all([
    reviewer.waitForEvent('download'),
    reviewer.getByRole('dialog', { name: '审定' }).getByRole('button', { name: '审定' }).click(),
  ]);
  await expect(reviewer.locator('.badge[data-status="approved"]')).toBeVisible();

  await reviewer.goto(`/#/print/${id}`);
  await printApproved(reviewer, info.outputPath('approved.pdf'));
  await reviewer.context().close();
});

async function printApproved(page: Page, pdf: string) {
  await expect(page.getByRole('heading', { name: /曲阜市人民政府办公室2021年/ })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  expect(pdfPages(pdf)).toBeGreaterThanOrEqual(2);
  const text = pdfText(pdf);
  for (const label of TABLE_LABELS) expect(text, label).toContain(label.replace(/\s+/g, ''));
  expect(text).not.toContain('草稿');
  const info2 = execFileSync('pdfinfo', [pdf]).toString();
  expect(info2).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
}

test('the blank form prints the tables with empty cells', async ({ page }) => {
  await page.goto('/#/blank-form');
  await expect(
    page.locator(`[data-print-cell="${cellId(cellAddress('applications', 'newReceived', 'natural'))}"]`),
  ).toHaveText('');
  await expect(page.getByText(APPLICATION_ROW_LABELS.carriedForward)).toBeVisible();
});

test('backup → wipe storage → restore gives identical reports; a truncated backup is refused and changes nothing', async ({
  page,
}, info) => {
  const list = new ReportsListPage(page);
  await list.goto();
  const a = await list.createReport('备份测试甲', 2021);
  await a.step('overview');
  await a.field('overview.proactive').fill('甲的内容');
  await a.saved();
  await list.goto();
  await list.createReport('备份测试乙', 2020);
  await list.goto();

  const dump = () =>
    page.evaluate(
      () =>
        new Promise<unknown[]>((resolve) => {
          const req = indexedDB.open('nianbao');
          req.onsuccess = () => {
            const get = req.result.transaction('reports').objectStore('reports').getAll();
            get.onsuccess = () => {
              req.result.close();
              // A restored record gets a local revision and write identity (never the file's), and
              // no mark of which checks counted it (a backup may come from another release: its
              // counts are derived again right after the restore): compare everything else.
              const records = get.result as {
                id: string;
                revision?: number;
                writeId?: string;
                checkedWith?: string;
              }[];
              resolve(
                records
                  .map(({ revision: _r, writeId: _w, checkedWith: _c, ...rest }) => rest)
                  .sort((x, y) => x.id.localeCompare(y.id)),
              );
            };
          };
        }),
    );
  const marks = () =>
    page.evaluate(
      () =>
        new Promise<(string | null)[]>((resolve) => {
          const req = indexedDB.open('nianbao');
          req.onsuccess = () => {
            const get = req.result.transaction('reports').objectStore('reports').getAll();
            get.onsuccess = () => {
              req.result.close();
              resolve((get.result as { checkedWith?: string }[]).map((r) => r.checkedWith ?? null));
            };
          };
        }),
    );
  const allCurrent = async () => (await marks()).every((m) => m !== null && !m.startsWith('stale:'));
  // A report created without counts is counted in idle time: wait for it, so `before` is final.
  await expect.poll(allCurrent).toBe(true);
  const before = await dump();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '备份全部' }).click(),
  ]);
  const path = info.outputPath('backup.json');
  await download.saveAs(path);

  // A truncated backup is refused and changes nothing.
  const truncatedPath = info.outputPath('truncated.json');
  const full = await readFile(path, 'utf8');
  await writeFile(truncatedPath, full.slice(0, Math.floor(full.length / 2)));
  await page.getByTestId('restore-input').setInputFiles(truncatedPath);
  await expect(page.getByRole('alert')).toContainText('本机数据没有任何改变');
  expect(await dump()).toEqual(before);

  // Wipe storage, then restore.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const req = indexedDB.open('nianbao');
        req.onsuccess = () => {
          const tx = req.result.transaction(['reports', 'versions'], 'readwrite');
          tx.objectStore('reports').clear();
          tx.objectStore('versions').clear();
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
        };
      }),
  );
  await page.reload();
  await expect(page.getByText('还没有报告')).toBeVisible();
  await page.getByTestId('restore-input').setInputFiles(path);
  await page.getByRole('dialog', { name: '恢复备份' }).getByRole('button', { name: '替换全部' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已用备份替换全部报告' })).toBeVisible();
  await expect(list.row('备份测试甲')).toHaveCount(1);
  // Right after the restore (no reload), the restored reports are counted with this release's
  // checks and marked current.
  await expect.poll(allCurrent).toBe(true);
  // counted as they were before the backup, by the same checks
  expect(await dump()).toEqual(before);
});
