// The list records (`reportList`) and the 汇总 records (`reportSums`) must agree with `reports`
// after every kind of write, and listSummaries must answer exactly what list() answers, projected
// to list records.
import { describe, expect, it } from 'vitest';
import { emptyReview } from '../domain/report/empty-review';
import type { Review } from '../domain/report/review-schema';
import type { NianbaoDb } from './db';
import { type ReportListItem, toListItem } from './report-list-item';
import { reconcileReportList } from './report-list-sync';
import type { ListOptions, ReportRepository } from './report-repository';
import { sumRecords } from './report-sum-record';
import { draftOf, freshRepo, withNewReceived } from './test-helpers';

const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/** Both tables, as list records sorted by id: what the assertions compare. */
async function tables(db: NianbaoDb): Promise<{ fromReports: ReportListItem[]; listed: ReportListItem[] }> {
  return {
    fromReports: (await db.reports.toArray()).map(toListItem).sort(byId),
    listed: (await db.reportList.toArray()).sort(byId),
  };
}

async function expectAgree(db: NianbaoDb) {
  const { fromReports, listed } = await tables(db);
  expect(listed).toEqual(fromReports);
  const reports = await db.reports.toArray();
  expect((await db.reportSums.toArray()).sort(byId)).toEqual(sumRecords(reports).sort(byId));
  expect(await db.reportSums.count()).toBe(reports.length);
}

type Ctx = { repo: ReportRepository; db: NianbaoDb; advance: () => void };

/**
 * Three reports to start from: a draft with a saved version, a reference of last year, and one
 * in 回收站. Each write below then changes the data in its own way.
 */
async function seeded(): Promise<Ctx> {
  const { repo, db, clock } = freshRepo();
  const advance = () => clock.advance(1000);
  await repo.create(draftOf('draft', '甲局', 2024));
  advance();
  await repo.create(draftOf('ref', '甲局', 2023), { kind: 'reference' });
  advance();
  await repo.create(draftOf('gone', '乙局', 2024));
  await repo.softDelete('gone');
  await repo.addVersion('draft', 'manual', withNewReceived(draftOf('draft', '甲局', 2024), '5'));
  advance();
  await expectAgree(db);
  return { repo, db, advance };
}

const approved = (): Review => ({ ...emptyReview(), status: 'approved' });
const counts = { errorCount: 3, warningCount: 1 };

