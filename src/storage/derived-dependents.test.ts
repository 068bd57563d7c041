// A change of what a report's checks read besides its own draft — last year's report (edited,
// imported, renamed, linked, deleted), 设置, its accepted warnings — marks its stored counts stale
// in the same transaction, and only those of the reports affected; the refresh then counts them as
// the editor would, without touching the reports, and never over a newer mark.
import { describe, expect, it, vi } from 'vitest';
import { checksInContext } from '../domain/checks/check-context';
import { qufuReport } from '../domain/fixtures/qufu-2021';
import { draftToReport, reportToDraft, writeDraftCell } from '../domain/report/draft-convert';
import type { ReportDraft } from '../domain/report/report-schema';
import { CHECKED_WITH } from '../domain/summary/summary-facts';
import { dependentsOf } from './derived-dependents';
import { refreshDerived } from './derived-refresh';
import { onDerivedStale, staleDerivedIds } from './derived-staleness';
import { toListItem } from './report-list-item';
import { toSumRecord } from './report-sum-record';
import { type Counts, type StoredReport, stampOf } from './stored-report';
import { freshRepo } from './test-helpers';

const TODAY = new Date(2022, 1, 10);
const ORGAN = '曲阜市人民政府办公室';

function sample(id: string, year: number, agencyName = ORGAN): ReportDraft {
  const d = reportToDraft(qufuReport());
  return { ...d, id, meta: { ...d.meta, agencyName, year } };
}

/** What the editor counts for `draft` with this previous year and the default settings. */
function editorCounts(draft: ReportDraft, previous: ReportDraft | null): Counts {
  const { counts } = checksInContext(
    draft,
    draftToReport(draft),
    {
      previous: previous ? draftToReport(previous) : null,
      requiredOtherMatters: ['processingFees'],
      accepted: {},
    },
    TODAY,
  );
  return { errorCount: counts.errors, warningCount: counts.warnings };
}

/** Last year's report with another 结转下年度继续办理 (自然人): this year's carry-over check changes. */
const withCarriedForward = (d: ReportDraft, text: string) =>
  writeDraftCell(d, { part: 'applications', row: 'carriedForward', column: 'natural' }, text);

/** 甲 2020 and 2021, and reports that do not read 甲 2020: another organ, 2022, 2020 itself. */
async function seeded() {
  const env = freshRepo();
  const { repo } = env;
  const last = sample('last', 2020);
  const current = sample('this', 2021);
  const create = (d: ReportDraft, previous: ReportDraft | null) =>
    repo.create(d, { counts: editorCounts(d, previous) });
  await create(last, null);
  await create(current, last);
  await create(sample('other-organ', 2021, '乙单位'), null);
  await create(sample('next-next', 2022), current);
  expect(await staleDerivedIds(env.db)).toEqual([]);
  return { ...env, last, current };
}

const content = (r: StoredReport | undefined) =>
  r && { draft: r.draft, review: r.review, revision: r.revision, writeId: r.writeId, updatedAt: r.updatedAt };

