// 「汇总」 of 「本年度全部报告」 counts each unit once: the same organ's report imported twice (or made
// twice) was summed twice under 「共汇总N个单位」, a silently doubled number. The preferred report is
// summed and the other one is listed under 「同一单位有多份报告」.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { cellAddress } from '../src/domain/report/cell-address';
import { FIXTURE } from './fixture-data';
import { ReportsListPage } from './pages/app-page';
import { SummaryViewPage } from './summary-page';

const SAMPLE = readFileSync(new URL('../src/domain/fixtures/qufu-2021.txt', import.meta.url), 'utf8');
const natural = FIXTURE.applications.newReceived.natural;

async function importText(page: Page, text: string) {
  await new ReportsListPage(page).goto();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入' });
  await dialog.getByLabel('或粘贴已发布报告的全文').fill(text);
  await dialog.getByRole('button', { name: '识别粘贴的文本' }).click();
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(page).toHaveURL(/#\/r\//);
}

test('the same unit’s report imported twice is summed once, and the second one is named', async ({
  page,
}) => {
  await importText(page, SAMPLE);
  await importText(page, SAMPLE);
  await importText(page, SAMPLE.replaceAll('曲阜市', '泗水县'));

  const summary = new SummaryViewPage(page);
  await summary.goto();
  await summary.chooseYear(2021);
  await summary.includeUnapproved();
  await expect(summary.sumCell(cellAddress('applications', 'newReceived', 'natural'))).toHaveText(
    String(2 * natural),
  );
  await expect(page.locator('.summary-count')).toContainText('共汇总2个单位的报告');
  await expect(summary.list('duplicates')).toContainText('同一单位有多份报告（只计入一份）');
  await expect(summary.list('duplicates').getByRole('listitem')).toHaveCount(1);
  await expect(summary.list('duplicates').getByRole('listitem')).toContainText('曲阜市人民政府办公室');
  await expect(page.locator('.unit-table tbody tr[data-included="true"]')).toHaveCount(2);
});
