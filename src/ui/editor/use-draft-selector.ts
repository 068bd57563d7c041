import { useRef, useSyncExternalStore } from 'react';
import type { DraftSnapshot } from './draft-store';
import { useEditor } from './editor-context';

/**
 * Subscribes to one value derived from the open report; the component re-renders only when that
 * value changes. `equals` decides what a change is: Object.is suits a cell's text or a number;
 * structurallyEqual suits lists and records that are rebuilt on every keystroke (check results,
 * counts), so their views stay still while their content does.
 */
export function useDraftSelector<T>(
  select: (s: DraftSnapshot) => T,
  equals: (a: T, b: T) => boolean = Object.is,
): T {
  const { store } = useEditor();
  const last = useRef<{ snap: DraftSnapshot; select: (s: DraftSnapshot) => T; value: T } | null>(null);
  // useSyncExternalStore needs the same value back while nothing changed: keep the last one when
  // the snapshot is the same, or when the new selection equals it.
  const selection = () => {
    const snap = store.get();
    const prev = last.current;
    if (prev && prev.snap === snap && prev.select === select) return prev.value;
    const next = select(snap);
    const value = prev && equals(prev.value, next) ? prev.value : next;
    last.current = { snap, select, value };
    return value;
  };
  return useSyncExternalStore(store.subscribe, selection);
}
