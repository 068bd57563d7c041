// Page objects for the 汇总 e2e test: importing report files through 「导入」 and working the
// 汇总 view as a supervisor does.
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { type CellAddress, cellId } from '../src/domain/report/cell-address';

/** 「导入」 on the reports list: choose the file, confirm with the dialog's 「导入」 button. */
export async function importReportFile(page: Page, fileName: string, text: string, id: string) {
  await page.goto('/#/');
  await page.getByRole('button', { name: '导入' }).click();
  const dialog = page.getByRole('dialog', { name: '导入' });
  await dialog.getByLabel('选择文件').setInputFiles({
    name: fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(text, 'utf8'),
  });
  await expect(dialog.getByRole('table', { name: '文件内容' })).toBeVisible();
  await expect(dialog.locator('.banner.warning')).toHaveCount(0);
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/r/${id}/checks`));
}

export class SummaryViewPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '汇总' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: '汇总' })).toBeVisible();
  }

  async chooseYear(year: number) {
    await this.page.getByLabel('汇总年度').selectOption(String(year));
  }

  /** The switch that sums 待审核, 已退回 and 草稿 reports too (by default only 已审定 ones). */
  async includeUnapproved() {
    await this.page.getByLabel(/计入未审定的报告/).check();
  }

  /** A cell of the summed tables, by its data-cell address (SPEC §8). */
  sumCell(address: CellAddress): Locator {
    return this.page.locator('.summary-tables').locator(`[data-print-cell="${cellId(address)}"]`);
  }

  flagged(): Locator {
    return this.page.getByRole('region', { name: /需要确认的报告/ });
  }

  include(agencyName: string): Locator {
    return this.flagged().getByLabel(`计入汇总：${agencyName}`);
  }

  async newRoster(name: string, text: string) {
    await this.page.getByLabel('按单位名单').check();
    await this.page.getByRole('button', { name: '新建名单' }).click();
    const dialog = this.page.getByRole('dialog', { name: '新建单位名单' });
    await dialog.getByLabel('名单名称').fill(name);
    await dialog.getByLabel('单位名称').fill(text);
    return dialog;
  }

  list(name: 'missing' | 'overdue' | 'extra' | 'duplicates'): Locator {
    return this.page.locator(`[data-list="${name}"]`);
  }

  unitRow(reportId: string): Locator {
    return this.page.locator(`.unit-table tr[data-report-id="${reportId}"]`);
  }

  /** Clicks an export button and returns the downloaded file's name and text. */
  async download(button: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: button }).click(),
    ]);
    return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
  }
}
