import { createContext, type SyntheticEvent, useContext } from 'react';
import type { CellEvent } from './cell-interaction';
import type { InteractionStore } from './interaction-store';

/** What a grid gives its cells (through context, stable, so memoised cells never re-render for it). */
export type GridActions = {
  /** runs a DOM event of a cell through the interaction model and carries out its effects */
  dispatch: (event: CellEvent, dom?: SyntheticEvent) => void;
  interaction: InteractionStore;
  /** id of the grid's status line (cell-status.tsx), which describes the selected cell */
  statusId: string;
};

export const GridActionsContext = createContext<GridActions | null>(null);
export function useGridActions(): GridActions {
  const a = useContext(GridActionsContext);
  if (!a) throw new Error('GridActionsContext missing');
  return a;
}
