// Wires the open report's form to IndexedDB: every user change is written through at once
// (autosave coalesces), flushed again on blur, step change, pagehide, visibilitychange and
// Ctrl+S; changes saved by another tab are adopted when this tab has nothing pending, and a
// stale-revision conflict is surfaced instead of silently overwriting.
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { CheckResult } from '../../domain/checks/types';
import { parseCellId } from '../../domain/report/cell-address';
import { readDraftCell } from '../../domain/report/draft-convert';
import { type ReportDraft, reportDraftSchema } from '../../domain/report/report-schema';
import { type AutosaveState, createAutosave } from '../../storage/autosave';
import type { StoredReport } from '../../storage/stored-report';
import { clearUnsaved, journalUnsaved } from '../../storage/unsaved-journal';
import { useRepository } from '../hooks/use-repository';
import { createDraftStore } from './draft-store';
import { createUndoStack } from './undo-stack';

const SNAPSHOT_INTERVAL_MS = 5 * 60 * 1000;

export function useEditorSession(initial: StoredReport, latest: StoredReport) {
  const repo = useRepository();
  const id = initial.id;
  const locked = latest.status === 'approved';
  const form = useForm<ReportDraft>({
    defaultValues: initial.draft,
    resolver: zodResolver(reportDraftSchema),
    mode: 'onSubmit',
  });
  const [store] = useState(() =>
    createDraftStore(initial.draft, {
      previous: null,
      requiredOtherMatters: ['processingFees'],
      accepted: initial.acceptedFingerprints,
    }),
  );
  const [undo] = useState(() => createUndoStack());
  const [saveState, setSaveState] = useState<AutosaveState>({ kind: 'saved', at: initial.updatedAt });
  const adopting = useRef(false);
  const lastSnapshot = useRef<{ at: number; draft: ReportDraft }>({ at: Date.now(), draft: initial.draft });

  /** A pending draft was journaled in localStorage when the page was hidden (unsaved-journal.ts). */
  const journaled = useRef(false);
  /** Everything is committed, or the pending edit was given up (a conflict resolved): the entry is out of date. */
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

  // User changes → store (checks) → IndexedDB. Resets (adopting another tab's version) are not user changes.
  const batching = useRef(false);
  const commitChange = useCallback(() => {
    const draft = structuredClone(form.getValues());
    store.set(draft);
    if (!locked) autosave.change(draft);
  }, [form, store, autosave, locked]);
  useEffect(() => {
    const sub = form.watch((_values, info) => {
      if (adopting.current || batching.current || !info.name) return;
      commitChange();
    });
    return () => sub.unsubscribe();
  }, [form, commitChange]);

  // Another tab saved a newer revision.
  useEffect(() => {
    if (latest.revision <= autosave.revision()) return;
    if (autosave.hasPending()) return; // our write will meet the stale revision and raise the conflict
    adopting.current = true;
    form.reset(latest.draft);
    adopting.current = false;
    store.set(latest.draft);
    autosave.setRevision(latest.revision);
    setSaveState({ kind: 'saved', at: latest.updatedAt });
  }, [latest, autosave, form, store]);

  useEffect(() => {
    store.setContext({ accepted: latest.acceptedFingerprints });
  }, [latest.acceptedFingerprints, store]);

  // Flush on leaving; ask before leaving only while a write is still pending.
  useEffect(() => {
    const flush = () => void autosave.flush();
    // The page may be gone before the write in flight ends and the pending one starts: journal
    // the pending draft synchronously, then write it as usual.
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
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        flush();
      }
      // Ctrl+P prints the report, not the editor around it: open the print view and print there.
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        void autosave.flush().then(() => {
          window.location.hash = `#/print/${encodeURIComponent(id)}?auto=1`;
        });
      }
    };
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('keydown', onKey);
    document.addEventListener('focusout', flush);
    return () => {
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('focusout', flush);
    };
  }, [autosave, id, store, locked]);

  /** A version snapshot at each step change and at most every 5 minutes while editing. */
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

  const writeCell = useCallback(
    (cellId: string, text: string): boolean => {
      const cell = parseCellId(cellId);
      if (!cell || locked) return false;
      if (readDraftCell(store.get().draft, cell) === text) return false;
      const path = `${cell.part}.${cell.row}.${cell.column}` as Parameters<typeof form.setValue>[0];
      form.setValue(path, text);
      return true;
    },
    [form, store, locked],
  );
  const setCell = useCallback((cellId: string, text: string) => void writeCell(cellId, text), [writeCell]);
  /** Many cells at once (paste, 「空白填0」, undo): one draft update, one check run, one save. */
  const setCells = useCallback(
    (changes: readonly { cell: string; text: string }[]) => {
      batching.current = true;
      let changed = false;
      try {
        for (const c of changes) changed = writeCell(c.cell, c.text) || changed;
      } finally {
        batching.current = false;
      }
      if (changed) commitChange();
    },
    [writeCell, commitChange],
  );
  const latestRef = useRef(latest);
  latestRef.current = latest;

  /** Accepting a warning: its 说明 goes into the draft (exported); its fingerprint re-opens it when the numbers change. */
  const acceptWarning = useCallback(
    async (result: CheckResult, explanation: string) => {
      const explanations = { ...form.getValues('explanations'), [result.id]: explanation };
      form.setValue('explanations', explanations);
      const accepted = { ...latestRef.current.acceptedFingerprints, [result.id]: result.fingerprint };
      store.setContext({ accepted });
      await autosave.exclusive((base) => repo.setAccepted(id, accepted, base));
    },
    [form, store, autosave, repo, id],
  );

  /** Other writes of this report (review transitions) go through the autosave queue so they never look like a conflict. */
  const exclusive = autosave.exclusive;

  /** Conflict: drop ours and load the newer version. */
  const reloadNewer = useCallback(async () => {
    const fresh = await repo.get(id);
    if (!fresh) return;
    adopting.current = true;
    form.reset(fresh.draft);
    adopting.current = false;
    store.set(fresh.draft);
    autosave.setRevision(fresh.revision);
    forgetJournal();
    setSaveState({ kind: 'saved', at: fresh.updatedAt });
  }, [repo, id, form, store, autosave, forgetJournal]);
  /** Conflict: keep ours as a copy, then load the newer version here. */
  const keepMineAsCopy = async () => {
    const mine = store.get().draft;
    await repo.duplicate(id, { draft: mine });
    await reloadNewer();
  };

  return {
    form,
    store,
    undo,
    locked,
    saveState,
    setCell,
    setCells,
    flush: autosave.flush,
    snapshot,
    reloadNewer,
    keepMineAsCopy,
    acceptWarning,
    exclusive,
  };
}
