// Issue 15, defect 2: after 「批量审核」 the 汇总 listed 曲阜市人民政府办公室 as 「逾期未报送」 although
// its own report was 已审定 — the 参考报告 the audit saved counted as a unit. A 参考报告 never
// counts (unit, draft or late report) and is listed under the 「参考报告」 filter of the reports list,
// where the audit page says it is.
import { expect, test } from '@playwright/test';
import { cellAddress } from '../src/domain/report/cell-address';
import { emptyDraft } from '../src/domain/report/empty-report';
import { FIXTURE_TEXT } from './audit-texts';
import { FIXTURE } from './fixture-data';
import { unitDraft, unitsBackup } from './summary-backup';
import { SummaryViewPage } from './summary-page';

const QUFU = '曲阜市人民政府办公室';

test('批量审核 then 汇总: the audited text is a 参考报告, not a unit, draft or late report', async ({
  page,
}) => {
  // The unit's own report of 2021, 已审定, restored on the supervisor's computer.
  const own = { ...unitDraft(0, 2021), id: 'qufu-own' };
  own.meta = { ...emptyDraft({ id: own.id, agencyName: QUFU, year: 2021, reportKind: 'department' }).meta };
  await page.goto('/#/');
  await page.getByTestId('restore-input').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(await unitsBackup([{ draft: own, status: 'approved' }]), 'utf8'),
  });
  await page.getByRole('dialog', { name: '恢复备份' }).getByRole('button', { name: '替换全部' }).click();
  await expect(page.getByText('已用备份替换全部报告（1份报告）')).toBeVisible();

  // 批量审核 of the unit's published text.
  await page.goto('/#/audit');
  await page
    .getByLabel('选择文件（可多选：.txt、.html、.docx、.pdf）')
    .setInputFiles({ name: 'qufu-2021.txt', mimeType: 'text/plain', buffer: Buffer.from(FIXTURE_TEXT) });
  await page.getByRole('button', { name: '开始审核（1篇）' }).click();
  await expect(page.locator('tr[data-audit-row]')).toHaveCount(1);

  // Where the page says the reference is: the list's 「参考报告」.
  await page.getByRole('link', { name: '报告列表的「参考报告」' }).click();
  const rows = page.locator('table[aria-label="报告"] tbody tr[data-report-id]');
  await expect(page.getByRole('combobox', { name: '按类别筛选' })).toHaveValue('reference');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(QUFU);
  await expect(rows.first()).toContainText('参考报告');
  await page.getByRole('combobox', { name: '按类别筛选' }).selectOption('units');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-report-id', 'qufu-own');

  // The 汇总 of 2021: one unit, 已审定, nothing late, nothing to confirm, the sum is the unit's alone.
  const summary = new SummaryViewPage(page);
  await summary.goto();
  await summary.chooseYear(2021);
  await expect(page.getByRole('heading', { name: '各单位情况（1）' })).toBeVisible();
  await expect(summary.unitRow('qufu-own')).toContainText('已审定');
  await expect(summary.list('overdue')).toHaveCount(0);
  await expect(summary.flagged()).toHaveCount(0);
  await expect(summary.sumCell(cellAddress('applications', 'newReceived', 'natural'))).toHaveText(
    String(FIXTURE.applications.newReceived.natural),
  );
});
