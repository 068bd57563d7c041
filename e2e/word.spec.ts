// 「导出Word」 end to end: a clerk pastes the sample matrix, exports Word from 「校验与导出」, and the
// downloaded .docx holds every table label and the sample's numbers in the right matrix cells.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { cellAddress } from '../src/domain/report/cell-address';
import { APPLICANT_LABELS, APPLICATION_ROW_LABELS } from '../src/domain/report/labels';
import {
  paragraphTexts,
  readTables,
  tableGrid,
  xmlWellFormedError,
} from '../src/ui/export/word/docx-xml-reader';
import { WORD_TABLE_LABELS } from '../src/ui/export/word/expected-labels';
import { pasteInto } from './clipboard';
import { matrixTsv, matrixValue } from './fixture-data';
import { ReportsListPage } from './pages/app-page';

test('导出Word: the pasted sample matrix arrives in the .docx, with merged headers and a 草稿 mark', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });

  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('导出Word测试局', 2021);
  await editor.step('applications');
  await pasteInto(editor.cell(cellAddress('applications', 'newReceived', 'natural')), { text: matrixTsv() });
  await expect(editor.cell(cellAddress('applications', 'totalHandled', 'natural'))).toHaveText('23');
  await editor.saved();
  await editor.step('checks');

  // docx is loaded only on the click, from its own chunk.
  const beforeClick = scripts.length;
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出Word' }).click(),
  ]);
  expect(scripts.slice(beforeClick).some((u) => /build-docx/.test(u))).toBe(true);
  expect(scripts.slice(0, beforeClick).some((u) => /build-docx/.test(u))).toBe(false);
  await expect(page.locator('[data-export-status="word"]')).toContainText('已导出');
  expect(download.suggestedFilename()).toBe('导出Word测试局2021年政府信息公开工作年度报告.docx');

  const zip = await JSZip.loadAsync(await readFile(await download.path()));
  const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  expect(xmlWellFormedError(documentXml)).toBeNull();
  const texts = paragraphTexts(documentXml);
  expect(texts[0]).toBe('导出Word测试局2021年政府信息公开工作年度报告');
  expect(WORD_TABLE_LABELS.filter((label) => !texts.includes(label))).toEqual([]);

  const tables = readTables(documentXml);
  expect(tables).toHaveLength(3);
  const matrix = tableGrid(tables[1]!);
  const natural = matrix[2]!.indexOf(APPLICANT_LABELS.natural);
  const total = matrix[2]!.lastIndexOf(APPLICANT_LABELS.total);
  for (const key of [
    'newReceived',
    'partiallyGranted',
    'withheldInternalAffairs',
    'unavailableNotHeld',
  ] as const) {
    const row = matrix.find((r) => r.includes(APPLICATION_ROW_LABELS[key]));
    const n = String(matrixValue(key, 'natural'));
    expect([key, row?.[natural], row?.[total]]).toEqual([key, n, n]);
  }
  // 「（七）总计」 is derived by the app, not pasted: 23 = 3 + 1 + 19.
  expect(matrix.find((r) => r.includes(APPLICATION_ROW_LABELS.totalHandled))?.[natural]).toBe('23');
  expect(documentXml).toContain('<w:vMerge w:val="restart"/>');
  expect(documentXml).toMatch(/<w:gridSpan w:val="\d+"\/>/);

  // A new report is a draft: every page's header says so.
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((n) => /^word\/header\d+\.xml$/.test(n))
      .map((n) => zip.file(n)?.async('string') ?? ''),
  );
  expect(headers.join('')).toContain('草稿（未审定）');
  expect(errors).toEqual([]);
});
