// A database created by an older release must open with the current code, data intact.
// When a version is added to db.ts, add its shape here and keep the older cases.
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { emptyReview } from '../domain/report/review-schema';
import { NianbaoDb } from './db';
import { createReportRepository } from './report-repository';
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
  it('upgrades a version-1 database: data intact, kind filled, new indexes usable', async () => {
    const name = `nianbao-upgrade-${crypto.randomUUID()}`;
    const old = openV1(name);
    const a = v1Report('a', '甲局', 2023);
    const b = v1Report('b', '乙局', 2024);
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
    expect(db.verno).toBe(2);
    const repo = createReportRepository(db);

    const upgraded = await repo.get('a');
    expect(upgraded).toEqual({ ...a, kind: 'draft' });
    // the new kind index is populated for old records
    expect((await repo.list({ kind: 'draft' })).map((r) => r.id).sort()).toEqual(['a', 'b']);
    expect(await repo.list({ kind: 'reference' })).toEqual([]);
    // the new versions index covers versions written by v1
    const pinned = await db.versions.where('[reportId+reason]').equals(['a', 'review']).count();
    expect(pinned).toBe(1);
    expect((await repo.getSettings()).reviewerName).toBe('张三');
    expect((await repo.listRosters()).map((r) => r.units)).toEqual([['甲局']]);
    db.close();
  });

  it('creates a fresh database at the latest version', async () => {
    const db = new NianbaoDb(`nianbao-fresh-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['reports', 'rosters', 'settings', 'versions']);
    expect(db.reports.schema.indexes.map((i) => i.name)).toContain('kind');
    db.close();
  });
});
