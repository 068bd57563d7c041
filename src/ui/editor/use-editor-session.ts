// The open report's session, one hook per job: the draft store (checks) and undo stack, autosave
// (use-autosave-binding), the form (use-form-binding), another tab's saves and conflicts
// (use-other-tab-saves), accepting warnings, Ctrl+S / Ctrl+P, and version snapshots.
import { useEffect, useState } from 'react';
import type { ReportDraft } from '../../domain/report/report-schema';
import type { StoredReport } from '../../storage/stored-report';
import { createDraftStore, INITIAL_CHECK_CONTEXT } from './draft-store';
import { createUndoStack } from './undo-stack';
import { useAcceptWarning } from './use-accept-warning';
import { useAutosaveBinding } from './use-autosave-binding';
import { useEditorShortcuts } from './use-editor-shortcuts';
import { useFormBinding } from './use-form-binding';
import { useOtherTabSaves } from './use-other-tab-saves';
import { useVersionSnapshots } from './use-version-snapshots';

/**
 * `locked`: the content is read-only here (已审定, handed over, or received: review/roles.ts).
 * `journaled`: an edit of this report journaled by an earlier page and not written yet (the disk
 * was full, say): the editor opens with it, says 未保存, and writes it like any edit.
 */
export function useEditorSession(
  initial: StoredReport,
  latest: StoredReport,
  locked: boolean,
  journaled: ReportDraft | null = null,
  /** the journal slot that edit was journaled in, when its page is gone (journal-lock.ts) */
  journaledSlot: string | null = null,
) {
  const id = initial.id;
  const [opened] = useState(() => (journaled && !locked ? journaled : initial.draft));
  const [store] = useState(() =>
    createDraftStore(opened, { ...INITIAL_CHECK_CONTEXT, accepted: initial.acceptedFingerprints }),
  );
  const [undo] = useState(() => createUndoStack());
  const saving = useAutosaveBinding(
    initial,
    store,
    opened !== initial.draft,
    opened !== initial.draft ? journaledSlot : null,
  );
  const { autosave } = saving;
  const { form, adopt, setCell, setCells } = useFormBinding(opened, store, autosave, locked);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, for the draft the editor opened with
  useEffect(() => {
    if (opened !== initial.draft) autosave.change(opened);
  }, [autosave]);
  const { reloadNewer, keepMineAsCopy } = useOtherTabSaves(id, latest, store, saving, adopt);
  const acceptWarning = useAcceptWarning(id, latest, form, store, autosave);
  useEditorShortcuts(id, autosave);
  const snapshot = useVersionSnapshots(id, initial.draft, store, autosave);

  return {
    form,
    store,
    undo,
    locked,
    saveStates: saving.saveStates,
    setCell,
    setCells,
    flush: autosave.flush,
    /** a write of the report is queued or under way */
    hasPending: autosave.hasPending,
    snapshot,
    reloadNewer,
    keepMineAsCopy,
    acceptWarning,
    /** Other writes of this report (review transitions) go through the autosave queue so they never look like a conflict. */
    exclusive: autosave.exclusive,
  };
}
