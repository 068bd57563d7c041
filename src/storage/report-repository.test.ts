import { describe, expect, it } from 'vitest';
import { emptyReview } from '../domain/report/empty-review';
import { defaultTitle } from '../domain/report/labels';
import type { Review } from '../domain/report/review-schema';
import {
  ReportExistsError,
  ReportLockedError,
  ReportNotFoundError,
  StaleRevisionError,
} from './storage-errors';
import { draftOf, freshRepo, withNewReceived } from './test-helpers';

const approved = (): Review => ({ ...emptyReview(), status: 'approved' });
const counts = { errorCount: 4, warningCount: 2 };

describe('create / get / list', () => {
  it('creates at revision 1 with denormalised fields', async () => {
    const { repo } = freshRepo();
    const created = await repo.create(draftOf('r1', '甲局', 2024), { previousYearId: 'p' });
    expect(created).toMatchObject({
      id: 'r1',
      revision: 1,
      kind: 'draft',
      deletedAt: null,
      agencyName: '甲局',
      year: 2024,
      status: 'draft',
      previousYearId: 'p',
      errorCount: 0,
    });
    expect(await repo.get('r1')).toEqual(created);
    await expect(repo.create(draftOf('r1'))).rejects.toBeInstanceOf(ReportExistsError);
  });

  it('lists live reports newest first, excludes deleted by default, filters by kind', async () => {
    const { repo, clock } = freshRepo();
    await repo.create(draftOf('old'));
    clock.advance(1000);
    await repo.create(draftOf('ref'), { kind: 'reference' });
    clock.advance(1000);
    await repo.create(draftOf('new'));
    clock.advance(1000);
    await repo.create(draftOf('gone'));
    await repo.softDelete('gone');

    expect((await repo.list()).map((r) => r.id)).toEqual(['new', 'ref', 'old']);
    expect((await repo.list({ kind: 'draft' })).map((r) => r.id)).toEqual(['new', 'old']);
    expect((await repo.list({ kind: 'reference' })).map((r) => r.id)).toEqual(['ref']);
    expect((await repo.list({ includeDeleted: true })).map((r) => r.id)).toEqual([
      'gone',
      'new',
      'ref',
      'old',
    ]);
    expect((await repo.list({ onlyDeleted: true })).map((r) => r.id)).toEqual(['gone']);
  });

  it('lists 1,000 reports (with many versions stored) in one read', async () => {
    const { repo, db } = freshRepo();
    const base = await repo.create(draftOf('r0'));
    await db.reports.bulkAdd(
      Array.from({ length: 999 }, (_, i) => ({
        ...base,
        id: `r${i + 1}`,
        draft: { ...base.draft, id: `r${i + 1}` },
      })),
    );
    for (let i = 0; i < 60; i++) await repo.addVersion('r0', 'interval', base.draft);
    const all = await repo.list();
    expect(all).toHaveLength(1000);
  });
});

