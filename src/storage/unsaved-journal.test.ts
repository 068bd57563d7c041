// The localStorage journal of a draft left pending when the page closed: written back through the
// revision-checked save when nobody else saved since, kept as a copy otherwise, never dropped.
import { describe, expect, it, vi } from 'vitest';
import { cellId, INPUT_CELLS } from '../domain/report/cell-address';
import { readDraftCell, writeDraftCell } from '../domain/report/draft-convert';
import type { ReportDraft } from '../domain/report/report-schema';
import type { Unsaved } from './autosave';
import { stampOf } from './stored-report';
import { draftOf, freshRepo, withNewReceived } from './test-helpers';
import { memoryStorage } from './test-storage';
import {
  continuesStored,
  createJournal,
  journalSlot,
  journalUnsaved,
  NEXT_MAX_CHARS,
  readUnsaved,
  recoverUnsaved,
  SETTLED_KEPT_MS,
  type SlotState,
  type UnsavedEntry,
} from './unsaved-journal';

const COUNTS = { errorCount: 3, warningCount: 1 };

async function setup() {
  const { repo } = freshRepo();
  const stored = await repo.create(draftOf('r1', '甲局'));
  const storage = memoryStorage();
  const entry = (over: Partial<UnsavedEntry> = {}): UnsavedEntry => ({
    id: 'r1',
    knownRevision: stored.revision,
    inFlight: false,
    at: '2025-01-10T02:00:00.000Z',
    ...COUNTS,
    draft: withNewReceived(draftOf('r1', '甲局'), '42'),
    ...over,
  });
  return { repo, stored, storage, entry };
}

