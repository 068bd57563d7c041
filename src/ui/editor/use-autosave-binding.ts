// The open report's autosave: every user change is written through at once (storage/autosave.ts
// coalesces), flushed again on blur and when the page is hidden or closed. A page may be gone
// before the write in flight ends and the pending one starts, so leaving also journals the pending
// draft synchronously in localStorage (storage/unsaved-journal.ts). Leaving is questioned only
// while a write is pending.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReportDraft } from '../../domain/report/report-schema';
import { type Autosave, type AutosaveState, createAutosave } from '../../storage/autosave';
import type { StoredReport } from '../../storage/stored-report';
import { clearUnsaved, journalUnsaved } from '../../storage/unsaved-journal';
import { useRepository } from '../hooks/use-repository';
import type { DraftStore } from './draft-store';

export type AutosaveBinding = {
  autosave: Autosave<ReportDraft>;
  saveState: AutosaveState;
  /** The form holds a stored revision saved at `at` (another tab's save, a reload). */
  markSaved: (at: string) => void;
  /** The pending edit was given up (a conflict resolved): its journal entry is out of date. */
  forgetJournal: () => void;
};

export function useAutosaveBinding(
  initial: StoredReport,
  store: DraftStore,
  locked: boolean,
): AutosaveBinding {
  const repo = useRepository();
  const id = initial.id;
  const [saveState, setSaveState] = useState<AutosaveState>({ kind: 'saved', at: initial.updatedAt });
  const markSaved = useCallback((at: string) => setSaveState({ kind: 'saved', at }), []);

  /** A pending draft was journaled in localStorage when the page was hidden. */
  const journaled = useRef(false);
  const forgetJournal = useCallback(() => {
    if (!journaled.current) return;
    journaled.current = false;
    clearUnsaved(window.localStorage, id);
  }, [id]);

  const autosave = useMemo(
    () =>
      createAutosave<ReportDraft>({
        initialRevision: initial.revision,
        onState: (state) => {
          if (state.kind === 'saved') forgetJournal();
          setSaveState(state);
        },
        write: async (draft, base) => {
          const { errors, warnings } = store.get().checks.counts;
          return repo.saveDraft(id, draft, base, { errorCount: errors, warningCount: warnings });
        },
      }),
    [repo, id, initial.revision, store, forgetJournal],
  );
  useEffect(() => () => void autosave.dispose(), [autosave]);

  useEffect(() => {
    const flush = () => void autosave.flush();
    const leave = () => {
      if (autosave.hasPending() && !locked) {
        const { draft, checks } = store.get();
        journaled.current = journalUnsaved(window.localStorage, {
          id,
          knownRevision: autosave.revision(),
          inFlight: autosave.writing(),
          at: new Date().toISOString(),
          errorCount: checks.counts.errors,
          warningCount: checks.counts.warnings,
          draft,
        });
      }
      flush();
    };
    const onVisibility = () => document.visibilityState === 'hidden' && leave();
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (autosave.hasPending()) {
        e.preventDefault();
        e.returnValue = '';
      }
    };
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('focusout', flush);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('focusout', flush);
    };
  }, [autosave, id, store, locked]);

  return { autosave, saveState, markSaved, forgetJournal };
}
