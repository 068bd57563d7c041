// The selected cell's state (cell-interaction.ts) of one grid, outside React: each cell subscribes
// with a selector that is null unless it is the selected cell, so moving the selection or typing
// re-renders only the cells concerned, never the whole grid. Likewise a cell's "am I in the
// range" stays false for cells outside it: moving the range re-renders only the cells entering
// or leaving it.
import { useSyncExternalStore } from 'react';
import { rangeLabel } from '../../domain/report/labels';
import { createValueStore, type ValueStore } from '../hooks/value-store';
import { type CellState, IDLE, type Range, shownRange } from './cell-interaction';
import type { Pos } from './grid-nav';
import type { Rect } from './paste-plan';

export type InteractionStore = ValueStore<CellState>;

export function createInteractionStore(): InteractionStore {
  return createValueStore(IDLE);
}

/** The interaction state when `cell` is the selected cell, else null. */
export function useCellInteraction(store: InteractionStore, cell: string): CellState | null {
  return useSyncExternalStore(store.subscribe, () => {
    const s = store.get();
    return s.cell === cell ? s : null;
  });
}

/** The rectangle between a range's corners, by positions. */
export function rectOf(positions: ReadonlyMap<string, Pos>, range: Range | null): Rect | null {
  const a = range && positions.get(range.anchor);
  const b = range && positions.get(range.end);
  if (!a || !b) return null;
  return {
    top: Math.min(a.r, b.r),
    left: Math.min(a.c, b.c),
    bottom: Math.max(a.r, b.r),
    right: Math.max(a.c, b.c),
  };
}

/** The rectangle of the range shown; null without one. Computed once per state. */
export function rangeRect(positions: ReadonlyMap<string, Pos>): (state: CellState) => Rect | null {
  let last: CellState | null = null;
  let rect: Rect | null = null;
  return (state) => {
    if (state !== last) {
      last = state;
      rect = rectOf(positions, shownRange(state));
    }
    return rect;
  };
}

export const inRect = (rect: Rect | null, p: Pos | undefined): boolean =>
  rect !== null &&
  p !== undefined &&
  p.r >= rect.top &&
  p.r <= rect.bottom &&
  p.c >= rect.left &&
  p.c <= rect.right;

/** Whether `cell` is in the range shown: false for all cells but those of a range. */
export function useInRange(
  store: InteractionStore,
  inRange: (cell: string) => boolean,
  cell: string,
): boolean {
  return useSyncExternalStore(store.subscribe, () => inRange(cell));
}

/** 「已选择 3 行 × 4 列」 while a range is shown, else ''. */
export function useRangeStatus(store: InteractionStore, rect: () => Rect | null): string {
  return useSyncExternalStore(store.subscribe, () => {
    const r = rect();
    return r ? rangeLabel(r.bottom - r.top + 1, r.right - r.left + 1) : '';
  });
}
