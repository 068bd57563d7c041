// The stored counts, list records and 汇总 records of reports written by older checks are found
// from the index alone and derived again as the editor would count them, without changing the
// reports themselves; a save in between wins; a malformed record is skipped.
import { describe, expect, it } from 'vitest';
import { checksInContext } from '../domain/checks/check-context';
import { qufuReport } from '../domain/fixtures/qufu-2021';
import { draftToReport, reportToDraft, writeDraftCell } from '../domain/report/draft-convert';
import type { ReportDraft } from '../domain/report/report-schema';
import { CHECKED_WITH, summaryFacts } from '../domain/summary/summary-facts';
import type { NianbaoDb } from './db';
import { refreshDerived } from './derived-refresh';
import { staleDerivedIds } from './derived-staleness';
import { toListItem } from './report-list-item';
import { toSumRecord } from './report-sum-record';
import { putReport, reportTables } from './report-writes';
import type { StoredReport } from './stored-report';
import { draftOf, freshRepo } from './test-helpers';

const OLD = '2020.1/1';
const TODAY = new Date(2022, 1, 10);

function sample(id: string, year = 2021): ReportDraft {
  const d = reportToDraft(qufuReport());
  return { ...d, id, meta: { ...d.meta, year } };
}

/** A report as an older release left it: counts of its checks, marked with its catalogue (or none). */
async function putOld(db: NianbaoDb, record: StoredReport, mark: string | undefined = OLD): Promise<void> {
  const { checkedWith: _, ...rest } = record;
  const old: StoredReport = { ...rest, ...(mark ? { checkedWith: mark } : {}) };
  await db.transaction('rw', reportTables(db), async () => {
    await putReport(db, old);
  });
}

/** What the editor would show for `id` with this context. */
function editorCounts(
  draft: ReportDraft,
  previous: ReportDraft | null,
  extra: Partial<Parameters<typeof checksInContext>[2]> = {},
) {
  const { counts } = checksInContext(
    draft,
    draftToReport(draft),
    {
      previous: previous ? draftToReport(previous) : null,
      requiredOtherMatters: ['processingFees'],
      accepted: {},
      ...extra,
    },
    TODAY,
  );
  return { errorCount: counts.errors, warningCount: counts.warnings };
}

describe('staleness', () => {
  it('finds nothing when every record was counted with this code; a report created without counts is stale', async () => {
    const { repo, db } = freshRepo();
    await repo.create(sample('a'), { counts: { errorCount: 0, warningCount: 6 } });
    expect(await staleDerivedIds(db)).toEqual([]);
    expect((await db.reportList.get('a'))?.checkedWith).toBe(CHECKED_WITH);
    expect((await db.reportSums.get('a'))?.checkedWith).toBe(CHECKED_WITH);
    await repo.create(draftOf('b'));
    expect(await staleDerivedIds(db)).toEqual(['b']);
  });

  it('finds records of another catalogue, without one, and a stale 汇总 record alone', async () => {
    const { repo, db } = freshRepo();
    for (const id of ['cur', 'old', 'none', 'sum'])
      await repo.create(sample(id), { counts: { errorCount: 0, warningCount: 6 } });
    const get = async (id: string) => (await db.reports.get(id)) as StoredReport;
    await putOld(db, await get('old'));
    await putOld(db, await get('none'), undefined);
    const sum = toSumRecord(await get('sum'));
    await db.reportSums.put({ ...sum!, checkedWith: OLD });
    expect(await staleDerivedIds(db)).toEqual(['none', 'old', 'sum']);
  });

  it('a save, a restore of a version without counts and a backup keep the marker honest', async () => {
    const { repo, db } = freshRepo();
    const created = await repo.create(sample('a'), { counts: { errorCount: 0, warningCount: 6 } });
    await putOld(db, created);
    // a save counts with this code's checks
    const saved = await repo.saveDraft('a', sample('a'), created.revision, {
      errorCount: 0,
      warningCount: 6,
    });
    expect(await staleDerivedIds(db)).toEqual([]);
    // a restored version's draft without its counts: the old counts are stale
    const v = await repo.addVersion('a', 'manual', sample('a'));
    await repo.restoreVersion('a', v, saved);
    expect(await staleDerivedIds(db)).toEqual(['a']);
    // a backup does not carry the local marker (the restoring computer counts again)
    expect((await repo.backupEntries())[0]?.stored).not.toHaveProperty('checkedWith');
  });
});

