// The open report's session, one hook per job: the draft store (checks) and undo stack, autosave
// (use-autosave-binding), the form (use-form-binding), another tab's saves and conflicts
// (use-other-tab-saves), accepting warnings, Ctrl+S / Ctrl+P, and version snapshots.
import { useState } from 'react';
import type { StoredReport } from '../../storage/stored-report';
import { createDraftStore, INITIAL_CHECK_CONTEXT } from './draft-store';
import { createUndoStack } from './undo-stack';
import { useAcceptWarning } from './use-accept-warning';
import { useAutosaveBinding } from './use-autosave-binding';
import { useEditorShortcuts } from './use-editor-shortcuts';
import { useFormBinding } from './use-form-binding';
import { useOtherTabSaves } from './use-other-tab-saves';
import { useVersionSnapshots } from './use-version-snapshots';

/** `locked`: the content is read-only here (已审定, handed over, or received: review/roles.ts). */
export function useEditorSession(initial: StoredReport, latest: StoredReport, locked: boolean) {
  const id = initial.id;
  const [store] = useState(() =>
    createDraftStore(initial.draft, { ...INITIAL_CHECK_CONTEXT, accepted: initial.acceptedFingerprints }),
  );
  const [undo] = useState(() => createUndoStack());
  const saving = useAutosaveBinding(initial, store, locked);
  const { autosave } = saving;
  const { form, adopt, setCell, setCells } = useFormBinding(initial.draft, store, autosave, locked);
  const { reloadNewer, keepMineAsCopy } = useOtherTabSaves(id, latest, store, saving, adopt);
  const acceptWarning = useAcceptWarning(id, latest, form, store, autosave);
  useEditorShortcuts(id, autosave);
  const snapshot = useVersionSnapshots(id, initial.draft, store, autosave);

  return {
    form,
    store,
    undo,
    locked,
    saveState: saving.saveState,
    setCell,
    setCells,
    flush: autosave.flush,
    snapshot,
    reloadNewer,
    keepMineAsCopy,
    acceptWarning,
    /** Other writes of this report (review transitions) go through the autosave queue so they never look like a conflict. */
    exclusive: autosave.exclusive,
  };
}
