// Another tab (or window) saved this report, or 「恢复备份」 replaced it. Another write is told by
// its stamp — revision AND write identity (storage/write-identity.ts), since a restore can bring
// other content at the revision this tab knows. With nothing pending here it is adopted at once;
// with an edit pending, this tab's next write is refused as stale (it is based on the stamp),
// autosave stops with a conflict, and the clerk chooses: 「载入较新的版本」 (reloadNewer) or
// 「将本窗口的修改另存为副本」 (keepMineAsCopy). Nothing is silently overwritten.
import { useCallback, useEffect } from 'react';
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
  { autosave, markSaved, forgetJournal, saveState }: AutosaveBinding,
  adopt: (draft: ReportDraft) => void,
) {
  const repo = useRepository();

  // Also re-checked when a write of ours settles (saveState): another write that arrived while
  // ours was in flight is adopted then.
  // biome-ignore lint/correctness/useExhaustiveDependencies: saveState is the trigger, not an input
  useEffect(() => {
    if (!isOtherWrite(latest, autosave.stamp())) return;
    if (autosave.hasPending()) return; // our write is refused as stale and raises the conflict
    adopt(latest.draft);
    autosave.adoptStored(stampOf(latest), latest.draft);
    markSaved(latest.updatedAt);
  }, [latest, autosave, adopt, markSaved, saveState]);

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
