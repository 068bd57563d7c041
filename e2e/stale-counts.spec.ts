// After an update of the app, the counts the reports list shows and the hard-check errors the 汇总
// flags units by are derived again at start-up for every report whose records older checks wrote
// — without opening any report, and without touching the reports themselves. Records already
// current are trusted: a reload does not derive them again. A change the counts depend on that is
// not an edit of the report — last year's report edited, 设置, a restored backup — is counted at
// once, without a reload.
import { expect, type Page, test } from '@playwright/test';
import { checksInContext } from '../src/domain/checks/check-context';
import { DEFAULT_REQUIRED_OTHER_MATTERS } from '../src/domain/checks/rules/narrative-empty';
import { qufuReport } from '../src/domain/fixtures/qufu-2021';
import { cellAddress } from '../src/domain/report/cell-address';
import { draftToReport, reportToDraft, writeDraftCell } from '../src/domain/report/draft-convert';
import { OTHER_MATTERS_KEYS, type OtherMattersKey } from '../src/domain/report/keys';
import { OTHER_MATTERS_LABELS } from '../src/domain/report/labels';
import type { ReportDraft } from '../src/domain/report/report-schema';
import { CHECKED_WITH, summaryFacts } from '../src/domain/summary/summary-facts';
import { newStoredRecord } from '../src/storage/report-fields';
import { toListItem } from '../src/storage/report-list-item';
import { sumRecords } from '../src/storage/report-sum-record';
import type { StoredReport } from '../src/storage/stored-report';
import { EditorPage } from './pages/app-page';
import { replaceStoredTables } from './raw-store';
import { SummaryViewPage } from './summary-page';

const OLDER = '2020.1/1';

function sample(id: string, agencyName: string, year: number): ReportDraft {
  const d = reportToDraft(qufuReport());
  return { ...d, id, meta: { ...d.meta, agencyName, year, title: `${agencyName}${year}年报告` } };
}

// 甲单位 2021 (its 2020 report is here too: carry-over and 内容雷同 count) and 乙单位 2021 with a
// slip in part 三 (hard-check errors). An older release stored wrong counts for both, flagged
// 甲单位 in the 汇总 and not 乙单位.
const last = sample('jia-2020', '甲单位', 2020);
const jia = sample('jia-2021', '甲单位', 2021);
const yi = writeDraftCell(
  sample('yi-2021', '乙单位', 2021),
  cellAddress('applications', 'newReceived', 'natural'),
  '1２a',
);

function expectedCounts(
  draft: ReportDraft,
  previous: ReportDraft | null,
  requiredOtherMatters: readonly OtherMattersKey[] = DEFAULT_REQUIRED_OTHER_MATTERS,
) {
  const { counts } = checksInContext(
    draft,
    draftToReport(draft),
    {
      previous: previous ? draftToReport(previous) : null,
      requiredOtherMatters,
      accepted: {},
    },
    new Date(),
  );
  return { errors: counts.errors, warnings: counts.warnings };
}

function seed(): { reports: StoredReport[] } {
  const at = '2025-01-20T02:00:00.000Z';
  const stored = (d: ReportDraft, errorCount: number, warningCount: number) => {
    const { checkedWith: _, ...r } = newStoredRecord(d, { counts: { errorCount, warningCount } }, at);
    return { ...r, checkedWith: OLDER };
  };
  const c = expectedCounts(last, null);
  return {
    reports: [
      { ...newStoredRecord(last, { counts: { errorCount: c.errors, warningCount: c.warnings } }, at) },
      stored(jia, 3, 0),
      stored(yi, 0, 0),
    ],
  };
}

type Raw = { reports: StoredReport[]; list: Record<string, unknown>[]; sums: Record<string, unknown>[] };

