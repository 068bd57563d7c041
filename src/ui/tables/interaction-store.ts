// The selected cell's state (cell-interaction.ts) of one grid, outside React: each cell subscribes
// with a selector that is null unless it is the selected cell, so moving the selection or typing
// re-renders only the cells concerned, never the whole grid.
import { useSyncExternalStore } from 'react';
import { type CellState, IDLE } from './cell-interaction';

export type InteractionStore = {
  get(): CellState;
  set(state: CellState): void;
  subscribe(cb: () => void): () => void;
};

export function createInteractionStore(): InteractionStore {
  let state = IDLE;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next) {
      if (next === state) return;
      state = next;
      for (const l of listeners) l();
    },
    subscribe(cb) {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
}

/** The interaction state when `cell` is the selected cell, else null. */
export function useCellInteraction(store: InteractionStore, cell: string): CellState | null {
  return useSyncExternalStore(store.subscribe, () => {
    const s = store.get();
    return s.cell === cell ? s : null;
  });
}
