// After an update of the app, the counts the reports list shows and the hard-check errors the 汇总
// flags units by are derived again at start-up for every report whose records older checks wrote
// — without opening any report, and without touching the reports themselves. Records already
// current are trusted: a reload does not derive them again.
import { expect, type Page, test } from '@playwright/test';
import { checksInContext } from '../src/domain/checks/check-context';
import { DEFAULT_REQUIRED_OTHER_MATTERS } from '../src/domain/checks/rules/narrative-empty';
import { qufuReport } from '../src/domain/fixtures/qufu-2021';
import { cellAddress } from '../src/domain/report/cell-address';
import { draftToReport, reportToDraft, writeDraftCell } from '../src/domain/report/draft-convert';
import type { ReportDraft } from '../src/domain/report/report-schema';
import { CHECKED_WITH, summaryFacts } from '../src/domain/summary/summary-facts';
import { newStoredRecord } from '../src/storage/report-fields';
import { toListItem } from '../src/storage/report-list-item';
import { sumRecords } from '../src/storage/report-sum-record';
import type { StoredReport } from '../src/storage/stored-report';
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

function expectedCounts(draft: ReportDraft, previous: ReportDraft | null) {
  const { counts } = checksInContext(
    draft,
    draftToReport(draft),
    {
      previous: previous ? draftToReport(previous) : null,
      requiredOtherMatters: DEFAULT_REQUIRED_OTHER_MATTERS,
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
