// The one react-hook-form form of the open report, shared by every step. A user change (an input's
// onChange, setCell, setCells) is cloned into the draft store, which runs the checks, and handed to
// autosave; adopting a stored version (adopt) resets the form without counting as a change.
import { useCallback, useEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { cloneData } from '../../domain/clone-data';
import { parseCellId, type TablePart } from '../../domain/report/cell-address';
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

  /**
   * The form's values as a new draft. One field changed (`name`, a keystroke): the draft before
   * with that field's value put in along its path, everything else shared (withValueAt) — the
   * store then finds the changed cell and converts the changed part alone. Otherwise (a batch of
   * writes), a deep copy of the whole form.
   */
  const commitChange = useCallback(
    (name?: string) => {
      const values = form.getValues();
      const draft = (name !== undefined && withValueAt(store.get().draft, name, values)) || cloneData(values);
      store.set(draft);
      if (!locked) autosave.change(draft);
    },
    [form, store, autosave, locked],
  );
  // The fields outside the tables (inputs registered with the form, setValue of a field): told by
  // the form. Not with form.watch(callback): a watcher of all values has the form deep-copy all its
  // values at every keystroke, tables included, to hand them to it — a copy this binding never
  // reads (it takes the changed field from getValues). The table cells are committed by writeCell.
  useEffect(
    () =>
      form.subscribe({
        name: [...FIELD_PARTS],
        formState: { values: true },
        callback: ({ name }) => {
          if (adopting.current || batching.current || !name) return;
          commitChange(name);
        },
      }),
    [form, commitChange],
  );

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
      if (!batching.current) commitChange(cellId);
      return true;
    },
    [form, store, locked, commitChange],
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

/**
 * The draft's parts outside the tables, whose changes the form tells (the subscription above); a
 * part added to the draft must be named here or in TablePart (the type says so).
 */
const FIELD_PART_SET: Record<Exclude<keyof ReportDraft, TablePart>, true> = {
  id: true,
  meta: true,
  overview: true,
  problems: true,
  otherMatters: true,
  explanations: true,
};
export const FIELD_PARTS = Object.keys(FIELD_PART_SET) as readonly (keyof typeof FIELD_PART_SET)[];

type Tree = Record<string, unknown> | unknown[];
const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null;

/**
 * `base` with the value at the dotted `path` taken (deep-copied) from `source`, copying only the
 * objects and arrays along the path; null when the path does not lead through objects of both
 * (then the caller copies the whole form).
 */
export function withValueAt<T>(base: T, path: string, source: unknown): T | null {
  const keys = path.split('.');
  const put = (node: unknown, from: unknown, i: number): unknown => {
    if (i === keys.length) return cloneData(from);
    if (!isTree(node) || !isTree(from)) return null;
    const key = keys[i]!;
    if (!Object.hasOwn(node, key) || !Object.hasOwn(from, key)) return null;
    const child = put((node as Record<string, unknown>)[key], (from as Record<string, unknown>)[key], i + 1);
    if (child === null && i + 1 < keys.length) return null;
    if (Array.isArray(node)) {
      const copy = node.slice();
      copy[Number(key)] = child;
      return copy;
    }
    return { ...node, [key]: child };
  };
  return put(base, source, 0) as T | null;
}