describe('saveDraft', () => {
  it('increments the revision and updates the denormalised fields', async () => {
    const { repo, clock } = freshRepo();
    await repo.create(draftOf('r1', '甲局', 2024));
    clock.advance(5000);
    const d2 = {
      ...withNewReceived(draftOf('r1', '甲局', 2024), '12'),
      meta: { ...draftOf('r1').meta, agencyName: '乙局', year: 2023 },
    };
    const first = await repo.saveDraft('r1', d2, 1, counts);
    expect(first).toEqual({ revision: 2, writeId: expect.any(String), updatedAt: clock.now().toISOString() });
    const second = await repo.saveDraft(
      'r1',
      d2,
      2,
      { errorCount: 0, warningCount: 0 },
      { acceptedFingerprints: { x: 'f' } },
    );
    expect(second.revision).toBe(3);
    const stored = await repo.get('r1');
    expect(stored).toMatchObject({
      revision: 3,
      agencyName: '乙局',
      year: 2023,
      errorCount: 0,
      acceptedFingerprints: { x: 'f' },
    });
    expect(stored?.draft.applications.newReceived.natural).toBe('12');
  });

  it('rejects a stale base revision and writes nothing', async () => {
    const { repo } = freshRepo();
    await repo.create(draftOf('r1'));
    await repo.saveDraft('r1', withNewReceived(draftOf('r1'), '1'), 1, counts);
    const before = await repo.get('r1');
    const err = await repo
      .saveDraft('r1', withNewReceived(draftOf('r1'), '999'), 1, counts)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StaleRevisionError);
    expect(err).toMatchObject({ id: 'r1', expected: 1, actual: 2 });
    expect(await repo.get('r1')).toEqual(before);
  });

  it('refuses writes to an approved report', async () => {
    const { repo } = freshRepo();
    await repo.create(draftOf('r1'), { review: approved() });
    await expect(repo.saveDraft('r1', withNewReceived(draftOf('r1'), '5'), 1, counts)).rejects.toBeInstanceOf(
      ReportLockedError,
    );
    await expect(repo.setAccepted('r1', { a: 'b' }, 1)).rejects.toBeInstanceOf(ReportLockedError);
    await expect(repo.rename('r1', '新名')).rejects.toBeInstanceOf(ReportLockedError);
    expect((await repo.get('r1'))?.revision).toBe(1);
    // withdrawing the approval is a review write, which stays allowed; then the draft unlocks
    const { revision } = await repo.saveReview('r1', emptyReview(), 1);
    expect((await repo.get('r1'))?.status).toBe('draft');
    await expect(repo.saveDraft('r1', draftOf('r1'), revision, counts)).resolves.toMatchObject({
      revision: 3,
    });
  });

  it('refuses content writes to an own report handed over (待审核) and to any received report', async () => {
    const { repo } = freshRepo();
    await repo.create(draftOf('own'), { review: { ...emptyReview(), status: 'submitted' } });
    const err = await repo.saveDraft('own', withNewReceived(draftOf('own'), '5'), 1, counts).catch((e) => e);
    expect(err).toMatchObject({ kind: 'locked', why: 'submitted' });
    await repo.create(draftOf('in'), {
      origin: 'received',
      review: { ...emptyReview(), status: 'returned' },
    });
    await expect(repo.rename('in', '新名')).rejects.toMatchObject({ kind: 'locked', why: 'received' });
    // comments and review steps are not content: the reviewer writes them on a locked report
    await expect(repo.saveReview('in', emptyReview(), 1)).resolves.toMatchObject({ revision: 2 });
  });

  it('rejects an unknown report with ReportNotFoundError', async () => {
    const { repo } = freshRepo();
    await expect(repo.saveDraft('nope', draftOf('nope'), 1, counts)).rejects.toBeInstanceOf(
      ReportNotFoundError,
    );
  });

  it('setCounts refreshes the list counts without a new revision', async () => {
    const { repo } = freshRepo();
    await repo.create(draftOf('r1'));
    await repo.setCounts('r1', { errorCount: 7, warningCount: 3 });
    expect(await repo.get('r1')).toMatchObject({ revision: 1, errorCount: 7, warningCount: 3 });
  });
});

describe('rename, duplicate, trash', () => {
  it('renames the organ and a default title with it', async () => {
    const { repo } = freshRepo();
    await repo.create(draftOf('r1', '甲局', 2024));
    await repo.rename('r1', '乙局');
    const r = await repo.get('r1');
    expect(r).toMatchObject({ agencyName: '乙局', revision: 2 });
    expect(r?.draft.meta.title).toBe(defaultTitle('乙局', 2024));
  });

  it('duplicates with a new id, 「（副本）」, status 草稿 and a fresh review', async () => {
    const { repo } = freshRepo();
    await repo.create(withNewReceived(draftOf('r1', '甲局', 2024), '8'), { counts });
    await repo.setAccepted('r1', { 'carry-over:natural': 'fp' }, 1);
    await repo.saveReview('r1', approved(), 2);
    const copy = await repo.duplicate('r1');
    expect(copy.id).not.toBe('r1');
    expect(copy.draft.id).toBe(copy.id);
    expect(copy).toMatchObject({
      agencyName: '甲局（副本）',
      status: 'draft',
      revision: 1,
      year: 2024,
      errorCount: 4,
    });
    expect(copy.draft.meta.title).toBe(defaultTitle('甲局（副本）', 2024));
    expect(copy.review).toEqual(emptyReview());
    expect(copy.acceptedFingerprints).toEqual({ 'carry-over:natural': 'fp' });
    expect(copy.draft.applications.newReceived.natural).toBe('8');
    expect(await repo.get(copy.id)).toEqual(copy);
    expect((await repo.get('r1'))?.status).toBe('approved');
    // keep-mine-as-copy: the copy holds the given draft
    const mine = await repo.duplicate('r1', { draft: withNewReceived(draftOf('r1', '甲局', 2024), '9') });
    expect(mine.draft.applications.newReceived.natural).toBe('9');
    expect((await repo.list()).length).toBe(3);
  });

  it('soft-deletes, restores and purges (with versions)', async () => {
    const { repo } = freshRepo();
    await repo.create(draftOf('r1'));
    await repo.addVersion('r1', 'step', draftOf('r1'));
    await repo.softDelete('r1');
    expect((await repo.get('r1'))?.deletedAt).not.toBeNull();
    expect(await repo.list()).toEqual([]);
    await repo.restore('r1');
    expect((await repo.get('r1'))?.deletedAt).toBeNull();
    expect((await repo.list()).map((r) => r.id)).toEqual(['r1']);
    await repo.purge('r1');
    expect(await repo.get('r1')).toBeUndefined();
    expect(await repo.listVersions('r1')).toEqual([]);
  });
});

