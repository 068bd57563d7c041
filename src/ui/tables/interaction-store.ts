// The selected cell's state (cell-interaction.ts) of one grid, outside React: each cell subscribes
// with a selector that is null unless it is the selected cell, so moving the selection or typing
// re-renders only the cells concerned, never the whole grid.
import { useSyncExternalStore } from 'react';
import { createValueStore, type ValueStore } from '../hooks/value-store';
import { type CellState, IDLE } from './cell-interaction';

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
