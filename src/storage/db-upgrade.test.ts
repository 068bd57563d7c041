// A database created by an older release must open with the current code, data intact.
// When a version is added to db.ts, add its shape here and keep the older cases.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { qufuReport } from '../domain/fixtures/qufu-2021';
import { reportToDraft, writeDraftCell } from '../domain/report/draft-convert';
import { emptyReview } from '../domain/report/empty-review';
import { hardCheckedReport, hardErrorCount } from '../domain/summary/hard-checks';
import { CHECKED_WITH, summaryErrorCount } from '../domain/summary/summary-facts';
import { NianbaoDb } from './db';
import { dependentsOf } from './derived-dependents';
import { staleDerivedIds } from './derived-staleness';
import { type ReportListItem, toListItem } from './report-list-item';
import { createReportRepository } from './report-repository';
import { sumRecords } from './report-sum-record';
import type { StoredReport } from './stored-report';
import { draftOf } from './test-helpers';

/** The schema exactly as release 1 declared it (copied from db.ts version 1: never edit). */
function openV1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    reports: 'id, agencyName, year, [agencyName+year], deletedAt, updatedAt, status',
    versions: '++id, reportId, [reportId+at]',
    settings: 'key',
    rosters: 'id',
  });
  return v1;
}

/** The schema exactly as release 2 declared it (db.ts versions 1 and 2: never edit). */
function openV2(name: string) {
  const v2 = openV1(name);
  v2.version(2).stores({
    reports: 'id, agencyName, year, [agencyName+year], deletedAt, updatedAt, status, kind',
    versions: '++id, reportId, [reportId+at], [reportId+reason]',
  });
  return v2;
}

/** The schema exactly as release 3 declared it (db.ts versions 1 to 3: never edit). */
function openV3(name: string) {
  const v3 = openV2(name);
  v3.version(3).stores({ reportList: 'id, agencyName, year, status, deletedAt, kind, updatedAt' });
  return v3;
}

/** The schema exactly as release 4 declared it (db.ts versions 1 to 4: never edit). */
function openV4(name: string) {
  const v4 = openV3(name);
  v4.version(4).stores({ reportSums: 'id, kind' });
  return v4;
}

/** The schema exactly as release 5 declared it (db.ts versions 1 to 5: never edit). */
function openV5(name: string) {
  const v5 = openV4(name);
  v5.version(5).stores({
    reportList: 'id, agencyName, year, status, deletedAt, kind, updatedAt, checkedWith',
    reportSums: 'id, kind, checkedWith',
  });
  return v5;
}

/** The schema exactly as release 6 declared it (db.ts versions 1 to 6: never edit). */
function openV6(name: string) {
  const v6 = openV5(name);
  v6.version(6).stores({
    reports: 'id, agencyName, year, [agencyName+year], deletedAt, updatedAt, status, kind, previousYearId',
    reportList: 'id, agencyName, year, status, deletedAt, kind, updatedAt, checkedWith, [organ+year]',
  });
  return v6;
}

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/** A report as release 1 wrote it: no `kind` field. */
function v1Report(id: string, agencyName: string, year: number) {
  const draft = draftOf(id, agencyName, year);
  return {
    id,
    revision: 3,
    createdAt: '2024-01-05T01:00:00.000Z',
    updatedAt: '2024-01-06T01:00:00.000Z',
    deletedAt: null,
    draft,
    review: emptyReview(),
    acceptedFingerprints: { 'carry-over:natural': 'abc' },
    previousYearId: null,
    importSummary: null,
    agencyName,
    year,
    status: 'draft',
    errorCount: 2,
    warningCount: 1,
  };
}

