// 「历史版本」: a version snapshot at each step change (the editor calls snapshot('step')) and at most
// every 5 minutes while the draft changes.
import { useCallback, useEffect, useRef } from 'react';
import type { ReportDraft } from '../../domain/report/report-schema';
import type { Autosave } from '../../storage/autosave';
import { useRepository } from '../hooks/use-repository';
import type { DraftStore } from './draft-store';

const SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000;

export function useVersionSnapshots(
  id: string,
  initialDraft: ReportDraft,
  store: DraftStore,
  autosave: Autosave<ReportDraft>,
) {
  const repo = useRepository();
  const lastSnapshot = useRef<{ at: number; draft: ReportDraft }>({ at: Date.now(), draft: initialDraft });
  const snapshot = useCallback(
    async (reason: 'step' | 'interval') => {
      const draft = store.get().draft;
      if (draft === lastSnapshot.current.draft) return;
      if (reason === 'interval' && Date.now() - lastSnapshot.current.at < SNAPSHOT_INTERVAL_MS) return;
      lastSnapshot.current = { at: Date.now(), draft };
      await autosave.flush();
      await repo.addVersion(id, reason, draft);
    },
    [store, autosave, repo, id],
  );
  useEffect(() => {
    const t = window.setInterval(() => void snapshot('interval'), 60_000);
    return () => window.clearInterval(t);
  });
  return snapshot;
}