describe('a change of last year’s report', () => {
  it('an edit marks only this year’s report of the organ stale, without touching it; the refresh counts it with the edit', async () => {
    const { repo, db, last, current } = await seeded();
    const before = await db.reports.get('this');
    const cued = vi.fn();
    const unsubscribe = onDerivedStale(db, cued);
    const stored = (await repo.get('last'))!;
    const edited = withCarriedForward(last, '9');
    await repo.saveDraft('last', edited, stampOf(stored), editorCounts(edited, null));
    unsubscribe();

    expect(await staleDerivedIds(db)).toEqual(['this']);
    expect(cued).toHaveBeenCalled();
    const marked = (await db.reports.get('this'))!;
    expect(marked.checkedWith).toMatch(/^stale:/);
    expect(content(marked)).toEqual(content(before));
    expect((await db.reportList.get('this'))?.checkedWith).toBe(marked.checkedWith);
    expect((await db.reportSums.get('this'))?.checkedWith).toBe(marked.checkedWith);

    const expected = editorCounts(current, edited);
    expect(expected).not.toEqual(editorCounts(current, last)); // the edit changes this year's checks
    expect(await refreshDerived(db, ['this'], { now: TODAY })).toMatchObject({ refreshed: 1 });
    const after = (await db.reports.get('this'))!;
    expect(after).toEqual({ ...before, ...expected, checkedWith: CHECKED_WITH });
    expect(await db.reportList.get('this')).toEqual(toListItem(after));
    expect(await db.reportSums.get('this')).toEqual(toSumRecord(after));
    expect(await staleDerivedIds(db)).toEqual([]);
  });

  it('a write of counts alone (setCounts, the refresh) marks nothing and tells nobody', async () => {
    const { repo, db } = await seeded();
    const cued = vi.fn();
    const unsubscribe = onDerivedStale(db, cued);
    await repo.setCounts('last', { errorCount: 5, warningCount: 5 });
    unsubscribe();
    expect(await staleDerivedIds(db)).toEqual([]);
    expect(cued).not.toHaveBeenCalled();
  });

  it('an organ name written otherwise (spaces, full-width brackets) still names the same organ', async () => {
    const { repo, db } = await seeded();
    await repo.create(sample('variant', 2021, ` ${ORGAN}　`), { counts: { errorCount: 0, warningCount: 0 } });
    // a second 2021 report of the organ may be 2022's previous year: 2022's counts are stale
    expect(await staleDerivedIds(db)).toEqual(['next-next']);
    await refreshDerived(db, ['next-next'], { now: TODAY });
    await repo.softDelete('last');
    expect(await staleDerivedIds(db)).toEqual(['this', 'variant']);
  });

  it('deleting, restoring from 回收站, purging and creating last year’s report mark this year’s', async () => {
    const { repo, db } = await seeded();
    const settle = async () => {
      const ids = await staleDerivedIds(db);
      await refreshDerived(db, ids, { now: TODAY });
      return ids;
    };
    await repo.softDelete('last');
    expect(await settle()).toEqual(['this']);
    await repo.restore('last');
    expect(await settle()).toEqual(['this']);
    await repo.purge('last');
    expect(await settle()).toEqual(['this']);
    expect((await db.reports.get('this'))?.warningCount).toBe(
      editorCounts((await repo.get('this'))!.draft, null).warningCount,
    );
    await repo.create(sample('last-again', 2020), { counts: { errorCount: 0, warningCount: 0 } });
    expect(await settle()).toEqual(['this']);
    // an import of last year's report too
    const imported = (await repo.get('last-again'))!;
    await repo.replaceFromImport({ ...imported, draft: withCarriedForward(imported.draft, '3') });
    expect(await settle()).toEqual(['this']);
  });

  it('renaming last year’s report marks this year’s of the old name and of the new one', async () => {
    const { repo, db } = await seeded();
    await repo.create(sample('yi-2021', 2021, '乙局'), { counts: { errorCount: 0, warningCount: 0 } });
    await repo.setCounts('yi-2021', { errorCount: 0, warningCount: 0 });
    await repo.rename('last', '乙局');
    // the renamed report itself is counted again (another name, another previous year)
    expect(await staleDerivedIds(db)).toEqual(['last', 'this', 'yi-2021']);
  });

  it('a report linked to last year’s (previousYearId), under any name, is marked; linking marks the report itself', async () => {
    const { repo, db } = await seeded();
    await repo.create(sample('linked', 2021, '另一个名字'), { counts: { errorCount: 0, warningCount: 0 } });
    await repo.setPreviousYear('linked', 'last');
    expect(await staleDerivedIds(db)).toEqual(['linked']);
    await refreshDerived(db, ['linked'], { now: TODAY });
    expect(await dependentsOf(db, [{ id: 'last', agencyName: ORGAN, year: 2020 }])).toEqual(
      expect.arrayContaining(['linked', 'this']),
    );
    const stored = (await repo.get('last'))!;
    await repo.saveDraft('last', withCarriedForward(stored.draft, '2'), stampOf(stored), {
      errorCount: 0,
      warningCount: 0,
    });
    expect(await staleDerivedIds(db)).toEqual(['linked', 'this']);
  });

  it('a change between counting and writing leaves the report stale: the refresh never writes counts of the old context', async () => {
    const { repo, db, last } = await seeded();
    await repo.softDelete('next-next'); // not in the way
    const stored = (await repo.get('last'))!;
    const first = withCarriedForward(last, '9');
    const w = await repo.saveDraft('last', first, stampOf(stored), editorCounts(first, null));
    const second = withCarriedForward(last, '4');
    const outcome = await refreshDerived(db, ['this'], {
      now: TODAY,
      beforeWrite: async () => {
        await repo.saveDraft('last', second, w, editorCounts(second, null));
      },
    });
    expect(outcome).toMatchObject({ refreshed: 0, skipped: 1 });
    expect(await staleDerivedIds(db)).toEqual(['this']);
    await refreshDerived(db, ['this'], { now: TODAY });
    const after = (await db.reports.get('this'))!;
    expect({ errorCount: after.errorCount, warningCount: after.warningCount }).toEqual(
      editorCounts(after.draft, second),
    );
  });
});