describe('schema upgrade', () => {
  it('upgrades a version-1 database: data intact, kind filled, new indexes usable, list filled', async () => {
    const name = `nianbao-upgrade-${crypto.randomUUID()}`;
    const old = openV1(name);
    const a = v1Report('a', '甲局', 2023);
    const b = { ...v1Report('b', '乙局', 2024), deletedAt: '2024-02-01T00:00:00.000Z', status: 'approved' };
    b.draft.meta.reportKind = 'government';
    await old.table('reports').bulkAdd([a, b]);
    await old.table('versions').add({
      reportId: 'a',
      at: '2024-01-05T02:00:00.000Z',
      revision: 2,
      reason: 'review',
      draft: a.draft,
    });
    await old.table('settings').put({ key: 'app', value: { reviewerName: '张三' } });
    await old
      .table('rosters')
      .put({ id: 'r1', name: '县直部门', year: 2024, units: ['甲局'], updatedAt: a.updatedAt });
    old.close();

    const db = new NianbaoDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    const repo = createReportRepository(db);

    const upgraded = await repo.get('a');
    expect(upgraded).toEqual({ ...a, kind: 'draft' });
    // v2's kind index is populated for old records
    expect((await repo.list({ kind: 'draft', includeDeleted: true })).map((r) => r.id).sort()).toEqual([
      'a',
      'b',
    ]);
    // v3's list records exist for every old report, with kind filled by v2's upgrade before
    const expectedList: ReportListItem[] = [
      {
        id: 'a',
        agencyName: '甲局',
        organ: '甲局',
        year: 2023,
        reportKind: 'department',
        status: 'draft',
        errorCount: 2,
        warningCount: 1,
        updatedAt: a.updatedAt,
        createdAt: a.createdAt,
        deletedAt: null,
        kind: 'draft',
      },
      {
        id: 'b',
        agencyName: '乙局',
        organ: '乙局',
        year: 2024,
        reportKind: 'government',
        status: 'approved',
        errorCount: 2,
        warningCount: 1,
        updatedAt: b.updatedAt,
        createdAt: b.createdAt,
        deletedAt: b.deletedAt,
        kind: 'draft',
      },
    ];
    expect((await db.reportList.toArray()).sort(byId)).toEqual(expectedList);
    expect(await repo.listSummaries()).toEqual([expectedList[0]]);
    expect(await repo.listSummaries({ onlyDeleted: true })).toEqual([expectedList[1]]);
    // the new reportList indexes are usable
    expect(await db.reportList.where('status').equals('approved').primaryKeys()).toEqual(['b']);
    expect(await repo.list({ kind: 'reference' })).toEqual([]);
    // the new versions index covers versions written by v1
    const pinned = await db.versions.where('[reportId+reason]').equals(['a', 'review']).count();
    expect(pinned).toBe(1);
    expect((await repo.getSettings()).reviewerName).toBe('张三');
    expect((await repo.listRosters()).map((r) => r.units)).toEqual([['甲局']]);
    db.close();
  });

  it('upgrades a version-2 database: the list holds drafts and references alike', async () => {
    const name = `nianbao-upgrade-${crypto.randomUUID()}`;
    const old = openV2(name);
    const own = { ...v1Report('own', '甲局', 2024), kind: 'draft' } as unknown as StoredReport;
    const ref = { ...v1Report('ref', '甲局', 2023), kind: 'reference' } as unknown as StoredReport;
    await old.table('reports').bulkAdd([own, ref]);
    old.close();

    const db = new NianbaoDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    const repo = createReportRepository(db);
    expect((await db.reportList.toArray()).sort(byId)).toEqual([toListItem(own), toListItem(ref)]);
    expect((await repo.listSummaries({ kind: 'reference' })).map((r) => r.id)).toEqual(['ref']);
    // last year's report is found through the list records, and read whole
    expect(await repo.findPreviousYear(own)).toEqual(ref);
    db.close();
  });

  it('upgrades a version-3 database: a checked 汇总 record for every report, malformed ones skipped', async () => {
    const name = `nianbao-upgrade-${crypto.randomUUID()}`;
    const old = openV3(name);
    // Real data: the sample report (balanced, no errors), a copy with a slip in part 三 and a
    // blank 机关名称, one in 回收站, a 参考 report, and a record whose draft is missing.
    const sample = reportToDraft(qufuReport());
    const good = {
      ...v1Report('good', sample.meta.agencyName, 2021),
      kind: 'draft',
      draft: { ...sample, id: 'good' },
    };
    const slipped = writeDraftCell(
      { ...sample, id: 'slip', meta: { ...sample.meta, agencyName: '' } },
      { part: 'applications', row: 'newReceived', column: 'natural' },
      '1２a',
    );
    const slip = { ...v1Report('slip', '', 2021), kind: 'draft', draft: slipped };
    const trashed = {
      ...good,
      id: 'trash',
      draft: { ...sample, id: 'trash' },
      deletedAt: '2024-02-01T00:00:00.000Z',
    };
    const ref = { ...good, id: 'ref', kind: 'reference', draft: { ...sample, id: 'ref' } };
    const broken = { ...v1Report('broken', '坏局', 2021), kind: 'draft', draft: undefined };
    const all = [good, slip, trashed, ref, broken] as unknown as StoredReport[];
    await old.table('reports').bulkAdd(all);
    await old.table('reportList').bulkAdd(all.filter((r) => r.id !== 'broken').map(toListItem));
    old.close();

    const db = new NianbaoDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    const sums = (await db.reportSums.toArray()).sort(byId);
    expect(sums.map((r) => r.id)).toEqual(['good', 'ref', 'slip', 'trash']);
    const today = new Date(2024, 5, 1);
    for (const sum of sums) {
      const stored = all.find((r) => r.id === sum.id)!;
      const checked = hardCheckedReport(stored.draft, today);
      expect(sum.numbers.applications).toEqual(checked.report.applications);
      expect(sum.numbers.appeals).toEqual(checked.report.appeals);
      expect(sum.numbers.proactive).toEqual(checked.report.proactive);
      expect(sum.numbers.meta).toEqual(checked.report.meta);
      expect(summaryErrorCount(sum, today)).toBe(checked.errorCount);
      expect(sum).toMatchObject({ kind: stored.kind, deletedAt: stored.deletedAt, status: stored.status });
    }
    expect(summaryErrorCount(sums.find((r) => r.id === 'good')!, today)).toBe(0);
    expect(summaryErrorCount(sums.find((r) => r.id === 'slip')!, today)).toBe(hardErrorCount(slipped, today));
    expect(hardErrorCount(slipped, today)).toBeGreaterThan(1);
    // the 汇总 reads them through the repository: own live reports only
    const repo = createReportRepository(db);
    expect((await repo.listSums({ kind: 'draft' })).map((r) => r.id).sort()).toEqual(['good', 'slip']);
    // the reports themselves are untouched, the malformed one included
    expect(await db.reports.count()).toBe(5);
    expect(await repo.get('good')).toEqual(good);
    db.close();
  });

  it('upgrades a version-4 database: records intact, all of them stale until derived again', async () => {
    const name = `nianbao-upgrade-${crypto.randomUUID()}`;
    const old = openV4(name);
    const sample = reportToDraft(qufuReport());
    // counts and 汇总 records as release 4 wrote them, by its checks: here deliberately wrong
    const a = {
      ...v1Report('a', sample.meta.agencyName, 2021),
      kind: 'draft',
      draft: { ...sample, id: 'a' },
    };
    const b = { ...a, id: 'b', draft: { ...sample, id: 'b' } };
    const all = [a, b] as unknown as StoredReport[];
    const list = all.map(toListItem);
    const sums = sumRecords(all).map((s) => ({ ...s, errorsApartFromMeta: 5 }));
    await old.table('reports').bulkAdd(all);
    await old.table('reportList').bulkAdd(list);
    await old.table('reportSums').bulkAdd(sums);
    old.close();

    const db = new NianbaoDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    // nothing rewritten by the upgrade
    expect((await db.reports.toArray()).sort(byId)).toEqual(all);
    expect((await db.reportList.toArray()).sort(byId)).toEqual(list);
    expect((await db.reportSums.toArray()).sort(byId)).toEqual(sums);
    // the new index is usable, and the old records (without a marker) are stale
    expect(await db.reportList.where('checkedWith').equals(CHECKED_WITH).count()).toBe(0);
    expect(await staleDerivedIds(db)).toEqual(['a', 'b']);
    const repo = createReportRepository(db);
    await repo.refreshDerived(['a', 'b']);
    expect(await staleDerivedIds(db)).toEqual([]);
    const sumA = await db.reportSums.get('a');
    expect(sumA?.errorsApartFromMeta).toBe(0);
    expect(sumA?.checkedWith).toBe(CHECKED_WITH);
    expect((await db.reportList.get('a'))?.warningCount).toBe(6);
    expect((await repo.get('a'))?.updatedAt).toBe(a.updatedAt);
    db.close();
  });

  it('upgrades a version-5 database: list records gain their organ key, both new indexes find last year’s readers', async () => {
    const name = `nianbao-upgrade-${crypto.randomUUID()}`;
    const old = openV5(name);
    const make = (id: string, agencyName: string, year: number, previousYearId: string | null) => ({
      ...v1Report(id, agencyName, year),
      kind: 'draft',
      previousYearId,
      checkedWith: CHECKED_WITH,
    });
    const all = [
      make('last', '甲局', 2023, null),
      make('this', '甲局 ', 2024, null),
      make('linked', '甲局（新名）', 2024, 'last'),
      make('other', '乙局', 2024, null),
    ] as unknown as StoredReport[];
    // list records as release 5 wrote them: no organ key
    const list = all.map((r) => {
      const { organ: _, ...rest } = toListItem(r);
      return rest;
    });
    await old.table('reports').bulkAdd(all);
    await old.table('reportList').bulkAdd(list);
    await old.table('reportSums').bulkAdd(sumRecords(all));
    old.close();

    const db = new NianbaoDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect((await db.reportList.toArray()).sort(byId)).toEqual(all.map(toListItem).sort(byId));
    expect((await db.reports.toArray()).sort(byId)).toEqual([...all].sort(byId));
    expect((await dependentsOf(db, [{ id: 'last', agencyName: '甲局', year: 2023 }])).sort()).toEqual([
      'linked',
      'this',
    ]);
    // nothing was marked stale by the upgrade
    expect(await staleDerivedIds(db)).toEqual([]);
    db.close();
  });

  it('upgrades a version-6 database: organ keys written again without invisible characters', async () => {
    const name = `nianbao-upgrade-${crypto.randomUUID()}`;
    const old = openV6(name);
    const make = (id: string, agencyName: string, year: number) => ({
      ...v1Report(id, agencyName, year),
      kind: 'draft',
      previousYearId: null,
      checkedWith: CHECKED_WITH,
    });
    const all = [
      make('last', '丙县\u200b财政局', 2023),
      make('this', '丙县财政局', 2024),
    ] as unknown as StoredReport[];
    // list records as release 6 wrote them: the zero-width space kept in the organ key
    const list = all.map((r) => ({ ...toListItem(r), organ: r.agencyName.replace(/\s/g, '') }));
    await old.table('reports').bulkAdd(all);
    await old.table('reportList').bulkAdd(list);
    await old.table('reportSums').bulkAdd(sumRecords(all));
    old.close();

    const db = new NianbaoDb(name);
    await db.open();
    expect(db.verno).toBe(7);
    expect((await db.reportList.toArray()).map((r) => r.organ)).toEqual(['丙县财政局', '丙县财政局']);
    expect(await dependentsOf(db, [{ id: 'last', agencyName: '丙县财政局', year: 2023 }])).toEqual(['this']);
    db.close();
  });

  it('creates a fresh database at the latest version', async () => {
    const db = new NianbaoDb(`nianbao-fresh-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(7);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'reportList',
      'reportSums',
      'reports',
      'rosters',
      'settings',
      'versions',
    ]);
    expect(db.reports.schema.indexes.map((i) => i.name)).toContain('kind');
    expect(db.reportList.schema.primKey.name).toBe('id');
    expect(db.reports.schema.indexes.map((i) => i.name)).toContain('previousYearId');
    expect(db.reportList.schema.indexes.map((i) => i.name).sort()).toEqual([
      '[organ+year]',
      'agencyName',
      'checkedWith',
      'deletedAt',
      'kind',
      'status',
      'updatedAt',
      'year',
    ]);
    db.close();
  });
});
