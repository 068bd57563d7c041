// 「汇总」 (issue 7): a supervisor imports three units' reports, sums them for 2021, settles which
// reports count, checks the roster for missing units, and exports the sum as CSV.
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { cellAddress } from '../src/domain/report/cell-address';
import { APPLICATION_ROW_LABELS, PROACTIVE_ROW_LABELS } from '../src/domain/report/labels';
import { parseCsv } from '../src/domain/summary/test-csv';
import { pasteInto } from './clipboard';
import { FIXTURE, matrixTsv } from './fixture-data';
import { ReportsListPage } from './pages/app-page';
import { manyUnitsBackup, unitName } from './summary-backup';
import { variantFile } from './summary-files';
import { importReportFile, SummaryViewPage } from './summary-page';

const natural = FIXTURE.applications.newReceived.natural; // 23 in the sample report
const newTotal = FIXTURE.applications.newReceived.total;

test('sum three imported reports: flagged report, roster, charts, CSV export', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // One report through the UI: the sample matrix pasted, exported as JSON.
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('曲阜市人民政府办公室', 2021);
  await editor.step('applications');
  await pasteInto(editor.cell(cellAddress('applications', 'newReceived', 'natural')), { text: matrixTsv() });
  await expect(editor.cell(cellAddress('applications', 'newReceived', 'total'))).toHaveText(String(newTotal));
  await editor.step('checks');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出JSON' }).click(),
  ]);
  const exported = await readFile((await download.path())!, 'utf8');

  // Three units' files from it (丙单位 leaves part 四 blank: it fails its own 必填 check),
  // and 甲单位's report of the year before, for the year-over-year line.
  const units = [
    { id: 'unit-jia', agencyName: '甲单位', fee: 0.1, appeals: true },
    { id: 'unit-yi', agencyName: '乙单位', fee: 0.2, appeals: true },
    { id: 'unit-bing', agencyName: '丙单位', fee: 24252.311082, appeals: false },
    { id: 'unit-jia-2020', agencyName: '甲单位', year: 2020, fee: 1, appeals: true },
  ];
  for (const u of units) await importReportFile(page, `${u.id}.json`, await variantFile(exported, u), u.id);

  const summary = new SummaryViewPage(page);
  await summary.goto();
  await summary.chooseYear(2021);
  // Only 已审定 reports are summed by default; these are drafts: the switch adds them, and says so.
  await expect(page.locator('[data-status-basis]')).toContainText('已审定0份；未审定的草稿4份未计入');
  await summary.includeUnapproved();

  // The report with errors and the UI-made one (part 二 and 四 blank) are listed, not summed.
  await expect(summary.include('丙单位')).not.toBeChecked();
  await expect(summary.include('曲阜市人民政府办公室')).not.toBeChecked();
  await expect(summary.flagged().locator('[data-report-id="unit-bing"]')).toContainText('错误');
  await expect(summary.sumCell(cellAddress('applications', 'newReceived', 'natural'))).toHaveText(
    String(2 * natural),
  );
  // Fees add exactly: 0.1 + 0.2 is 0.3, not 0.30000000000000004.
  await expect(summary.sumCell(cellAddress('proactive', 'fees', 'amount'))).toHaveText('0.3');

  await summary.include('丙单位').check();
  await expect(summary.sumCell(cellAddress('applications', 'newReceived', 'natural'))).toHaveText(
    String(3 * natural),
  );
  await expect(summary.sumCell(cellAddress('applications', 'newReceived', 'total'))).toHaveText(
    String(3 * newTotal),
  );
  await expect(summary.sumCell(cellAddress('proactive', 'fees', 'amount'))).toHaveText('24252.611082');
  // 丙单位's blank part 四 is reported as cells some members left blank, and the sum still balances.
  await expect(page.locator('.missing-cells summary')).toContainText('12个单元格');
  await expect(page.getByRole('region', { name: '汇总校验' })).toContainText('通过');

  // Per-unit table: three 2021 reports counted, the UI-made one shown as not counted.
  await expect(page.locator('.unit-table tbody tr[data-included="true"]')).toHaveCount(3);
  await expect(summary.unitRow('unit-bing').locator('[data-column="newReceived"]')).toHaveText(
    String(newTotal),
  );

  // A roster with one unit more than reported: that unit is 未报送; the UI-made report is not on it.
  const dialog = await summary.newRoster(
    '2021年报送单位',
    '序号\t单位名称\n1\t甲单位\n2\t乙单位\n3\t丙单位\n4\t丁单位\n',
  );
  await expect(dialog.getByRole('heading', { name: '识别出4个单位' })).toBeVisible();
  await dialog.getByRole('button', { name: '保存名单' }).click();
  await expect(dialog).toBeHidden();
  await expect(summary.list('missing')).toContainText('未报送的单位（1）');
  await expect(summary.list('missing').getByRole('listitem')).toHaveText(['丁单位']);
  await expect(summary.list('extra')).toContainText('曲阜市人民政府办公室');
  await expect(summary.sumCell(cellAddress('applications', 'newReceived', 'natural'))).toHaveText(
    String(3 * natural),
  );

  // Charts: SVGs with role img and their figures in words; the year-over-year line with 2020.
  const applicants = page.locator('[data-chart="applicants"] svg[role="img"]');
  await expect(applicants).toBeVisible();
  await expect(applicants).toHaveAttribute('aria-label', new RegExp(`自然人${3 * natural}件`));
  await expect(page.locator('[data-chart="handling"] svg[role="img"]')).toBeVisible();
  await expect(page.locator('[data-chart="years"] svg[role="img"]')).toHaveAttribute(
    'aria-label',
    /2020年至2021年/,
  );
  await expect(page.locator('[data-chart="years"] table')).toContainText('2020年');

  // No serious or critical accessibility violations in the view (WCAG 2.1 AA, axe best practices).
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .include('.summary-page')
    .analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

  // CSV: UTF-8 with a BOM, numbers matching the sum.
  const csv = await summary.download('导出汇总CSV');
  expect(csv.name).toMatch(/\.csv$/);
  expect(csv.text.charCodeAt(0)).toBe(0xfeff);
  const rows = parseCsv(csv.text.slice(1));
  const row = (label: string) => rows.find((r) => r[0] === label);
  expect(rows.find((r) => r[0] === '汇总单位数')?.[1]).toBe('3');
  expect(row(APPLICATION_ROW_LABELS.newReceived)?.slice(1, 8)).toEqual(
    Object.values(FIXTURE.applications.newReceived).map((v) => String(3 * v)),
  );
  expect(row(APPLICATION_ROW_LABELS.totalHandled)?.[7]).toBe(
    String(3 * FIXTURE.applications.totalHandled.total),
  );
  expect(row(PROACTIVE_ROW_LABELS.fees)?.[1]).toBe('24252.611082');

  const units2021 = await summary.download('导出单位明细CSV');
  const unitRows = parseCsv(units2021.text.slice(1));
  expect(
    unitRows
      .slice(1)
      .map((r) => r[0])
      .sort(),
  ).toEqual(['丙单位', '乙单位', '甲单位'].sort());

  // JSON: the report envelope with the summed report and a `summary` block naming the members.
  const json = JSON.parse((await summary.download('导出汇总JSON')).text);
  expect(json.format).toBe('gov-info-disclosure-annual-report');
  expect(json.report.applications.newReceived.natural).toBe(3 * natural);
  expect(json.report.proactive.fees.amount).toBe(24252.611082);
  expect(json.summary.members.map((m: { id: string }) => m.id).sort()).toEqual([
    'unit-bing',
    'unit-jia',
    'unit-yi',
  ]);

  // Print: the button prints; print media shows the summed tables and charts and hides the rest.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: '打印汇总' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.summary-tables')).toBeVisible();
  await expect(page.locator('[data-chart="handling"] svg')).toBeVisible();
  await expect(page.getByRole('heading', { name: '汇总范围' })).toBeHidden();
  await expect(page.locator('.unit-section')).toBeHidden();
  await expect(page.locator('.app-header')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Click through to a unit's report.
  await summary.unitRow('unit-jia').getByRole('link', { name: '甲单位' }).click();
  await expect(page).toHaveURL(/#\/r\/unit-jia\/checks/);
  expect(errors).toEqual([]);
});

