// 「恢复备份」 → 「合并」 (issue 16, item 3): nothing in the backup is dropped, and a restore that
// cannot finish changes nothing. The full disk is real: Chromium's quota for the origin is lowered
// through CDP (Storage.overrideQuotaForOrigin), as a nearly full disk would.
import { expect, type Page, test } from '@playwright/test';
import { exportBackup } from '../src/domain/interchange/backup';
import type { BackupEntry } from '../src/domain/interchange/backup-schema';
import { backupEntry } from '../src/domain/interchange/test-backup-entry';
import { emptyDraft } from '../src/domain/report/empty-report';
import type { ReportDraft } from '../src/domain/report/report-schema';
import { CHECKED_WITH } from '../src/domain/summary/summary-facts';
import { dumpDatabase } from './hardening-idb';
import { ReportsListPage } from './pages/app-page';
import { unitDraft } from './summary-backup';

const OLD = '2020-03-01T08:00:00.000Z';

function entry(draft: ReportDraft, updatedAt: string, versions: BackupEntry['versions'] = []): BackupEntry {
  return backupEntry(draft, { at: OLD, updatedAt, revision: 4, versions });
}

const withProactive = (draft: ReportDraft, text: string): ReportDraft => ({
  ...draft,
  overview: { ...draft.overview, proactive: text },
});

async function chooseBackup(page: Page, text: string) {
  await page.getByTestId('restore-input').setInputFiles({
    name: '备份.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  return page.getByRole('dialog', { name: '恢复备份' });
}

type VersionRow = { reportId: string; reason: string; draft: ReportDraft };

test('「合并」 keeps the backup’s history versions, and the backup’s copy when the local one is newer', async ({
  page,
}) => {
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('合并测试甲', 2021);
  await editor.step('overview');
  await editor.field('overview.proactive').fill('本机较新的内容');
  await editor.saved();
  const id = editor.reportId;

  const mine = emptyDraft({ id, agencyName: '合并测试甲', year: 2021, reportKind: 'department' });
  const other = emptyDraft({
    id: 'merge-new',
    agencyName: '合并测试乙',
    year: 2021,
    reportKind: 'department',
  });
  const text = await exportBackup({
    reports: [
      entry(withProactive(mine, '备份中较旧的内容'), OLD, [
        {
          reportId: id,
          at: '2020-02-01T08:00:00.000Z',
          revision: 2,
          reason: 'step',
          draft: withProactive(mine, '更早的一版'),
        },
      ]),
      entry(withProactive(other, '乙的内容'), OLD, [
        { at: '2020-02-01T08:00:00.000Z', revision: 1, reason: 'step', draft: other },
        {
          at: '2020-02-02T08:00:00.000Z',
          revision: 3,
          reason: 'manual',
          draft: withProactive(other, '乙的草稿'),
        },
      ]),
    ],
    generator: 'nianbao e2e',
    now: new Date(OLD),
  });

  await list.goto();
  const dialog = await chooseBackup(page, text);
  await dialog.getByRole('button', { name: '合并' }).click();
  const done = page.getByRole('status').filter({ hasText: '已合并备份' });
  await expect(done).toContainText('新增1份');
  await expect(done).toContainText('保留本机较新的1份');

  const dump = await dumpDatabase(page);
  const versions = dump.versions!.values as VersionRow[];
  const proactive = (reportId: string) =>
    versions.filter((v) => v.reportId === reportId).map((v) => `${v.reason}:${v.draft.overview.proactive}`);
  // the backup's copy of 甲 (older than the local one) is a history version, and so is its own history
  expect(proactive(id)).toEqual(expect.arrayContaining(['import:备份中较旧的内容', 'step:更早的一版']));
  expect(proactive('merge-new').sort()).toEqual(['manual:乙的草稿', 'step:']);
  // the local, newer content stays current
  const reports = dump.reports!.values as { id: string; draft: ReportDraft }[];
  expect(reports.find((r) => r.id === id)?.draft.overview.proactive).toBe('本机较新的内容');

  // merging the same backup again adds nothing twice
  const again = await chooseBackup(page, text);
  await again.getByRole('button', { name: '合并' }).click();
  const second = page.getByRole('status').filter({ hasText: '已合并备份' });
  await expect(second).toContainText('相同1份');
  await expect(second).toContainText('加入历史版本0个');
  expect(((await dumpDatabase(page)).versions!.values as VersionRow[]).length).toBe(versions.length);
});

test('「合并」 of 2,000 reports on a nearly full disk writes nothing and says so; the button is off while it runs', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  const page = await context.newPage();
  // Room for the app and a few hundred reports, not for 2,000 (each is a few kB in IndexedDB). Set
  // before the first write: Chromium's IndexedDB caches the space left for up to 30 s.
  const cdp = await context.newCDPSession(page);
  const origin = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 8 * 1024 * 1024 });
  const list = new ReportsListPage(page);
  await list.goto();
  await list.createReport('磁盘已满测试', 2021);
  await list.goto();
  // A report created without counts is counted in idle time: wait for it, so the dump below is final.
  await expect
    .poll(async () =>
      ((await dumpDatabase(page)).reportList!.values as { checkedWith?: string }[]).every(
        (r) => r.checkedWith === CHECKED_WITH,
      ),
    )
    .toBe(true);
  const before = await dumpDatabase(page);

  const text = await exportBackup({
    reports: Array.from({ length: 2000 }, (_, i) => entry(unitDraft(i, 2021), OLD)),
    generator: 'nianbao e2e',
    now: new Date(OLD),
  });
  const dialog = await chooseBackup(page, text);
  await expect(dialog).toContainText('2000份报告');

  // What the page showed while the merge ran: the buttons switched off, a progress bar.
  await page.evaluate(() => {
    const seen = { disabled: false, progress: false, progressText: false };
    (window as unknown as { __restoreSeen: typeof seen }).__restoreSeen = seen;
    new MutationObserver(() => {
      const d = document.querySelector('dialog[open]');
      if (!d) return;
      if ([...d.querySelectorAll('button')].some((b) => b.textContent === '合并' && b.disabled))
        seen.disabled = true;
      if (d.querySelector('progress[aria-label="恢复进度"]')) seen.progress = true;
      const live = d.querySelector('[aria-live="polite"]');
      if (live && /正在恢复… [\d,]+ \/ 2,000 份/.test(live.textContent ?? '')) seen.progressText = true;
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await dialog.getByRole('button', { name: '合并' }).click();
  await expect(page.getByRole('alert')).toContainText('磁盘空间不足', { timeout: 60_000 });
  await expect(page.getByRole('alert')).toContainText('恢复失败：未恢复任何报告，本机数据未改变');
  expect(await page.evaluate(() => (window as unknown as { __restoreSeen: unknown }).__restoreSeen)).toEqual({
    disabled: true,
    progress: true,
    progressText: true,
  });
  expect(await dumpDatabase(page)).toEqual(before);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await context.close();
});