/** The three stores as IndexedDB holds them. */
function readRaw(page: Page): Promise<Raw> {
  return page.evaluate(
    () =>
      new Promise<Raw>((resolve, reject) => {
        const req = indexedDB.open('nianbao');
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['reports', 'reportList', 'reportSums']);
          const out: Record<string, unknown[]> = {};
          for (const [store, key] of [
            ['reports', 'reports'],
            ['reportList', 'list'],
            ['reportSums', 'sums'],
          ] as const) {
            const all = tx.objectStore(store).getAll();
            all.onsuccess = () => {
              out[key] = all.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out as unknown as Raw);
          };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
}

const row = (page: Page, id: string) => page.locator(`table.list tr[data-report-id="${id}"]`);

test('counts and 汇总 flags written by older checks are derived again at start, without opening a report', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/#/');
  await expect(page.getByText('还没有报告')).toBeVisible();
  const { reports } = seed();
  const sums = sumRecords(reports).map((s) =>
    s.id === 'jia-2021'
      ? { ...s, errorsApartFromMeta: 2 }
      : s.id === 'yi-2021'
        ? { ...s, errorsApartFromMeta: 0 }
        : s,
  );
  await replaceStoredTables(page, { reports, list: reports.map(toListItem), sums });
  await page.reload();

  const jiaCounts = expectedCounts(jia, last);
  const yiCounts = expectedCounts(yi, null);
  // what the checks say differs from what the older release stored
  expect(jiaCounts).not.toEqual({ errors: 3, warnings: 0 });
  expect(jiaCounts.errors).toBe(0);
  expect(yiCounts.errors).toBeGreaterThan(0);
  expect(summaryFacts(yi).errorsApartFromMeta).toBeGreaterThan(0);

  await expect(row(page, 'jia-2021')).toContainText(`错误 ${jiaCounts.errors}`);
  await expect(row(page, 'jia-2021')).toContainText(`警告 ${jiaCounts.warnings}`);
  await expect(row(page, 'yi-2021')).toContainText(`错误 ${yiCounts.errors}`);
  await expect(row(page, 'yi-2021')).toContainText(`警告 ${yiCounts.warnings}`);

  // The 汇总 flags 乙单位 (errors) and sums 甲单位, by the checks of this release.
  const summary = new SummaryViewPage(page);
  await summary.goto();
  await summary.chooseYear(2021);
  await summary.includeUnapproved();
  await expect(summary.flagged().locator('[data-report-id="yi-2021"]')).toContainText('错误');
  await expect(summary.flagged().locator('[data-report-id="jia-2021"]')).toHaveCount(0);
  await expect(summary.include('乙单位')).not.toBeChecked();

  // The reports are as they were: no new revision, 最后保存 unchanged; the records are current.
  await expect
    .poll(async () => (await readRaw(page)).list.every((r) => r.checkedWith === CHECKED_WITH))
    .toBe(true);
  const raw = await readRaw(page);
  for (const r of raw.reports) {
    const before = reports.find((s) => s.id === r.id)!;
    expect({ revision: r.revision, updatedAt: r.updatedAt, writeId: r.writeId, draft: r.draft }).toEqual({
      revision: before.revision,
      updatedAt: before.updatedAt,
      writeId: before.writeId,
      draft: before.draft,
    });
    expect(r.checkedWith).toBe(CHECKED_WITH);
  }
  expect(raw.sums.every((s) => s.checkedWith === CHECKED_WITH)).toBe(true);
  expect(errors).toEqual([]);

  // A reload derives nothing current again: a count planted in a current record stays (only a
  // record marked stale is derived), while one marked stale is corrected.
  const planted = raw.list.map((r) =>
    r.id === 'jia-2021'
      ? { ...r, warningCount: 77 }
      : r.id === 'yi-2021'
        ? { ...r, errorCount: 0, checkedWith: OLDER }
        : r,
  );
  await replaceStoredTables(page, {
    reports: raw.reports,
    list: planted as unknown as ReturnType<typeof toListItem>[],
    sums: raw.sums as unknown as ReturnType<typeof sumRecords>,
  });
  await page.goto('/#/');
  await page.reload();
  await expect(row(page, 'yi-2021')).toContainText(`错误 ${yiCounts.errors}`);
  await expect(row(page, 'jia-2021')).toContainText('警告 77');
  expect(errors).toEqual([]);
});

/** The app's nav link: a hash change, never a reload. */
const navTo = (page: Page, label: string) =>
  page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();

/** Set on the page: still there after the steps below, so none of them reloaded it. */
const markPage = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { noReload?: boolean }).noReload = true;
  });
const stillSamePage = (page: Page) =>
  page.evaluate(() => (window as unknown as { noReload?: boolean }).noReload === true);

