import { describe, expect, it } from 'vitest';
import { emptyReview } from '../domain/report/empty-review';
import { ReportLockedError, ReportNotFoundError, StaleRevisionError } from './storage-errors';
import { draftOf, freshRepo, withNewReceived } from './test-helpers';
import { KEEP_NEWEST } from './version-thinning';

const counts = { errorCount: 0, warningCount: 0 };
const cell = (d: { applications: { newReceived: { natural: string } } } | undefined) =>
  d?.applications.newReceived.natural;

describe('versions', () => {
  it('lists versions newest first with the revision they belong to', async () => {
    const { repo, clock } = freshRepo();
    await repo.create(draftOf('r1'));
    await repo.addVersion('r1', 'step', withNewReceived(draftOf('r1'), 'a'));
    clock.advance(1000);
    await repo.saveDraft('r1', withNewReceived(draftOf('r1'), 'b'), 1, counts);
    const id = await repo.addVersion('r1', 'review', withNewReceived(draftOf('r1'), 'b'), emptyReview());
    const list = await repo.listVersions('r1');
    expect(list.map((v) => [v.reason, v.revision, cell(v.draft)])).toEqual([
      ['review', 2, 'b'],
      ['step', 1, 'a'],
    ]);
    expect((await repo.getVersion(id))?.review).toEqual(emptyReview());
    await expect(repo.addVersion('nope', 'step', draftOf('nope'))).rejects.toBeInstanceOf(
      ReportNotFoundError,
    );
  });

  it('restoreVersion writes the old draft as a new revision and records a restore version', async () => {
    const { repo, clock } = freshRepo();
    await repo.create(withNewReceived(draftOf('r1'), 'old'));
    const oldVersion = await repo.addVersion('r1', 'step', withNewReceived(draftOf('r1'), 'old'));
    clock.advance(60_000);
    await repo.saveDraft('r1', withNewReceived(draftOf('r1'), 'new'), 1, counts);

    const res = await repo.restoreVersion('r1', oldVersion, 2);
    expect(res.revision).toBe(3);
    const stored = await repo.get('r1');
    expect(stored).toMatchObject({ revision: 3 });
    expect(cell(stored?.draft)).toBe('old');
    const [latest] = await repo.listVersions('r1');
    expect(latest).toMatchObject({ reason: 'restore', revision: 3 });
    expect(cell(latest?.draft)).toBe('old');
  });

  it('restoreVersion checks the base revision, the lock and the owner of the version', async () => {
    const { repo } = freshRepo();
    await repo.create(draftOf('r1'));
    await repo.create(draftOf('r2'));
    const v = await repo.addVersion('r1', 'step', draftOf('r1'));
    await expect(repo.restoreVersion('r1', v, 7)).rejects.toBeInstanceOf(StaleRevisionError);
    await expect(repo.restoreVersion('r2', v, 1)).rejects.toBeInstanceOf(ReportNotFoundError);
    await repo.saveReview('r1', { ...emptyReview(), status: 'approved' }, 1);
    await expect(repo.restoreVersion('r1', v, 2)).rejects.toBeInstanceOf(ReportLockedError);
    expect(await repo.listVersions('r1')).toHaveLength(1);
  });

  it('thins on add: a busy hour keeps the newest 50 (plus pinned ones) and the rest goes', async () => {
    const { repo, clock } = freshRepo();
    await repo.create(draftOf('r1'));
    await repo.addVersion('r1', 'review', draftOf('r1'), emptyReview());
    for (let i = 0; i < KEEP_NEWEST + 20; i++) {
      clock.advance(10_000);
      await repo.addVersion('r1', 'interval', withNewReceived(draftOf('r1'), String(i)));
    }
    const list = await repo.listVersions('r1');
    expect(list).toHaveLength(KEEP_NEWEST + 1);
    expect(cell(list[0]?.draft)).toBe(String(KEEP_NEWEST + 19));
    expect(list.at(-1)?.reason).toBe('review');
  });
});
