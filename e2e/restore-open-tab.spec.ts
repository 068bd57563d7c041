// 「恢复备份」 while the report is open in another tab (issue 16, item 1): the open tab must notice
// the restored report — by its write identity, not only by its revision number — and show it, and
// its next keystroke must never save the stale draft over the restored report. Two pages of one
// context are two tabs of one browser (one IndexedDB, change notices between them).
import { expect, type Page, test } from '@playwright/test';
import { exportBackup } from '../src/domain/interchange/backup';
import { backupEntry } from '../src/domain/interchange/test-backup-entry';
import { emptyDraft } from '../src/domain/report/empty-report';
import type { ReportDraft } from '../src/domain/report/report-schema';
import { storedReport } from './idb';
import { EditorPage, ReportsListPage } from './pages/app-page';

const OLD = '2020-03-01T08:00:00.000Z';

function backupOf(drafts: { draft: ReportDraft; revision: number }[]): Promise<string> {
  const reports = drafts.map(({ draft, revision }) => backupEntry(draft, { at: OLD, revision }));
  return exportBackup({ reports, generator: 'nianbao e2e', now: new Date(OLD) });
}

/** Tab B: 「恢复备份」 with this file, 「替换全部」. */
async function replaceAll(list: ReportsListPage, page: Page, text: string) {
  await list.goto();
  await page.getByTestId('restore-input').setInputFiles({
    name: '备份.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  const dialog = page.getByRole('dialog', { name: '恢复备份' });
  await dialog.getByRole('button', { name: '替换全部' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: '已用备份替换全部报告' }).first()).toBeVisible();
}

/** Tab A: one keystroke at the end of 主动公开, then wait until it is written. */
async function typeAtEnd(editor: EditorPage, text: string) {
  await editor.field('overview.proactive').click();
  await editor.page.keyboard.press('Control+End');
  await editor.page.keyboard.type(text);
  await editor.saved();
}

test('「恢复备份」「替换全部」 with the open report at the same revision: the open tab shows the restored report and never saves its stale draft over it', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const context = await browser.newContext();
  const a = await context.newPage();
  const listA = new ReportsListPage(a);
  await listA.goto();
  const editorA = await listA.createReport('恢复竞争测试局', 2021);
  await editorA.step('overview');
  const id = editorA.reportId;
  await editorA.field('overview.proactive').fill('甲窗口的第2版');
  await editorA.saved();
  await editorA.field('overview.proactive').fill('甲窗口的第3版');
  await editorA.saved();
  const revision = (await storedReport(a, id))!.revision;

  const draft = emptyDraft({ id, agencyName: '恢复竞争测试局', year: 2021, reportKind: 'department' });
  const restored = (text: string) => ({ ...draft, overview: { ...draft.overview, proactive: text } });
  const b = await context.newPage();
  const listB = new ReportsListPage(b);

  // The case: the file holds the same id at the same revision, with other content.
  await replaceAll(listB, b, await backupOf([{ draft: restored('备份中的内容'), revision }]));
  await expect(editorA.field('overview.proactive')).toHaveValue('备份中的内容');
  await typeAtEnd(editorA, '甲');
  expect((await storedReport(a, id))?.draft.overview?.proactive).toBe('备份中的内容甲');

  // A restore without the report (tab A says it is gone), then one that brings it back: it starts
  // again at revision 1 — the revision tab A opened it at. Tab A must show the restored report,
  // not the draft it had, and its keystroke must land on the restored report.
  const other = emptyDraft({
    id: 'restore-other',
    agencyName: '别的局',
    year: 2021,
    reportKind: 'department',
  });
  await replaceAll(listB, b, await backupOf([{ draft: other, revision: 1 }]));
  await expect(a.getByText('找不到这份报告')).toBeVisible();
  await replaceAll(listB, b, await backupOf([{ draft: restored('再次恢复的内容'), revision: 9 }]));
  expect((await storedReport(b, id))?.revision).toBe(1);
  await expect(editorA.field('overview.proactive')).toHaveValue('再次恢复的内容');
  await typeAtEnd(editorA, '乙');
  expect((await storedReport(a, id))?.draft.overview?.proactive).toBe('再次恢复的内容乙');

  // And tab B, opening the report now, sees the same.
  await b.goto(a.url());
  await expect(new EditorPage(b).field('overview.proactive')).toHaveValue('再次恢复的内容乙');
  await context.close();
});