test('a change of last year’s report or of 设置 shows in this year’s counts in the list, without a reload', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/#/');
  await expect(page.getByText('还没有报告')).toBeVisible();
  // Both current, as this release counts them: nothing stale at start.
  const at = '2025-01-20T02:00:00.000Z';
  const counted = (d: ReportDraft, previous: ReportDraft | null) => {
    const c = expectedCounts(d, previous);
    return newStoredRecord(d, { counts: { errorCount: c.errors, warningCount: c.warnings } }, at);
  };
  const reports = [counted(last, null), counted(jia, last)];
  await replaceStoredTables(page, { reports, list: reports.map(toListItem), sums: sumRecords(reports) });
  await page.reload();
  const before = expectedCounts(jia, last);
  await expect(row(page, 'jia-2021')).toContainText(`警告 ${before.warnings}`);
  await markPage(page);

  // The clerk corrects last year's 结转下年度继续办理 (自然人): this year's 上年结转 no longer matches.
  const carried = cellAddress('applications', 'carriedForward', 'natural');
  const edited = writeDraftCell(last, carried, '9');
  const after = expectedCounts(jia, edited);
  expect(after).not.toEqual(before);
  await row(page, 'jia-2020').getByRole('link').first().click();
  const editor = new EditorPage(page);
  await editor.step('applications');
  await editor.fillCell(carried, '9');
  await editor.saved();
  await navTo(page, '报告列表');
  await expect(row(page, 'jia-2021')).toContainText(`错误 ${after.errors}`);
  await expect(row(page, 'jia-2021')).toContainText(`警告 ${after.warnings}`);
  // 设置: one more required item of part 六, empty in this year's report.
  const extra = OTHER_MATTERS_KEYS.find(
    (k) =>
      !DEFAULT_REQUIRED_OTHER_MATTERS.includes(k) &&
      expectedCounts(jia, edited, [...DEFAULT_REQUIRED_OTHER_MATTERS, k]).warnings !== after.warnings,
  );
  if (!extra) throw new Error('no part 六 item is empty in the sample');
  const required = expectedCounts(jia, edited, [...DEFAULT_REQUIRED_OTHER_MATTERS, extra]);
  await navTo(page, '设置');
  // the box follows the stored setting (it shows what IndexedDB holds once written)
  const box = page.getByLabel(OTHER_MATTERS_LABELS[extra]);
  await box.click();
  await expect(box).toBeChecked();
  await navTo(page, '报告列表');
  await expect(row(page, 'jia-2021')).toContainText(`警告 ${required.warnings}`);
  expect(await stillSamePage(page)).toBe(true);

  // This year's report itself is as it was: only its counts moved.
  const raw = await readRaw(page);
  const jiaNow = raw.reports.find((r) => r.id === 'jia-2021')!;
  const jiaBefore = reports[1]!;
  expect({
    revision: jiaNow.revision,
    updatedAt: jiaNow.updatedAt,
    writeId: jiaNow.writeId,
    draft: jiaNow.draft,
  }).toEqual({
    revision: jiaBefore.revision,
    updatedAt: jiaBefore.updatedAt,
    writeId: jiaBefore.writeId,
    draft: jiaBefore.draft,
  });
  await expect
    .poll(async () => (await readRaw(page)).list.every((r) => r.checkedWith === CHECKED_WITH))
    .toBe(true);
  // the 汇总's record of it follows (it shows and weighs units by these counts)
  const sum = (await readRaw(page)).sums.find((s) => s.id === 'jia-2021');
  expect(sum).toMatchObject({ warningCount: required.warnings, checkedWith: CHECKED_WITH });
  expect(errors).toEqual([]);
});

test('a restored backup is counted right after the restore, and so is a report whose last year came with it', async ({
  page,
}, info) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/#/');
  await expect(page.getByText('还没有报告')).toBeVisible();
  // A backup holding last year's report with counts another release wrote.
  const at = '2025-01-20T02:00:00.000Z';
  const wrong = newStoredRecord(last, { counts: { errorCount: 7, warningCount: 7 } }, at);
  await replaceStoredTables(page, { reports: [wrong], list: [toListItem(wrong)], sums: sumRecords([wrong]) });
  await page.reload();
  await expect(row(page, 'jia-2020')).toContainText('警告 7');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '备份全部' }).click(),
  ]);
  const path = info.outputPath('backup.json');
  await download.saveAs(path);

  // This PC holds only this year's report, counted without a previous year.
  const alone = expectedCounts(jia, null);
  const here = newStoredRecord(
    jia,
    { counts: { errorCount: alone.errors, warningCount: alone.warnings } },
    at,
  );
  await replaceStoredTables(page, { reports: [here], list: [toListItem(here)], sums: sumRecords([here]) });
  await page.reload();
  await expect(row(page, 'jia-2021')).toContainText(`警告 ${alone.warnings}`);
  await markPage(page);

  await page.getByTestId('restore-input').setInputFiles(path);
  await page.getByRole('dialog', { name: '恢复备份' }).getByRole('button', { name: '合并' }).click();
  const lastCounts = expectedCounts(last, null);
  const withLast = expectedCounts(jia, last);
  expect(withLast).not.toEqual(alone);
  await expect(row(page, 'jia-2020')).toContainText(`警告 ${lastCounts.warnings}`);
  await expect(row(page, 'jia-2020')).toContainText(`错误 ${lastCounts.errors}`);
  await expect(row(page, 'jia-2021')).toContainText(`警告 ${withLast.warnings}`);
  await expect(row(page, 'jia-2021')).toContainText(`错误 ${withLast.errors}`);
  expect(await stillSamePage(page)).toBe(true);
  await expect
    .poll(async () => (await readRaw(page)).list.every((r) => r.checkedWith === CHECKED_WITH))
    .toBe(true);
  expect(errors).toEqual([]);
});
