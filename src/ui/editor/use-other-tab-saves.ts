// Another tab (or window) saved this report. With nothing pending here its newer revision is
// adopted at once; with an edit pending, this tab's next write meets the stale revision, autosave
// stops with a conflict, and the clerk chooses: 「载入较新的版本」 (reloadNewer) or
// 「将本窗口的修改另存为副本」 (keepMineAsCopy). Nothing is silently overwritten.
import { useCallback, useEffect } from 'react';
import type { ReportDraft } from '../../domain/report/report-schema';
import type { StoredReport } from '../../storage/stored-report';
import { useRepository } from '../hooks/use-repository';
import type { DraftStore } from './draft-store';
import type { AutosaveBinding } from './use-autosave-binding';

export function useOtherTabSaves(
  id: string,
  latest: StoredReport,
  store: DraftStore,
  { autosave, markSaved, forgetJournal }: AutosaveBinding,
  adopt: (draft: ReportDraft) => void,
) {
  const repo = useRepository();

  useEffect(() => {
    if (latest.revision <= autosave.revision()) return;
    if (autosave.hasPending()) return; // our write will meet the stale revision and raise the conflict
    adopt(latest.draft);
    autosave.setRevision(latest.revision);
    markSaved(latest.updatedAt);
  }, [latest, autosave, adopt, markSaved]);

  /** Conflict: drop ours and load the newer version. */
  const reloadNewer = useCallback(async () => {
    const fresh = await repo.get(id);
    if (!fresh) return;
    adopt(fresh.draft);
    autosave.setRevision(fresh.revision);
    forgetJournal();
    markSaved(fresh.updatedAt);
  }, [repo, id, adopt, autosave, forgetJournal, markSaved]);

  /** Conflict: keep ours as a copy, then load the newer version here. */
  const keepMineAsCopy = async () => {
    const mine = store.get().draft;
    await repo.duplicate(id, { draft: mine });
    await reloadNewer();
  };

  return { reloadNewer, keepMineAsCopy };
}