describe('a change of 设置 or of the accepted warnings', () => {
  it('the required items of part 六 mark every report stale; other settings nothing', async () => {
    const { repo, db } = await seeded();
    const cued = vi.fn();
    const unsubscribe = onDerivedStale(db, cued);
    await repo.saveSettings({ reviewerName: '张三', showPreviousYear: true });
    expect(await staleDerivedIds(db)).toEqual([]);
    expect(cued).not.toHaveBeenCalled();
    await repo.saveSettings({ requiredOtherMatters: ['processingFees'] }); // the same items
    expect(await staleDerivedIds(db)).toEqual([]);
    const before = await db.reports.get('this');
    await repo.saveSettings({ requiredOtherMatters: ['processingFees', 'workPlan'] });
    expect(cued).toHaveBeenCalled();
    unsubscribe();
    expect(await staleDerivedIds(db)).toEqual(['last', 'next-next', 'other-organ', 'this']);
    expect(content(await db.reports.get('this'))).toEqual(content(before));
    await refreshDerived(db, await staleDerivedIds(db), { now: TODAY });
    expect(await staleDerivedIds(db)).toEqual([]);
  });

  it('accepting a warning alone (setAccepted) marks the report’s own counts stale', async () => {
    const { repo, db } = await seeded();
    const stored = (await repo.get('last'))!;
    await repo.setAccepted('last', { 'narrative-empty:problems.problems': 'x' }, stampOf(stored));
    // and, as any write of a report but one of its counts, those of the reports reading it
    expect(await staleDerivedIds(db)).toEqual(['last', 'this']);
  });
});

describe('a restored backup', () => {
  it('is stale and announced; a local report whose last year came with the backup is marked too', async () => {
    const { repo, db } = freshRepo();
    const current = sample('this', 2021);
    await repo.create(current, { counts: editorCounts(current, null) });
    const cued = vi.fn();
    const unsubscribe = onDerivedStale(db, cued);
    const last = (await (async () => {
      const other = freshRepo();
      await other.repo.create(sample('last', 2020), { counts: { errorCount: 0, warningCount: 0 } });
      return other.repo.backupEntries();
    })())!;
    await repo.restoreBackup('merge', last, []);
    unsubscribe();
    expect(cued).toHaveBeenCalled();
    expect(await staleDerivedIds(db)).toEqual(['last', 'this']);
    await refreshDerived(db, ['last', 'this'], { now: TODAY });
    expect((await db.reports.get('this'))?.warningCount).toBe(
      editorCounts(current, sample('last', 2020)).warningCount,
    );
  });
});