describe('findPreviousYear', () => {
  it.each([
    ['exact name', '曲阜市人民政府办公室'],
    ['surrounding and inner spaces', ' 曲阜市 人民政府办公室　'],
    ['full-width letters and brackets', '曲阜市人民政府办公室（ＸＹ）'],
  ])('matches last year by normalised organ name: %s', async (_case, lastYearName) => {
    const { repo } = freshRepo();
    const thisYearName = lastYearName.includes('ＸＹ') ? '曲阜市人民政府办公室(XY)' : '曲阜市人民政府办公室';
    await repo.create(draftOf('prev', lastYearName, 2023));
    await repo.create(draftOf('other', '邹城市人民政府办公室', 2023));
    await repo.create(draftOf('older', thisYearName, 2022));
    const cur = await repo.create(draftOf('cur', thisYearName, 2024));
    expect((await repo.findPreviousYear(cur))?.id).toBe('prev');
  });

  it('ignores deleted reports and prefers an explicit link', async () => {
    const { repo } = freshRepo();
    await repo.create(draftOf('prev', '甲局', 2023));
    await repo.create(draftOf('linked', '另一个名字', 2021));
    const cur = await repo.create(draftOf('cur', '甲局', 2024));
    await repo.softDelete('prev');
    expect(await repo.findPreviousYear(cur)).toBeUndefined();
    await repo.restore('prev');
    expect((await repo.findPreviousYear(cur))?.id).toBe('prev');
    await repo.setPreviousYear('cur', 'linked');
    const linked = await repo.get('cur');
    expect(linked && (await repo.findPreviousYear(linked))?.id).toBe('linked');
  });
});

describe('import and backup', () => {
  it('replaceFromImport keeps the replaced content as a pinned version and moves the revision on', async () => {
    const { repo } = freshRepo();
    await repo.create(withNewReceived(draftOf('r1'), 'mine'));
    await repo.saveDraft('r1', withNewReceived(draftOf('r1'), 'mine2'), 1, counts);
    const imported = {
      ...(await repo.get('r1'))!,
      revision: 1,
      draft: withNewReceived(draftOf('r1'), 'theirs'),
    };
    const res = await repo.replaceFromImport(imported);
    expect(res.revision).toBe(3);
    expect((await repo.get('r1'))?.draft.applications.newReceived.natural).toBe('theirs');
    const [v] = await repo.listVersions('r1');
    expect(v).toMatchObject({ reason: 'import', revision: 2 });
    expect(v?.draft.applications.newReceived.natural).toBe('mine2');
  });

  it('putImported refuses an existing id; replaceAll swaps everything atomically', async () => {
    const { repo } = freshRepo();
    const a = await repo.create(draftOf('a'));
    await expect(repo.putImported(a)).rejects.toBeInstanceOf(ReportExistsError);
    const b = { ...a, id: 'b', draft: draftOf('b') };
    // a duplicate id inside the backup makes the whole restore fail and keeps the old data
    await expect(repo.replaceAll([b, b])).rejects.toBeTruthy();
    expect((await repo.all()).map((r) => r.id)).toEqual(['a']);
    await repo.replaceAll([b]);
    expect((await repo.all()).map((r) => r.id)).toEqual(['b']);
    await repo.clearAll();
    expect(await repo.all()).toEqual([]);
  });
});

describe('settings and rosters', () => {
  it('returns defaults and merges partial saves', async () => {
    const { repo } = freshRepo();
    expect(await repo.getSettings()).toEqual({
      reviewerName: '',
      browserUse: { fill: true, review: true },
      requiredOtherMatters: ['processingFees'],
      persistRequested: false,
      persistGranted: null,
      showPreviousYear: false,
    });
    await repo.saveSettings({ reviewerName: '李四' });
    await repo.saveSettings({ persistGranted: true });
    await repo.saveSettings({ showPreviousYear: true });
    expect(await repo.getSettings()).toMatchObject({
      reviewerName: '李四',
      persistGranted: true,
      showPreviousYear: true,
    });
  });

  it('saves, lists and deletes rosters', async () => {
    const { repo } = freshRepo();
    await repo.saveRoster({ id: 'a', name: '乡镇', year: 2023, units: ['甲镇'] });
    await repo.saveRoster({ id: 'b', name: '部门', year: 2024, units: ['乙局', '丙局'] });
    expect((await repo.listRosters()).map((r) => r.id)).toEqual(['b', 'a']);
    await repo.deleteRoster('b');
    expect((await repo.listRosters()).map((r) => r.id)).toEqual(['a']);
  });
});
