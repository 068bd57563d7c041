// The open report's autosave: every user change is written through at once (storage/autosave.ts
// coalesces), flushed again on blur and when the page is hidden or closed. A write takes a few
// milliseconds and the browser may die within them, so every change is also journaled
// synchronously in localStorage (storage/unsaved-journal.ts) until it is committed; the next start
// writes what is left. Leaving is questioned only while a write is pending.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReportDraft } from '../../domain/report/report-schema';
import { type Autosave, type AutosaveState, createAutosave, type Unsaved } from '../../storage/autosave';
import { type StoredReport, stampOf } from '../../storage/stored-report';
import { createJournal, journalsOnPagehideOnly } from '../../storage/unsaved-journal';
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
  /** a journaled edit the editor opened with (not yet written): 未保存 from the start */
  startsUnsaved = false,
): AutosaveBinding {
  const repo = useRepository();
  const id = initial.id;
  const [saveState, setSaveState] = useState<AutosaveState>(
    startsUnsaved ? { kind: 'unsaved' } : { kind: 'saved', at: initial.updatedAt },
  );
  const markSaved = useCallback((at: string) => setSaveState({ kind: 'saved', at }), []);

  const journal = useMemo(() => createJournal(window.localStorage, id), [id]);
  const forgetJournal = useCallback(() => journal.clear(), [journal]);
  // The measurement switch of the kill-the-browser comparison (unsaved-journal.ts): nothing in the
  // app sets it.
  const [pagehideOnly] = useState(() => journalsOnPagehideOnly(window.location.search));
  /** what is not yet committed (for pagehide, when the journal is not written on every change) */
  const unsavedNow = useRef<Unsaved<ReportDraft> | null>(null);
  const journalNow = useCallback(
    (unsaved: Unsaved<ReportDraft>) => {
      const { errors, warnings } = store.get().checks.counts;
      journal.write(unsaved, { errorCount: errors, warningCount: warnings });
    },
    [journal, store],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: one autosave per opened record (initial's stamp)
  const autosave = useMemo(
    () =>
      createAutosave<ReportDraft>({
        initial: stampOf(initial),
        initialValue: initial.draft,
        onState: setSaveState,
        onUnsaved: (unsaved) => {
          unsavedNow.current = unsaved;
          if (unsaved === null) return journal.clear();
          if (!pagehideOnly) journalNow(unsaved);
        },
        write: async (draft, base, writeId) => {
          const { errors, warnings } = store.get().checks.counts;
          return repo.saveDraft(id, draft, base, { errorCount: errors, warningCount: warnings }, { writeId });
        },
      }),
    [repo, id, initial.revision, initial.writeId, store, journal, journalNow, pagehideOnly],
  );
  useEffect(() => () => void autosave.dispose(), [autosave]);

  useEffect(() => {
    const flush = () => void autosave.flush();
    const onPagehide = () => {
      flush();
      if (pagehideOnly && unsavedNow.current) journalNow(unsavedNow.current);
    };
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (autosave.hasPending()) {
        e.preventDefault();
        e.returnValue = '';
      }
    };
    window.addEventListener('pagehide', onPagehide);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('focusout', flush);
    return () => {
      window.removeEventListener('pagehide', onPagehide);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('focusout', flush);
    };
  }, [autosave, pagehideOnly, journalNow]);

  return { autosave, saveState, markSaved, forgetJournal };
}
