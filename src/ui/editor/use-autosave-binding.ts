// The open report's autosave: every user change is written right after the frame that shows it
// (storage/autosave.ts coalesces), flushed at once on leaving the report's fields and when the page
// is hidden or closed. Until its write has committed — and the browser may die before — every
// change is journaled synchronously in localStorage (storage/unsaved-journal.ts); the next start
// writes what is left. Leaving is questioned only while a write is pending.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReportDraft } from '../../domain/report/report-schema';
import { type Autosave, createAutosave, type Unsaved } from '../../storage/autosave';
import { type StoredReport, stampOf } from '../../storage/stored-report';
import { createJournal, journalSlot, journalsOnPagehideOnly } from '../../storage/unsaved-journal';
import { useRepository } from '../hooks/use-repository';
import { afterNextPaintBehindQueued } from './after-paint';
import type { DraftStore } from './draft-store';
import { holdSlot } from './journal-lock';
import { createSaveStates, type SaveStates } from './save-state-store';

export type AutosaveBinding = {
  autosave: Autosave<ReportDraft>;
  /** subscribed to by what shows it, so its changes re-render nothing else */
  saveStates: SaveStates;
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
  /** the journal slot of a closed page whose edit the editor opened with: continued in place */
  continuedSlot: string | null = null,
): AutosaveBinding {
  const repo = useRepository();
  const id = initial.id;
  const [saveStates] = useState(() =>
    createSaveStates(startsUnsaved ? { kind: 'unsaved' } : { kind: 'saved', at: initial.updatedAt }),
  );
  const markSaved = useCallback((at: string) => saveStates.set({ kind: 'saved', at }), [saveStates]);

  // A slot of this editor's own (another tab on the report journals in another), or the closed
  // page's it continues; held while open, so that no other tab takes it (journal-lock.ts).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the slot is chosen once per report opened
  const slot = useMemo(() => continuedSlot ?? journalSlot(id), [id]);
  useEffect(() => holdSlot(slot), [slot]);
  const journal = useMemo(() => createJournal(window.localStorage, id, slot), [id, slot]);
  const forgetJournal = useCallback(() => journal.clear(), [journal]);
  // While the report is open the journal keeps its entry when all is committed (the next key then
  // journals only its changes); closing it removes the entry once nothing is pending.
  useEffect(() => () => journal.close(), [journal]);
  // The measurement switch of the kill-the-browser comparison (unsaved-journal.ts): nothing in the
  // app sets it.
  const [pagehideOnly] = useState(() => journalsOnPagehideOnly(window.location.search));
  /** what is not yet committed (for pagehide, when the journal is not written on every change) */
  const unsavedNow = useRef<Unsaved<ReportDraft> | null>(null);
  const journalNow = useCallback(
    (unsaved: Unsaved<ReportDraft>) => {
      // The counts the screen shows: the keystroke's own check run comes after its frame
      // (draft-store.ts), and the write that follows it stores the counts of the draft it writes.
      const { errors, warnings } = store.get().shown.checks.counts;
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
        onState: saveStates.set,
        // The write after the keystroke's frame (journaled at once, below): typing shows without
        // waiting for IndexedDB, and keys typed within one frame cost one write; behind what is
        // queued when the frame is done (the next key's events), never behind a pause.
        schedule: afterNextPaintBehindQueued,
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
    [repo, id, initial.revision, initial.writeId, store, journal, journalNow, pagehideOnly, saveStates],
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
    // Leaving a field flushes — except for the next cell or field of the report (Tab through the
    // matrix): the write follows within a frame anyway, and a write per cell would cost the clerk
    // time at every Tab.
    const onFocusOut = (e: FocusEvent) => {
      const to = e.relatedTarget;
      if (to instanceof Element && to.matches('[data-cell], [data-field]')) return;
      flush();
    };
    document.addEventListener('focusout', onFocusOut);
    return () => {
      window.removeEventListener('pagehide', onPagehide);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, [autosave, pagehideOnly, journalNow]);

  return { autosave, saveStates, markSaved, forgetJournal };
}
