// Issue 16, items 1 and 2: a restored or imported record must never look like the copy an open tab
// is based on. Revisions alone cannot promise that (a backup may carry any number, and equal
// numbers prove nothing), so every write carries a fresh write identity and the guard checks both.
import { describe, expect, it } from 'vitest';
import { StaleRevisionError } from './storage-errors';
import { stampOf } from './stored-report';
import { draftOf, freshRepo, withNewReceived } from './test-helpers';
import { isOtherWrite } from './write-identity';

const counts = { errorCount: 0, warningCount: 0 };

describe('write identity', () => {
  it('every write gets a new write identity, returned with the revision', async () => {
    const { repo } = freshRepo();
    const created = await repo.create(draftOf('r1'));
    const first = await repo.saveDraft('r1', withNewReceived(draftOf('r1'), '1'), stampOf(created), counts);
    const second = await repo.saveDraft('r1', withNewReceived(draftOf('r1'), '2'), first, counts);
    const ids = [created.writeId, first.writeId, second.writeId];
    expect(new Set(ids).size).toBe(3);
    expect((await repo.get('r1'))?.writeId).toBe(second.writeId);
  });

  it('「恢复备份」「替换全部」 with the same id at the same revision: a save based on the old copy is refused', async () => {
    const { repo } = freshRepo();
    await repo.create(draftOf('bk-1'));
    const s2 = await repo.saveDraft('bk-1', withNewReceived(draftOf('bk-1'), '2'), 1, counts);
    const tabA = await repo.saveDraft('bk-1', withNewReceived(draftOf('bk-1'), '3'), s2, counts);
    expect(tabA.revision).toBe(3);
    // Tab B restores a backup holding bk-1 at revision 3 with other content.
    const backupCopy = {
      ...(await repo.get('bk-1'))!,
      revision: 3,
      draft: withNewReceived(draftOf('bk-1'), '恢复的'),
    };
    delete backupCopy.writeId;
    await repo.replaceAll([backupCopy]);
    // Tab A's next keystroke, based on what it last saved:
    const err = await repo
      .saveDraft('bk-1', withNewReceived(draftOf('bk-1'), '旧页面的'), tabA, counts)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StaleRevisionError);
    expect((await repo.get('bk-1'))?.draft.applications.newReceived.natural).toBe('恢复的');
  });

  it('「合并」 replacing a report an open tab holds: the old tab is refused', async () => {
    const { repo, clock } = freshRepo();
    const created = await repo.create(draftOf('bk-2'));
    const newer = {
      ...created,
      revision: created.revision,
      updatedAt: new Date(clock.now().getTime() + 60_000).toISOString(),
      draft: withNewReceived(draftOf('bk-2'), '备份里的'),
    };
    await repo.restoreBackup('merge', [{ stored: newer, versions: [] }], []);
    const err = await repo
      .saveDraft('bk-2', withNewReceived(draftOf('bk-2'), '旧页面的'), stampOf(created), counts)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StaleRevisionError);
  });
});

describe("a file's revision is never the local one", () => {
  const HUGE = 2 ** 53 - 1;

  it('a restored record with revision 2^53−1 still detects a second tab (replaceAll)', async () => {
    const { repo } = freshRepo();
    const base = await repo.create(draftOf('r1'));
    await repo.replaceAll([{ ...base, revision: HUGE }]);
    const restored = (await repo.get('r1'))!;
    expect(restored.revision).toBeLessThan(1000);
    // Two tabs open the restored report; tab B saves, then tab A saves on its stale copy.
    await repo.saveDraft('r1', withNewReceived(draftOf('r1'), 'B'), stampOf(restored), counts);
    await expect(
      repo.saveDraft('r1', withNewReceived(draftOf('r1'), 'A'), restored.revision, counts),
    ).rejects.toBeInstanceOf(StaleRevisionError);
    expect((await repo.get('r1'))?.draft.applications.newReceived.natural).toBe('B');
  });

  it('a report added from a backup starts at a local revision (merge and putImported)', async () => {
    const { repo } = freshRepo();
    const base = await repo.create(draftOf('r0'));
    await repo.restoreBackup(
      'merge',
      [{ stored: { ...base, id: 'r1', draft: draftOf('r1'), revision: HUGE }, versions: [] }],
      [],
    );
    expect((await repo.get('r1'))?.revision).toBe(1);
    await repo.putImported({ ...base, id: 'r2', draft: draftOf('r2'), revision: HUGE });
    expect((await repo.get('r2'))?.revision).toBe(1);
  });

  it('replaceFromImport moves past the local revision, not to the file’s', async () => {
    const { repo } = freshRepo();
    const base = await repo.create(draftOf('r1'));
    const res = await repo.replaceFromImport({
      ...base,
      revision: HUGE,
      draft: withNewReceived(base.draft, 'x'),
    });
    expect(res.revision).toBe(2);
  });
});

describe('isOtherWrite (an open editor tells another write from its own)', () => {
  const known = { revision: 3, writeId: 'aaaa' };
  it.each([
    ['a later revision', { revision: 4, writeId: 'bbbb' }, true],
    ['the same revision, another identity (a restore)', { revision: 3, writeId: 'bbbb' }, true],
    ['the same revision, written before identities', { revision: 3 }, true],
    ['its own write', { revision: 3, writeId: 'aaaa' }, false],
    ['an older read still on its way', { revision: 2, writeId: 'cccc' }, false],
  ])('%s', (_name, latest, expected) => {
    expect(isOtherWrite(latest, known)).toBe(expected);
  });
});