describe('refreshDerived', () => {
  it('derives counts, list and 汇总 records again as the editor counts, and leaves the reports as they were', async () => {
    const { repo, db } = freshRepo();
    // last year's report of the same organ: carry-over and 内容雷同 warnings appear with it
    const last = await repo.create(sample('last', 2020), { counts: { errorCount: 0, warningCount: 6 } });
    // this year's, with a slip in part 三 (errors), one warning accepted with a 说明
    const slipped = writeDraftCell(
      { ...sample('this'), explanations: { 'narrative-empty:problems.problems': '无问题' } },
      { part: 'applications', row: 'newReceived', column: 'natural' },
      '1２a',
    );
    const accepted = { 'narrative-empty:problems.problems': 'empty' };
    const created = await repo.create(slipped, { acceptedFingerprints: accepted });
    await repo.saveSettings({ requiredOtherMatters: ['processingFees', 'workPlan'] });
    // an older release wrote wrong counts and a wrong 汇总 error count
    await putOld(db, { ...created, errorCount: 0, warningCount: 0 });
    const sum = await db.reportSums.get('this');
    await db.reportSums.put({ ...sum!, errorsApartFromMeta: 0 });
    const versionsBefore = await db.versions.count();
    const before = (await db.reports.get('this')) as StoredReport;

    const outcome = await refreshDerived(db, ['this'], { now: TODAY });
    expect(outcome).toMatchObject({ refreshed: 1, skipped: 0, failed: 0 });

    const expected = editorCounts(slipped, last.draft, {
      requiredOtherMatters: ['processingFees', 'workPlan'],
      accepted,
    });
    // the context counts: without last year, the settings or the acceptance the figures differ
    expect(expected).not.toEqual(editorCounts(slipped, null, { accepted }));
    expect(expected).not.toEqual(editorCounts(slipped, last.draft, { accepted }));
    expect(expected).not.toEqual(
      editorCounts(slipped, last.draft, { requiredOtherMatters: ['processingFees', 'workPlan'] }),
    );
    expect(expected.errorCount).toBeGreaterThan(0);
    const after = (await db.reports.get('this')) as StoredReport;
    expect(after).toEqual({ ...before, ...expected, checkedWith: CHECKED_WITH });
    // content, review, revision, identity and 最后保存 unchanged; no version recorded
    expect(after.draft).toEqual(before.draft);
    expect(after.review).toEqual(before.review);
    expect([after.revision, after.writeId, after.updatedAt]).toEqual([
      before.revision,
      before.writeId,
      before.updatedAt,
    ]);
    expect(await db.versions.count()).toBe(versionsBefore);
    // the list and 汇总 records follow, current
    expect(await db.reportList.get('this')).toEqual(toListItem(after));
    const sumAfter = await db.reportSums.get('this');
    expect(sumAfter).toEqual(toSumRecord(after));
    expect(sumAfter?.errorsApartFromMeta).toBe(summaryFacts(slipped).errorsApartFromMeta);
    expect(sumAfter?.errorsApartFromMeta).toBeGreaterThan(0);
    expect(sumAfter?.warningCount).toBe(expected.warningCount);
    // the change of 设置 marked last year's report stale too (it was counted with the old settings)
    expect(await staleDerivedIds(db)).toEqual(['last']);
  });

  it('a save of the report between counting and writing wins', async () => {
    const { repo, db } = freshRepo();
    const created = await repo.create(sample('a'), { counts: { errorCount: 0, warningCount: 6 } });
    await putOld(db, { ...created, errorCount: 9, warningCount: 9 });
    const edited = writeDraftCell(
      sample('a'),
      { part: 'applications', row: 'newReceived', column: 'natural' },
      '7',
    );
    const outcome = await refreshDerived(db, ['a'], {
      now: TODAY,
      beforeWrite: async () => {
        await repo.saveDraft('a', edited, created.revision, { errorCount: 3, warningCount: 1 });
      },
    });
    expect(outcome).toMatchObject({ refreshed: 0, skipped: 1 });
    const after = (await db.reports.get('a')) as StoredReport;
    expect(after).toMatchObject({
      revision: created.revision + 1,
      errorCount: 3,
      warningCount: 1,
      draft: edited,
    });
    expect(await db.reportList.get('a')).toEqual(toListItem(after));
  });

  it('skips a malformed record and a report gone, and refreshes the others', async () => {
    const { repo, db } = freshRepo();
    const good = await repo.create(sample('good'), { counts: { errorCount: 0, warningCount: 6 } });
    await putOld(db, { ...good, warningCount: 0 });
    const broken = { ...good, id: 'broken', draft: undefined } as unknown as StoredReport;
    await putOld(db, broken);
    expect(await staleDerivedIds(db)).toEqual(['broken', 'good']);
    const outcome = await refreshDerived(db, ['broken', 'gone', 'good'], { now: TODAY });
    expect(outcome).toMatchObject({ refreshed: 1, failed: 1, skipped: 1 });
    expect((await db.reportList.get('good'))?.warningCount).toBe(6);
    expect(await staleDerivedIds(db)).toEqual(['broken']);
    expect(await db.reports.get('broken')).toEqual({ ...broken, checkedWith: OLD });
  });

  it('runs through the repository (loaded on demand)', async () => {
    const { repo, db } = freshRepo();
    const created = await repo.create(sample('a'));
    expect(await repo.staleDerivedIds()).toEqual(['a']);
    const outcome = await repo.refreshDerived(['a']);
    expect(outcome.refreshed).toBe(1);
    expect(await repo.staleDerivedIds()).toEqual([]);
    expect((await db.reportList.get('a'))?.warningCount).toBeGreaterThan(0);
    expect((await repo.get('a'))?.updatedAt).toBe(created.updatedAt);
  });
});
