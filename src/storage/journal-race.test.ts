// The crash journal racing a restore (issue 16, item 7): a tab's autosave write is in flight, so its
// journal entry says "revision + 1 may be mine"; another tab restores the report (「恢复备份」, or a
// history version) and that restore commits at exactly revision + 1; the browser dies before this
// tab hears of it. The next start must not take the restore for this tab's write and replay the
// OLD draft over the restored report: the entry names the identity its write in flight would
// carry, and a revision + 1 with another identity is someone else's write.
import { describe, expect, it } from 'vitest';
import type { ReportDraft } from '../domain/report/report-schema';
import { createAutosave } from './autosave';
import type { ReportRepository } from './report-repository';
import { type Stamp, type StoredReport, stampOf } from './stored-report';
import { draftOf, freshRepo, withNewReceived } from './test-helpers';
import { memoryStorage } from './test-storage';
import {
  createJournal,
  journaledDraft,
  PATCH_FROM_CHARS,
  readUnsaved,
  recoverUnsaved,
} from './unsaved-journal';

const COUNTS = { errorCount: 0, warningCount: 0 };
const cell = (r: StoredReport | undefined) => r?.draft.applications.newReceived.natural;

/**
 * An open editor as use-autosave-binding wires it (autosave + the journal on every change) whose
 * writes never reach IndexedDB: the browser dies while they are in flight.
 */
function editorDyingMidWrite(storage: Storage, opened: StoredReport) {
  const journal = createJournal(storage, opened.id);
  const autosave = createAutosave<ReportDraft>({
    initial: stampOf(opened),
    initialValue: opened.draft,
    onState: () => undefined,
    onUnsaved: (u) => (u === null ? journal.clear() : void journal.write(u, COUNTS)),
    write: () => new Promise(() => undefined),
  });
  return autosave;
}

describe('a restore in the moment before a crash', () => {
  it.each([
    [
      '「恢复备份」「替换全部」 in another tab',
      async (repo: ReportRepository, opened: StoredReport) => {
        const { writeId: _, ...backup } = opened;
        await repo.restoreBackup(
          'replace',
          [{ stored: { ...backup, draft: withNewReceived(opened.draft, '恢复的') }, versions: [] }],
          [],
        );
      },
    ],
    [
      'a history version restored in another tab',
      async (repo: ReportRepository, opened: StoredReport) => {
        const v = await repo.addVersion(opened.id, 'manual', withNewReceived(opened.draft, '恢复的'));
        await repo.restoreVersion(opened.id, v, stampOf(opened), COUNTS);
      },
    ],
  ])('%s: the old draft is not replayed over it; the typed text is kept as a copy', async (_, restore) => {
    const { repo } = freshRepo();
    const opened = await repo.create(withNewReceived(draftOf('r1', '甲局'), '旧的'));
    const storage = memoryStorage();
    const autosave = editorDyingMidWrite(storage, opened);
    autosave.change(withNewReceived(opened.draft, '旧的42'));
    expect(readUnsaved(storage, 'r1')?.inFlight).toBe(true);

    await restore(repo, opened);
    const restored = (await repo.get('r1'))!;
    expect(restored.revision).toBe(opened.revision + 1);
    // the browser dies here; the next start:
    const recovered = await recoverUnsaved(repo, storage);

    expect(cell(await repo.get('r1'))).toBe('恢复的');
    expect(recovered).toHaveLength(1);
    expect(recovered[0]?.outcome).toBe('copied');
    expect(cell(await repo.get(recovered[0]!.id))).toBe('旧的42');
  });

  it('the write in flight that did land (its own identity) is still continued', async () => {
    const { repo } = freshRepo();
    const opened = await repo.create(withNewReceived(draftOf('r1', '甲局'), '旧的'));
    const storage = memoryStorage();
    const journal = createJournal(storage, 'r1');
    let landed: Promise<unknown> = Promise.resolve();
    const autosave = createAutosave<ReportDraft>({
      initial: stampOf(opened),
      initialValue: opened.draft,
      onState: () => undefined,
      onUnsaved: (u) => (u === null ? journal.clear() : void journal.write(u, COUNTS)),
      // the write commits, but the page dies before it hears so (the promise never settles here)
      write: (draft, base, writeId) => {
        landed = repo.saveDraft('r1', draft, base, COUNTS, { writeId });
        return new Promise(() => undefined);
      },
    });
    autosave.change(withNewReceived(opened.draft, '旧的4'));
    await Promise.resolve();
    autosave.change(withNewReceived(opened.draft, '旧的42'));
    await landed;
    expect(cell(await repo.get('r1'))).toBe('旧的4');
    expect(await recoverUnsaved(repo, storage)).toEqual([{ id: 'r1', agencyName: '甲局', outcome: 'saved' }]);
    expect(cell(await repo.get('r1'))).toBe('旧的42');
  });
});

