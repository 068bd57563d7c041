import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { CellAddress } from '../../domain/report/cell-address';
import { readDraftCell } from '../../domain/report/draft-convert';
import { readReportCell } from '../../domain/report/report-cell';
import type { Checked, DraftSnapshot } from './draft-store';
import { useEditor } from './editor-context';

type Equals<T> = (a: T, b: T) => boolean;

/**
 * One value selected from `arg()`, re-selected only when `key()` (what the value depends on) is
 * another object, and handed back unchanged while the new selection `equals` the last one —
 * useSyncExternalStore needs the same value back while nothing changed.
 */
function useSelection<A, T>(
  subscribe: (cb: () => void) => () => void,
  arg: () => A,
  key: (a: A) => unknown,
  select: (a: A) => T,
  equals: Equals<T>,
): T {
  const last = useRef<{ key: unknown; select: (a: A) => T; value: T } | null>(null);
  const selection = () => {
    const a = arg();
    const k = key(a);
    const prev = last.current;
    if (prev && prev.key === k && prev.select === select) return prev.value;
    const next = select(a);
    const value = prev && equals(prev.value, next) ? prev.value : next;
    last.current = { key: k, select, value };
    return value;
  };
  return useSyncExternalStore(subscribe, selection);
}

const itself = <A>(a: A) => a;
const draftOf = (s: DraftSnapshot) => s.draft;

/**
 * Subscribes to one value derived from the open report; the component re-renders only when that
 * value changes. `equals` decides what a change is: Object.is suits a cell's text or a number;
 * structurallyEqual suits lists and records that are rebuilt on every keystroke (check results,
 * counts), so their views stay still while their content does. Looks again at every change; a
 * value of the draft or its report alone is better read with useReportSelector, one of the checks
 * shown with useShownSelector.
 */
export function useDraftSelector<T>(select: (s: DraftSnapshot) => T, equals: Equals<T> = Object.is): T {
  const { store } = useEditor();
  return useSelection(store.subscribe, store.get, itself, select, equals);
}

const noSubscription = () => () => undefined;

/**
 * A value of the draft or of its report (a total, the balance row): looks again only when the
 * draft changes. `live` false: a value that never changes for this view (read once, no subscription).
 */
export function useReportSelector<T>(
  select: (s: Pick<DraftSnapshot, 'draft' | 'report'>) => T,
  equals: Equals<T> = Object.is,
  live = true,
): T {
  const { store } = useEditor();
  return useSelection(live ? store.subscribeDraft : noSubscription, store.get, draftOf, select, equals);
}

/** One table cell's raw text: told only when that cell changes, not at every keystroke elsewhere. */
export function useDraftCell(cellId: string, address: CellAddress): string {
  const { store } = useEditor();
  const subscribe = useCallback((cb: () => void) => store.subscribeCell(cellId, cb), [store, cellId]);
  return useSyncExternalStore(subscribe, () => readDraftCell(store.get().draft, address));
}

/**
 * One number of the report (a total; its cell id and address): told only when that number
 * changes, not at every keystroke elsewhere (draft-store.ts subscribeReportCell).
 */
export function useReportCell(cellId: string, address: CellAddress | null): number | null {
  const { store } = useEditor();
  const subscribe = useCallback((cb: () => void) => store.subscribeReportCell(cellId, cb), [store, cellId]);
  return useSyncExternalStore(subscribe, () =>
    address ? readReportCell(store.get().report, address) : null,
  );
}

/** A value of the checks shown (flags, counts; draft-store.ts `shown`): looks again only when they change. */
export function useShownSelector<T>(select: (shown: Checked) => T, equals: Equals<T> = Object.is): T {
  const { store } = useEditor();
  return useSelection(store.subscribeShown, () => store.get().shown, itself, select, equals);
}
