// Another tab (or window) saved this report, or 「恢复备份」 replaced it. Another write is told by
// its stamp — revision AND write identity (storage/write-identity.ts), since a restore can bring
// other content at the revision this tab knows. With nothing pending here it is adopted at once;
// with an edit pending, this tab's next write is refused as stale (it is based on the stamp),
// autosave stops with a conflict, and the clerk chooses: 「载入较新的版本」 (reloadNewer) or
// 「将本窗口的修改另存为副本」 (keepMineAsCopy). Nothing is silently overwritten.
import { useCallback, useEffect, useRef } from 'react';
import type { ReportDraft } from '../../domain/report/report-schema';
import { type StoredReport, stampOf } from '../../storage/stored-report';
import { isOtherWrite } from '../../storage/write-identity';
import { useRepository } from '../hooks/use-repository';
import type { DraftStore } from './draft-store';
import type { AutosaveBinding } from './use-autosave-binding';

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