describe(`a draft of over ${PATCH_FROM_CHARS.toLocaleString('en')} characters is journaled as changes`, () => {
  // two narratives of 60,000 characters (one may hold 100,000)
  const LONG = '政务公开年度报告正文'.repeat(6000);
  const big = (typed: string) => {
    const d = withNewReceived(draftOf('r1', '甲局'), '旧的');
    return { ...d, overview: { ...d.overview, onRequest: LONG, proactive: LONG + typed } };
  };

  async function openBig(write: (draft: ReportDraft, base: Stamp, writeId: string) => Promise<never>) {
    const { repo } = freshRepo();
    const opened = await repo.create(big(''));
    const storage = memoryStorage();
    const journal = createJournal(storage, 'r1');
    const autosave = createAutosave<ReportDraft>({
      initial: stampOf(opened),
      initialValue: opened.draft,
      onState: () => undefined,
      onUnsaved: (u) => (u === null ? journal.clear() : void journal.write(u, COUNTS)),
      write,
    });
    return { repo, opened, storage, autosave };
  }

  it('a keystroke journals the keystroke, and the next start writes it over the write it was based on', async () => {
    const { repo, storage, autosave } = await openBig(() => new Promise(() => undefined));
    autosave.change(big('4'));
    autosave.change(big('42'));
    const raw = storage.getItem('nianbao:unsaved:r1')!;
    expect(raw.length).toBeLessThan(1000);
    expect(readUnsaved(storage, 'r1')?.draft).toBeUndefined();
    expect(await recoverUnsaved(repo, storage)).toEqual([{ id: 'r1', agencyName: '甲局', outcome: 'saved' }]);
    expect((await repo.get('r1'))?.draft).toEqual(big('42'));
  });

  it('the editor opening the report reads the journaled changes against the stored draft (a full disk)', async () => {
    const { repo, opened, storage, autosave } = await openBig(() => new Promise(() => undefined));
    autosave.change(big('未写入'));
    expect(journaledDraft(readUnsaved(storage, 'r1')!, (await repo.get('r1'))!)).toEqual({
      draft: big('未写入'),
      continues: true,
    });
    expect(opened.revision).toBe((await repo.get('r1'))!.revision);
  });

  it('when the write in flight landed, the changes typed after it are applied to it', async () => {
    let landed: Promise<unknown> = Promise.resolve();
    const { repo, storage, autosave } = await openBig((draft, base, writeId) => {
      landed = repo.saveDraft('r1', draft, base, COUNTS, { writeId });
      return new Promise(() => undefined);
    });
    autosave.change(big('4'));
    await Promise.resolve();
    autosave.change(big('42'));
    await landed;
    expect((await repo.get('r1'))?.draft.overview.proactive.endsWith('4')).toBe(true);
    expect((await recoverUnsaved(repo, storage))[0]?.outcome).toBe('saved');
    expect((await repo.get('r1'))?.draft).toEqual(big('42'));
  });

  it('a restore replaced the write the changes were made against: never applied to it; the start says the keystrokes are lost', async () => {
    const { repo, opened, storage, autosave } = await openBig(() => new Promise(() => undefined));
    autosave.change(big('42'));
    const { writeId: _, ...backup } = opened;
    await repo.restoreBackup('replace', [{ stored: { ...backup, draft: big('恢复的') }, versions: [] }], []);
    expect(await recoverUnsaved(repo, storage)).toEqual([
      { id: 'r1', agencyName: '甲局', outcome: 'dropped' },
    ]);
    expect((await repo.get('r1'))?.draft).toEqual(big('恢复的'));
    expect(storage.length).toBe(0);
  });
});
