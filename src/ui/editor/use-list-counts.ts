// The reports list shows each report's 错误/警告 counts as stored with its last write (the list
// never reads whole reports). Without a write of the report they go stale: last year's report was
// corrected or linked afterwards, the required items of part 六 changed in 设置, a deadline passed,
// or a crash recovery wrote counts journaled one keystroke behind. Once the open report has been
// checked with its whole context (previous year and settings read), counts that disagree with the
// stored ones are written back — unless a write of the report itself is pending, which stores the
// counts of the draft it writes anyway.
import { useEffect, useRef } from 'react';
import type { StoredReport } from '../../storage/stored-report';
import { useRepository } from '../hooks/use-repository';
import type { DraftStore } from './draft-store';

type StoredCounts = Pick<StoredReport, 'errorCount' | 'warningCount'>;

export function useListCounts(
  id: string,
  latest: StoredCounts,
  store: Pick<DraftStore, 'get' | 'subscribeShown'>,
  /** a write of the report itself is queued or under way (the autosave's) */
  hasPending: () => boolean,
  /** the check context is complete: before, the counts would be those of a report without its previous year */
  ready: boolean,
): void {
  const repo = useRepository();
  const stored = useRef(latest);
  stored.current = latest;
  useEffect(() => {
    if (!ready) return;
    const recount = () => {
      if (hasPending()) return;
      const { errors, warnings } = store.get().shown.checks.counts;
      const { errorCount, warningCount } = stored.current;
      if (errors === errorCount && warnings === warningCount) return;
      // A cache, not content: a failed refresh (the report deleted in another tab, a full disk)
      // leaves the old counts, which the next write of the report replaces.
      repo.setCounts(id, { errorCount: errors, warningCount: warnings }).catch(() => undefined);
    };
    recount();
    return store.subscribeShown(recount);
  }, [ready, id, repo, store, hasPending]);
}
