// Another tab (or window) saved this report, or 「恢复备份」 replaced it. Another write is told by
// its stamp — revision AND write identity (storage/write-identity.ts), since a restore can bring
// other content at the revision this tab knows. With nothing pending here it is adopted at once;
// with an edit pending, this tab's next write is refused as stale (it is based on the stamp),
// autosave stops with a conflict. Then the edits of both pages are merged against the version both
// began from (domain/report/draft-merge.ts) when they changed different cells and fields: the
// merged draft is written on top of the newer one, and nobody is asked. Only when both changed the
// same cell or text differently (or the common version is not known) does the clerk choose:
// 「载入较新的版本」 (reloadNewer) or 「将本窗口的修改另存为副本」 (keepMineAsCopy). Nothing is silently
// overwritten.
import { useCallback, useEffect, useRef } from 'react';
import { mergeDrafts } from '../../domain/report/draft-merge';
import type { ReportDraft } from '../../domain/report/report-schema';
import { type StoredReport, stampOf } from '../../storage/stored-report';
import { isOtherWrite } from '../../storage/write-identity';
import { useRepository } from '../hooks/use-repository';
import type { DraftStore } from './draft-store';
import type { AutosaveBinding } from './use-autosave-binding';

/** More merges than this within the window is a loop, not typing: the clerk chooses. */
const MAX_MERGES_IN_WINDOW = 100;
const MERGE_WINDOW_MS = 5_000;

export function useOtherTabSaves(
  id: string,
  latest: StoredReport,
  store: DraftStore,
  { autosave, markSaved, forgetJournal, saveStates }: AutosaveBinding,
  adopt: (draft: ReportDraft) => void,
) {
  const repo = useRepository();

  const stored = useRef(latest);
  const adoptOtherWrite = useCallback(() => {
    const other = stored.current;
    if (!isOtherWrite(other, autosave.stamp())) return;
    if (autosave.hasPending()) return; // our write is refused as stale and raises the conflict
    adopt(other.draft);
    autosave.adoptStored(stampOf(other), other.draft);
    markSaved(other.updatedAt);
  }, [autosave, adopt, markSaved]);
  useEffect(() => {
    stored.current = latest;
    adoptOtherWrite();
  }, [latest, adoptOtherWrite]);
  // Also re-checked when a write of ours settles: another write that arrived while ours was in
  // flight is adopted then (in a task of its own, once the write has let go of the queue).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = saveStates.subscribe(() => {
      if (saveStates.get().kind === 'saving' || timer !== null) return;
      timer = setTimeout(() => {
        timer = null;
        adoptOtherWrite();
      }, 0);
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [saveStates, adoptOtherWrite]);

  // A conflict: merge when both pages changed different things. Two pages typing at once conflict at
  // nearly every keystroke, each merge on a write the other page has just made; only a page merging
  // without end (far more often than anyone types: a write that can never land) stops, and the
  // clerk's choice is the way out.
  const merging = useRef(false);
  const recentMerges = useRef<number[]>([]);
  useEffect(() => {
    const mergeWithNewer = async () => {
      const base = autosave.baseValue();
      const fresh = await repo.get(id);
      if (!base || !fresh || saveStates.get().kind !== 'conflict') return;
      const merged = mergeDrafts(base, store.get().draft, fresh.draft);
      if (!merged.ok) return;
      autosave.adoptStored(stampOf(fresh), fresh.draft);
      adopt(merged.draft);
      autosave.change(merged.draft);
    };
    return saveStates.subscribe(() => {
      const kind = saveStates.get().kind;
      if (kind !== 'conflict' || merging.current) return;
      const now = Date.now();
      const recent = recentMerges.current.filter((t) => now - t < MERGE_WINDOW_MS);
      if (recent.length >= MAX_MERGES_IN_WINDOW) return;
      recentMerges.current = [...recent, now];
      merging.current = true;
      void mergeWithNewer()
        .catch(() => undefined) // the conflict stays shown: the clerk chooses
        .finally(() => {
          merging.current = false;
        });
    });
  }, [saveStates, autosave, repo, id, store, adopt]);

  /** Conflict: drop ours and load the newer version. */
  const reloadNewer = useCallback(async () => {
    const fresh = await repo.get(id);
    if (!fresh) return;
    adopt(fresh.draft);
    autosave.adoptStored(stampOf(fresh), fresh.draft);
    forgetJournal();
    markSaved(fresh.updatedAt);
  }, [repo, id, adopt, autosave, forgetJournal, markSaved]);

  /** Conflict: keep ours as a copy, then load the newer version here. */
  const keepMineAsCopy = useCallback(async () => {
    const mine = store.get().draft;
    await repo.duplicate(id, { draft: mine });
    await reloadNewer();
  }, [store, repo, id, reloadNewer]);

  return { reloadNewer, keepMineAsCopy };
}
