// The one react-hook-form form of the open report, shared by every step. A user change (an input's
// onChange, setCell, setCells) is cloned into the draft store, which runs the checks, and handed to
// autosave; adopting a stored version (adopt) resets the form without counting as a change.
import { useCallback, useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { cloneData } from '../../domain/clone-data';
import { parseCellId } from '../../domain/report/cell-address';
import { readDraftCell } from '../../domain/report/draft-convert';
import type { ReportDraft } from '../../domain/report/report-schema';
import type { Autosave } from '../../storage/autosave';
import type { DraftStore } from './draft-store';

export function useFormBinding(
  initialDraft: ReportDraft,
  store: DraftStore,
  autosave: Autosave<ReportDraft>,
  locked: boolean,
) {
  const form = useForm<ReportDraft>({ defaultValues: initialDraft });
  const adopting = useRef(false);
  const batching = useRef(false);

  const commitChange = useCallback(() => {
    const draft = cloneData(form.getValues());
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

  /** The form and the store take a stored draft (another tab's save, a restore); nothing is saved. */
  const adopt = useCallback(
    (draft: ReportDraft) => {
      adopting.current = true;
      // keepFieldsRef: the fields stay registered with their elements. A plain reset drops them
      // until React renders them again, and a key typed in between read as undefined: the clerk's
      // text vanished from the draft and the page (use-form-binding.test.tsx).
      form.reset(draft, { keepFieldsRef: true });
      adopting.current = false;
      store.set(draft);
    },
    [form, store],
  );

  const writeCell = useCallback(
    (cellId: string, text: string): boolean => {
      const cell = parseCellId(cellId);
      if (!cell || locked) return false;
      if (readDraftCell(store.get().draft, cell) === text) return false;
      // A cell's id is its path in the draft (SPEC §8), checked by parseCellId above.
      form.setValue(cellId as Parameters<typeof form.setValue>[0], text);
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

  return { form, adopt, setCell, setCells };
}