test('1,000 units restored from a backup: the sum, and a windowed per-unit table that sorts and filters', async ({
  page,
}) => {
  const count = 1000;
  await page.goto('/#/');
  await page.getByTestId('restore-input').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(await manyUnitsBackup(count, 2021), 'utf8'),
  });
  await page.getByRole('dialog', { name: '恢复备份' }).getByRole('button', { name: '替换全部' }).click();
  await expect(page.getByText(`已用备份替换全部报告（${count}份报告）`)).toBeVisible({ timeout: 20_000 });

  const summary = new SummaryViewPage(page);
  await summary.goto();
  await summary.includeUnapproved(); // the units' reports are 待审核
  // Σ (23 + i) for i < 1000
  const expected = count * natural + (count * (count - 1)) / 2;
  await expect(summary.sumCell(cellAddress('applications', 'newReceived', 'natural'))).toHaveText(
    String(expected),
    {
      timeout: 20_000,
    },
  );
  await expect(page.getByRole('heading', { name: `各单位情况（${count}）` })).toBeVisible();

  // Only the rows in view are in the DOM; the table still tells its full size.
  const table = page.locator('table.unit-table');
  await expect(table).toHaveAttribute('aria-rowcount', String(count + 1));
  const rendered = page.locator('.unit-table tbody tr[data-report-id]');
  expect(await rendered.count()).toBeLessThan(100);

  // Sort by 「一、本年新收…」 (a number column sorts largest first on the first click): the largest
  // unit first, the smallest at the very bottom.
  await table.getByRole('button', { name: /一、本年新收/ }).click();
  await expect(table.locator('th[aria-sort="descending"]')).toHaveCount(1);
  await expect(rendered.first()).toContainText(unitName(count - 1));
  await page.locator('.unit-table-wrap').evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect(page.locator(`.unit-table tr[data-report-id="u-2021-0"]`)).toBeVisible();
  await expect(rendered.last()).toHaveAttribute('aria-rowindex', String(count + 1));
  expect(await rendered.count()).toBeLessThan(100);

  // Filter by organ name.
  await page.getByLabel('按机关名称筛选单位').fill(unitName(500));
  await expect(rendered).toHaveCount(1);
  await expect(rendered.locator('[data-column="newReceived"]')).toHaveText(String(natural + 500));
});