describe('unsaved journal', () => {
  it('writes the journaled draft over the revision this tab knew, and removes the entry', async () => {
    const { repo, storage, entry } = await setup();
    await repo.setCounts('r1', { errorCount: 0, warningCount: 0 }); // counted: current
    expect(await repo.staleDerivedIds()).toEqual([]);
    expect(journalUnsaved(storage, entry())).toBe(true);
    expect(await recoverUnsaved(repo, storage)).toEqual([{ id: 'r1', agencyName: '甲局', outcome: 'saved' }]);
    const after = (await repo.get('r1'))!;
    expect(after.draft).toEqual(entry().draft);
    expect(after).toMatchObject(COUNTS);
    // the journal's counts are shown until the start-up refresh counts this draft's checks
    expect(after.checkedWith).toBeUndefined();
    expect(await repo.staleDerivedIds()).toEqual(['r1']);
    expect(storage.length).toBe(0);
    // a second start finds nothing to do
    expect(await recoverUnsaved(repo, storage)).toEqual([]);
  });

  it('also when the write that was in flight landed (revision + 1 with the identity the entry names)', async () => {
    const { repo, stored, storage, entry } = await setup();
    const draft4 = withNewReceived(draftOf('r1', '甲局'), '4');
    await repo.saveDraft('r1', draft4, stored.revision, COUNTS, { writeId: 'w-in-flight' });
    journalUnsaved(storage, entry({ inFlight: true, inFlightWriteId: 'w-in-flight' }));
    expect((await recoverUnsaved(repo, storage))[0]?.outcome).toBe('saved');
    expect((await repo.get('r1'))!.draft).toEqual(entry().draft);
  });

  it('revision + 1 of unknown identity is not taken for the write in flight: kept as a copy', async () => {
    const { repo, stored, storage, entry } = await setup();
    await repo.saveDraft('r1', withNewReceived(draftOf('r1', '甲局'), '别人的'), stored.revision, COUNTS);
    journalUnsaved(storage, entry({ inFlight: true }));
    expect((await recoverUnsaved(repo, storage))[0]?.outcome).toBe('copied');
    expect((await repo.get('r1'))!.draft.applications.newReceived.natural).toBe('别人的');
  });

  it('does nothing but drop the entry when the pending write landed after all', async () => {
    const { repo, stored, storage, entry } = await setup();
    await repo.saveDraft('r1', entry().draft!, stored.revision, COUNTS);
    const revision = (await repo.get('r1'))!.revision;
    journalUnsaved(storage, entry());
    expect(await recoverUnsaved(repo, storage)).toEqual([]);
    expect((await repo.get('r1'))!.revision).toBe(revision);
    expect(storage.length).toBe(0);
  });

  it('keeps a copy instead of writing over another tab’s later save', async () => {
    const { repo, stored, storage, entry } = await setup();
    const theirs = withNewReceived(draftOf('r1', '甲局'), '7');
    await repo.saveDraft('r1', theirs, stored.revision, COUNTS); // not ours: no write was in flight
    journalUnsaved(storage, entry());
    const [r] = await recoverUnsaved(repo, storage);
    expect(r?.outcome).toBe('copied');
    expect((await repo.get('r1'))!.draft).toEqual(theirs);
    const copy = (await repo.get(r!.id))!;
    expect(copy.draft.applications.newReceived.natural).toBe('42');
    expect(copy.agencyName).toMatch(/^甲局/);
  });

  it('keeps a copy when the report was 已审定 meanwhile', async () => {
    const { repo, stored, storage, entry } = await setup();
    const review = { ...stored.review, status: 'approved' as const };
    await repo.saveReview('r1', review, stored.revision);
    journalUnsaved(storage, entry({ knownRevision: stored.revision + 1 }));
    expect((await recoverUnsaved(repo, storage))[0]?.outcome).toBe('copied');
  });

  it('creates the report again when it no longer exists', async () => {
    const { repo, storage, entry } = await setup();
    await repo.purge('r1');
    journalUnsaved(storage, entry());
    expect((await recoverUnsaved(repo, storage))[0]?.outcome).toBe('recreated');
    expect((await repo.get('r1'))!.draft).toEqual(entry().draft);
    expect(await repo.staleDerivedIds()).toEqual(['r1']);
  });

  it('drops entries that are not valid journal entries, and leaves other keys alone', async () => {
    const { repo, storage } = await setup();
    storage.setItem('nianbao:unsaved:r1', '{not json');
    storage.setItem('nianbao:unsaved:r2', JSON.stringify({ id: 'r2', draft: { meta: {} } }));
    storage.setItem('other-app', 'x');
    expect(await recoverUnsaved(repo, storage)).toEqual([]);
    expect(storage.length).toBe(1);
    expect(storage.getItem('other-app')).toBe('x');
  });

  it('journalUnsaved reports a full localStorage instead of throwing', () => {
    const full = memoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(journalUnsaved(full, { id: 'x' } as UnsavedEntry)).toBe(false);
  });

  it('a restore put other content at the revision the entry knew: kept as a copy, never written over it (write identity)', async () => {
    const { repo, stored, storage, entry } = await setup();
    journalUnsaved(storage, entry({ knownWriteId: stored.writeId ?? null }));
    // 「恢复备份」「替换全部」 brings r1 back at the same revision, with other content and identity
    await repo.purge('r1');
    const restored = { ...stored, draft: withNewReceived(draftOf('r1', '甲局'), '恢复的') };
    delete restored.writeId;
    await repo.replaceAll([restored]);
    const now = (await repo.get('r1'))!;
    expect(now.revision).toBe(stored.revision);
    expect(continuesStored(readUnsaved(storage, 'r1')!, now)).toBe(false);
    expect((await recoverUnsaved(repo, storage))[0]?.outcome).toBe('copied');
    expect((await repo.get('r1'))!.draft.applications.newReceived.natural).toBe('恢复的');
  });

  it('createJournal writes an entry recovery reads back, and clears it', async () => {
    const { repo, stored, storage } = await setup();
    const journal = createJournal(storage, 'r1');
    const draft = withNewReceived(draftOf('r1', '甲局'), '5');
    const unsaved = (inFlight: boolean) => ({
      value: draft,
      base: stampOf(stored),
      inFlight,
      inFlightWriteId: null,
      inFlightValue: null,
      committed: null,
    });
    expect(journal.write(unsaved(true), COUNTS)).toBe(true);
    const read = readUnsaved(storage, 'r1');
    expect(read).toMatchObject({
      knownRevision: stored.revision,
      knownWriteId: stored.writeId,
      inFlight: true,
      ...COUNTS,
    });
    expect(read?.draft).toEqual(draft);
    expect(continuesStored(read!, stored)).toBe(true);
    journal.clear();
    expect(readUnsaved(storage, 'r1')).toBeNull();
    journal.write(unsaved(false), COUNTS);
    expect((await recoverUnsaved(repo, storage))[0]?.outcome).toBe('saved');
    expect((await repo.get('r1'))!.draft).toEqual(draft);
  });

  describe('a burst of keystrokes (the whole draft once, then only what changed since it)', () => {
    const ENTRY = 'nianbao:unsaved:r1';
    const NEXT = 'nianbao:unsaved-next:r1';
    async function typing() {
      const { repo, stored, storage } = await setup();
      const journal = createJournal(storage, 'r1');
      let draft: ReportDraft = stored.draft;
      let base = stampOf(stored);
      const unsaved = (inFlight: boolean): Unsaved<ReportDraft> => ({
        value: draft,
        base,
        inFlight,
        inFlightWriteId: null,
        inFlightValue: null,
        committed: null,
      });
      /** one keystroke: the cell's new text, journaled as autosave does (at the change, at the write's start) */
      const key = (i: number, text: string) => {
        draft = writeDraftCell(draft, INPUT_CELLS[i]!, text);
        expect(journal.write(unsaved(false), COUNTS)).toBe(true);
        expect(journal.write(unsaved(true), COUNTS)).toBe(true);
      };
      return {
        repo,
        storage,
        journal,
        key,
        draft: () => draft,
        landed: () => {
          base = { revision: base.revision + 1, writeId: 'w-landed' };
        },
      };
    }

    it('journals the whole draft at the first key and only the few changed cells at the next ones', async () => {
      const t = await typing();
      t.key(0, '1');
      const entry = t.storage.getItem(ENTRY)!;
      expect(readUnsaved(t.storage, 'r1')).toMatchObject({ draft: t.draft(), inFlight: true });
      for (let i = 1; i < 12; i++) t.key(i, String(i));
      expect(t.storage.getItem(ENTRY)).toBe(entry);
      expect(t.storage.getItem(NEXT)!.length).toBeLessThan(entry.length / 4);
      expect(readUnsaved(t.storage, 'r1')).toMatchObject({ draft: t.draft(), inFlight: true, ...COUNTS });
    });

    it('a crash in the middle of a burst: the next start writes every key typed', async () => {
      const t = await typing();
      const texts = INPUT_CELLS.slice(0, 40).map((_, i) => String(i * 7));
      for (const [i, text] of texts.entries()) t.key(i, text);
      // the page dies: nothing but localStorage is left
      expect(await recoverUnsaved(t.repo, t.storage)).toEqual([
        { id: 'r1', agencyName: '甲局', outcome: 'saved' },
      ]);
      const saved = (await t.repo.get('r1'))!.draft;
      expect(texts.map((_, i) => readDraftCell(saved, INPUT_CELLS[i]!))).toEqual(texts);
      expect(saved).toEqual(t.draft());
      expect([t.storage.getItem(ENTRY), t.storage.getItem(NEXT)]).toEqual([null, null]);
    });

    it('journals the whole draft again when the changes since it grow large', async () => {
      const t = await typing();
      t.key(0, '1');
      const first = t.storage.getItem(ENTRY);
      let i = 1;
      while (t.storage.getItem(ENTRY) === first) {
        t.key(i % INPUT_CELLS.length, `${i}`.repeat(20));
        i++;
        expect(t.storage.getItem(NEXT)?.length ?? 0).toBeLessThan(NEXT_MAX_CHARS + 400);
      }
      // rewritten whole; the record beside it holds no change of the new draft
      expect(JSON.parse(t.storage.getItem(NEXT) ?? '{"ops":[]}').ops).toEqual([]);
      expect(readUnsaved(t.storage, 'r1')?.draft).toEqual(t.draft());
    });

    it('a record beside another draft than the entry’s (a crash between the two writes) is ignored', async () => {
      const t = await typing();
      t.key(0, '1');
      t.key(1, '2');
      const staleNext = t.storage.getItem(NEXT)!;
      // a second tab (or the next whole draft) rewrote the entry; the old record is still there
      const other = createJournal(t.storage, 'r1');
      const newest = writeDraftCell(t.draft(), INPUT_CELLS[2]!, '3');
      other.write(
        {
          value: newest,
          base: { revision: 1, writeId: null },
          inFlight: false,
          inFlightWriteId: null,
          inFlightValue: null,
          committed: null,
        },
        COUNTS,
      );
      t.storage.setItem(NEXT, staleNext);
      expect(readUnsaved(t.storage, 'r1')?.draft).toEqual(newest);
      // a damaged record too: the entry alone
      t.storage.setItem(NEXT, '{"of":');
      expect(readUnsaved(t.storage, 'r1')?.draft).toEqual(newest);
    });

    it('all committed: nothing to recover, and the next key (typed after the write) still journals only its changes', async () => {
      const t = await typing();
      t.key(0, '1');
      const entry = t.storage.getItem(ENTRY);
      t.journal.clear();
      t.landed();
      expect(readUnsaved(t.storage, 'r1')).toBeNull();
      // another tab's start: nothing to recover, and the entry is left to this tab's editor
      expect(await recoverUnsaved(t.repo, t.storage)).toEqual([]);
      expect(t.storage.getItem(ENTRY)).toBe(entry);
      for (let i = 1; i < 8; i++) {
        t.key(i, String(i));
        expect(readUnsaved(t.storage, 'r1')).toMatchObject({ draft: t.draft(), inFlight: true });
        t.journal.clear();
        t.landed();
        expect(readUnsaved(t.storage, 'r1')).toBeNull();
      }
      expect(t.storage.getItem(ENTRY)).toBe(entry);
      // a crash after a later key: that key is recovered, over the revision it was based on
      t.key(9, '99');
      expect(readUnsaved(t.storage, 'r1')).toMatchObject({ draft: t.draft(), knownRevision: 9 });
    });

    it('a settled entry left a day ago (a tab closed or killed after its last write) is removed at the start', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        const t = await typing();
        t.key(0, '1');
        t.journal.clear();
        vi.setSystemTime(Date.now() + SETTLED_KEPT_MS + 1000);
        expect(await recoverUnsaved(t.repo, t.storage)).toEqual([]);
        expect([t.storage.getItem(ENTRY), t.storage.getItem(NEXT)]).toEqual([null, null]);
        // the editor, were it still open, journals its next key whole: its entry was over an hour old
        t.key(1, '2');
        expect(readUnsaved(t.storage, 'r1')).toMatchObject({ draft: t.draft() });
      } finally {
        vi.useRealTimers();
      }
    });

    it('the entry removed under the page (the browser’s data cleared): the next key journals the whole draft again, not changes beside nothing', async () => {
      const t = await typing();
      t.key(0, '1');
      t.key(1, '2');
      t.journal.clear();
      t.landed();
      // 「清除浏览数据」: localStorage emptied while the editor stays open with its entry in memory
      t.storage.clear();
      t.key(2, '3');
      expect(t.storage.getItem(ENTRY)).not.toBeNull();
      // a crash now: the keys typed after the clear are all there
      expect(readUnsaved(t.storage, 'r1')).toMatchObject({ draft: t.draft() });
      // and from there on only changes again
      const entry = t.storage.getItem(ENTRY);
      t.key(3, '4');
      expect(t.storage.getItem(ENTRY)).toBe(entry);
      expect(readUnsaved(t.storage, 'r1')).toMatchObject({ draft: t.draft() });
    });

    it('closing the report removes the entry kept for the next key, but never an uncommitted one', async () => {
      const t = await typing();
      t.key(0, '1');
      t.journal.clear();
      t.journal.close();
      expect([t.storage.getItem(ENTRY), t.storage.getItem(NEXT)]).toEqual([null, null]);
      const u = await typing();
      u.key(0, '1');
      u.journal.close(); // still pending: kept for the next start
      expect(readUnsaved(u.storage, 'r1')?.draft).toEqual(u.draft());
      u.journal.clear(); // its write committed after the editor closed
      expect([u.storage.getItem(ENTRY), u.storage.getItem(NEXT)]).toEqual([null, null]);
    });
  });
  it('two tabs on one report, both unable to write (a full disk), then a crash: each tab’s edit is recovered, none overwrites the other', async () => {
    const { repo, stored, storage } = await setup();
    const unsaved = (value: ReportDraft): Unsaved<ReportDraft> => ({
      value,
      base: stampOf(stored),
      inFlight: false,
      inFlightWriteId: null,
      inFlightValue: null,
      committed: null,
    });
    const tabA = createJournal(storage, 'r1', journalSlot('r1'));
    const tabB = createJournal(storage, 'r1', journalSlot('r1'));
    const byA = writeDraftCell(stored.draft, INPUT_CELLS[0]!, '17');
    const byB = { ...stored.draft, overview: { ...stored.draft.overview, management: '乙页输入的说明' } };
    // typed in turn, each tab journaling its own newest draft at every change
    expect(tabA.write(unsaved(byA), COUNTS)).toBe(true);
    expect(tabB.write(unsaved(byB), COUNTS)).toBe(true);
    expect(tabA.write(unsaved(writeDraftCell(byA, INPUT_CELLS[1]!, '5')), COUNTS)).toBe(true);
    // B leaves the report while its edit is still unwritten; then the browser dies
    tabB.close();
    const recovered = await recoverUnsaved(repo, storage);
    expect(recovered.map((r) => r.outcome).sort()).toEqual(['copied', 'saved']);
    // the edit typed last goes over the report, the other becomes a copy
    expect(recovered[0]).toEqual({ id: 'r1', agencyName: '甲局', outcome: 'saved' });
    const drafts = await Promise.all(recovered.map(async (r) => (await repo.get(r.id))!.draft));
    expect(drafts.map((d) => readDraftCell(d, INPUT_CELLS[0]!))).toContain('17');
    expect(drafts.map((d) => readDraftCell(d, INPUT_CELLS[1]!))).toContain('5');
    expect(drafts.map((d) => d.overview.management)).toContain('乙页输入的说明');
    expect(storage.length).toBe(0);
  });
  describe('a tab closed with its edit unwritten while another tab typed on (three-way merge at the start)', () => {
    /** Tab A's edit journaled against the write both tabs began from; then tab B's write lands. */
    async function twoTabs(
      changeA: (d: ReportDraft) => ReportDraft,
      changeB: (d: ReportDraft) => ReportDraft,
    ) {
      const { repo, stored, storage } = await setup();
      const began = stored.draft;
      const journal = createJournal(storage, 'r1', journalSlot('r1'));
      const mine = changeA(began);
      journal.write(
        {
          value: mine,
          base: stampOf(stored),
          inFlight: false,
          inFlightWriteId: null,
          inFlightValue: null,
          // a conflict: B's write refused A's as stale — what A began from is still known
          committed: null,
          baseValue: began,
        },
        COUNTS,
      );
      await repo.saveDraft('r1', changeB(began), stampOf(stored), COUNTS);
      return { repo, storage, mine };
    }
    const cell = (i: number, text: string) => (d: ReportDraft) => writeDraftCell(d, INPUT_CELLS[i]!, text);
    const narrative = (text: string) => (d: ReportDraft) => ({
      ...d,
      overview: { ...d.overview, platforms: text },
    });

    it('different fields changed: the closed tab’s changes go over the later write, field by field; no copy', async () => {
      const t = await twoTabs(
        (d) => narrative('甲页写的平台建设段落')(cell(0, '12')(d)),
        (d) => cell(1, '7')(cell(2, '30')(d)),
      );
      expect(await recoverUnsaved(t.repo, t.storage)).toEqual([
        { id: 'r1', agencyName: '甲局', outcome: 'merged' },
      ]);
      const saved = (await t.repo.get('r1'))!.draft;
      expect([0, 1, 2].map((i) => readDraftCell(saved, INPUT_CELLS[i]!))).toEqual(['12', '7', '30']);
      expect(saved.overview.platforms).toBe('甲页写的平台建设段落');
      expect(await t.repo.list()).toHaveLength(1);
      expect(t.storage.length).toBe(0);
    });

    it('the same field changed differently on both sides: the copy, and the fields in conflict named', async () => {
      const t = await twoTabs(
        (d) => cell(0, '12')(cell(3, '5')(d)),
        (d) => cell(0, '13')(cell(4, '6')(d)),
      );
      const [recovered] = await recoverUnsaved(t.repo, t.storage);
      expect(recovered).toMatchObject({ outcome: 'copied', conflicts: [cellId(INPUT_CELLS[0]!)] });
      const copy = (await t.repo.get(recovered!.id))!.draft;
      expect([0, 3].map((i) => readDraftCell(copy, INPUT_CELLS[i]!))).toEqual(['12', '5']);
      expect(readDraftCell((await t.repo.get('r1'))!.draft, INPUT_CELLS[0]!)).toBe('13');
    });

    it('changed alike on both sides is no conflict', async () => {
      const t = await twoTabs(cell(0, '12'), (d) => cell(1, '3')(cell(0, '12')(d)));
      expect((await recoverUnsaved(t.repo, t.storage))[0]?.outcome).toBe('merged');
    });
  });

  it('at the start, an entry whose editor is open in another tab is left to it; a closed page’s settled entry goes at once', async () => {
    const { repo, stored, storage } = await setup();
    const unsaved = (value: ReportDraft): Unsaved<ReportDraft> => ({
      value,
      base: stampOf(stored),
      inFlight: false,
      inFlightWriteId: null,
      inFlightValue: null,
      committed: null,
    });
    const open = journalSlot('r1');
    const closed = journalSlot('r1');
    const live = createJournal(storage, 'r1', open);
    live.write(unsaved(writeDraftCell(stored.draft, INPUT_CELLS[0]!, '8')), COUNTS);
    const gone = createJournal(storage, 'r1', closed);
    gone.write(unsaved(writeDraftCell(stored.draft, INPUT_CELLS[1]!, '9')), COUNTS);
    gone.clear(); // all committed, kept for the next key of a page that then reloaded
    const states = (slot: string): SlotState => (slot === open ? 'open' : 'closed');
    expect(await recoverUnsaved(repo, storage, states)).toEqual([]);
    expect((await repo.get('r1'))!.revision).toBe(stored.revision);
    expect(readUnsaved(storage, 'r1')?.draft).toEqual(writeDraftCell(stored.draft, INPUT_CELLS[0]!, '8'));
    expect(storage.length).toBe(1);
  });
});