/** [write, run it, what the list must show afterwards (beyond agreeing with the reports)]. */
const WRITES: [string, (c: Ctx) => Promise<unknown>, (c: Ctx) => Promise<void>][] = [
  [
    'create',
    ({ repo }) => repo.create(draftOf('new', '丙局', 2024), { counts }),
    async ({ repo }) => {
      expect((await repo.listSummaries())[0]).toMatchObject({ id: 'new', agencyName: '丙局', ...counts });
    },
  ],
  [
    'saveDraft',
    ({ repo }) =>
      repo.saveDraft(
        'draft',
        { ...draftOf('draft', '甲局改', 2022), meta: draftOf('draft', '甲局改', 2022).meta },
        1,
        counts,
      ),
    async ({ repo }) => {
      expect((await repo.listSummaries())[0]).toMatchObject({
        id: 'draft',
        agencyName: '甲局改',
        year: 2022,
        ...counts,
      });
    },
  ],
  [
    'saveDraft with a new report kind',
    ({ repo }) => {
      const d = draftOf('draft', '甲局', 2024);
      return repo.saveDraft('draft', { ...d, meta: { ...d.meta, reportKind: 'government' } }, 1, counts);
    },
    async ({ repo }) => {
      expect((await repo.listSummaries())[0]).toMatchObject({ id: 'draft', reportKind: 'government' });
    },
  ],
  [
    'saveReview',
    ({ repo }) => repo.saveReview('draft', approved(), 1),
    async ({ repo }) => {
      expect((await repo.listSummaries({ kind: 'draft' }))[0]).toMatchObject({
        id: 'draft',
        status: 'approved',
      });
    },
  ],
  ['setAccepted', ({ repo }) => repo.setAccepted('draft', { x: 'fp' }, 1), async () => {}],
  [
    'setCounts',
    ({ repo }) => repo.setCounts('ref', { errorCount: 9, warningCount: 8 }),
    async ({ repo }) => {
      expect((await repo.listSummaries({ kind: 'reference' }))[0]).toMatchObject({
        errorCount: 9,
        warningCount: 8,
      });
    },
  ],
  ['markExchanged', ({ repo }) => repo.markExchanged('draft', 'digest', 1), async () => {}],
  ['setPreviousYear', ({ repo }) => repo.setPreviousYear('draft', 'ref'), async () => {}],
  [
    'rename',
    ({ repo }) => repo.rename('draft', '丁局'),
    async ({ repo }) => {
      expect((await repo.listSummaries({ kind: 'draft' })).map((r) => r.agencyName)).toEqual(['丁局']);
    },
  ],
  [
    'duplicate',
    ({ repo }) => repo.duplicate('draft'),
    async ({ repo }) => {
      expect((await repo.listSummaries({ kind: 'draft' })).map((r) => r.agencyName).sort()).toEqual([
        '甲局',
        '甲局（副本）',
      ]);
    },
  ],
  [
    'softDelete',
    ({ repo }) => repo.softDelete('draft'),
    async ({ repo }) => {
      expect((await repo.listSummaries({ onlyDeleted: true })).map((r) => r.id).sort()).toEqual([
        'draft',
        'gone',
      ]);
    },
  ],
  [
    'restore',
    ({ repo }) => repo.restore('gone'),
    async ({ repo }) => {
      expect((await repo.listSummaries({ onlyDeleted: true })).map((r) => r.id)).toEqual([]);
    },
  ],
  [
    'purge',
    ({ repo }) => repo.purge('gone'),
    async ({ repo }) => {
      expect((await repo.listSummaries({ includeDeleted: true })).map((r) => r.id).sort()).toEqual([
        'draft',
        'ref',
      ]);
    },
  ],
  [
    'putImported',
    async ({ repo }) => {
      const source = (await repo.get('draft'))!;
      await repo.putImported({
        ...source,
        id: 'imp',
        draft: draftOf('imp', '戊局', 2021),
        agencyName: '戊局',
      });
    },
    async ({ repo }) => {
      expect((await repo.listSummaries()).some((r) => r.id === 'imp' && r.agencyName === '戊局')).toBe(true);
    },
  ],
  [
    'replaceFromImport over an existing report',
    async ({ repo }) => {
      const source = (await repo.get('draft'))!;
      await repo.replaceFromImport({ ...source, agencyName: '己局', draft: draftOf('draft', '己局', 2024) });
    },
    async ({ repo }) => {
      expect((await repo.listSummaries())[0]).toMatchObject({ id: 'draft', agencyName: '己局' });
    },
  ],
  [
    'replaceFromImport of a new report',
    async ({ repo }) => {
      const source = (await repo.get('draft'))!;
      await repo.replaceFromImport({ ...source, id: 'fresh', draft: draftOf('fresh') });
    },
    async ({ repo }) => {
      expect((await repo.listSummaries())[0]?.id).toBe('fresh');
    },
  ],
  [
    'clearAll',
    ({ repo }) => repo.clearAll(),
    async ({ repo }) => {
      expect(await repo.listSummaries({ includeDeleted: true })).toEqual([]);
    },
  ],
  [
    'replaceAll',
    async ({ repo }) => {
      const source = (await repo.get('draft'))!;
      await repo.replaceAll([
        { ...source, id: 'only', draft: draftOf('only', '庚局', 2020), agencyName: '庚局' },
      ]);
    },
    async ({ repo }) => {
      expect((await repo.listSummaries({ includeDeleted: true })).map((r) => r.id)).toEqual(['only']);
    },
  ],
  [
    'restoreVersion',
    async ({ repo }) => {
      const [v] = await repo.listVersions('draft');
      await repo.saveDraft('draft', draftOf('draft', '辛局', 2024), 1, counts);
      await repo.restoreVersion('draft', v!.id, 2, { errorCount: 0, warningCount: 5 });
    },
    async ({ repo }) => {
      expect((await repo.listSummaries())[0]).toMatchObject({
        id: 'draft',
        agencyName: '甲局',
        warningCount: 5,
      });
    },
  ],
  [
    'addVersion (reports untouched)',
    ({ repo }) => repo.addVersion('draft', 'manual', draftOf('draft')),
    async () => {},
  ],
];

describe('reportList agrees with reports', () => {
  it.each(WRITES)('after %s', async (_name, write, then) => {
    const ctx = await seeded();
    await write(ctx);
    await expectAgree(ctx.db);
    await then(ctx);
  });

  it.each([
    ['putImported of a taken id', ({ repo }: Ctx) => repo.get('draft').then((r) => repo.putImported(r!))],
    [
      'replaceAll with a duplicate id',
      async ({ repo }: Ctx) => {
        const r = (await repo.get('draft'))!;
        await repo.replaceAll([r, r]);
      },
    ],
    [
      'saveDraft on a stale revision',
      ({ repo }: Ctx) => repo.saveDraft('draft', draftOf('draft', '新'), 7, counts),
    ],
    ['rename of an approved report', ({ repo }: Ctx) => repo.rename('ref', '新')],
  ])('a refused write (%s) changes neither table', async (_name, write) => {
    const ctx = await seeded();
    await ctx.repo.saveReview('ref', approved(), 1);
    const before = await tables(ctx.db);
    await expect(write(ctx)).rejects.toBeTruthy();
    expect(await tables(ctx.db)).toEqual(before);
  });

  it('would notice a write that bypasses report-writes.ts (the check can fail)', async () => {
    const { db, repo } = await seeded();
    const r = (await repo.get('draft'))!;
    await db.reports.put({ ...r, agencyName: '绕过' });
    const { fromReports, listed } = await tables(db);
    expect(listed).not.toEqual(fromReports);
  });
});

describe('listSummaries', () => {
  const OPTIONS: ListOptions[] = [
    {},
    { kind: 'draft' },
    { kind: 'reference' },
    { includeDeleted: true },
    { onlyDeleted: true },
    { kind: 'draft', includeDeleted: true },
    { kind: 'draft', onlyDeleted: true },
    { kind: 'reference', onlyDeleted: true },
  ];

  it.each(OPTIONS)('answers what list(%o) answers, as list records, in the same order', async (opts) => {
    const ctx = await seeded();
    await ctx.repo.duplicate('ref');
    ctx.advance();
    await ctx.repo.softDelete('ref');
    const expected = (await ctx.repo.list(opts)).map(toListItem);
    expect(await ctx.repo.listSummaries(opts)).toEqual(expected);
  });

  it('holds only the list fields', async () => {
    const { repo } = await seeded();
    const [first] = await repo.listSummaries();
    expect(Object.keys(first!).sort()).toEqual(
      [
        'id',
        'agencyName',
        'organ',
        'year',
        'reportKind',
        'status',
        'errorCount',
        'warningCount',
        'updatedAt',
        'createdAt',
        'deletedAt',
        'kind',
      ].sort(),
    );
  });
});

describe('reconcileReportList (writes behind the app, e.g. raw IndexedDB in a test)', () => {
  it('does nothing when the tables agree', async () => {
    const { db } = await seeded();
    const none = { written: 0, removed: 0 };
    expect(await reconcileReportList(db)).toEqual({ list: none, sums: none });
  });

  // ids of the seeded reports, in key order: 'draft' < 'gone' < 'ref'
  it.each([
    ['one report more (inside the id range: only the count differs)', 'middle', null],
    ['one report less (inside the id range)', null, 'gone'],
    ['the highest id replaced by another (same count)', 'zzz', 'ref'],
    ['the lowest id replaced by another (same count)', 'aaa', 'draft'],
  ])('notices %s', async (_case, add, remove) => {
    const { db, repo } = await seeded();
    const r = (await repo.get('draft'))!;
    if (add) await db.reports.put({ ...r, id: add, draft: draftOf(add) });
    if (remove) await db.reports.delete(remove);
    const repaired = { written: add ? 1 : 0, removed: remove ? 1 : 0 };
    expect(await reconcileReportList(db)).toEqual({ list: repaired, sums: repaired });
    await expectAgree(db);
  });

  it('adds missing and removes orphaned list records', async () => {
    const { db, repo } = await seeded();
    const r = (await repo.get('draft'))!;
    // behind the app's back: a new report and a deleted one
    await db.reports.put({ ...r, id: 'zraw', agencyName: '生', draft: draftOf('zraw', '生') });
    await db.reports.delete('gone');
    const repaired = { written: 1, removed: 1 };
    expect(await reconcileReportList(db)).toEqual({ list: repaired, sums: repaired });
    await expectAgree(db);
    expect((await repo.listSummaries()).map((x) => x.agencyName)).toContain('生');
  });

  it('runs each time the database opens', async () => {
    const { db, repo } = await seeded();
    const kept = (await repo.get('draft'))!;
    // what an e2e test does: clear the reports store with raw IndexedDB, put one back, reload
    await db.reports.clear();
    await db.reports.add({ ...kept, id: 'back', draft: draftOf('back') });
    expect(await db.reportList.count()).toBe(3);
    db.close();
    await db.open();
    expect((await repo.listSummaries({ includeDeleted: true })).map((r) => r.id)).toEqual(['back']);
    await expectAgree(db);
  });
});
