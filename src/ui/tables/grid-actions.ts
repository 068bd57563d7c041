import { createContext, type SyntheticEvent, useContext } from 'react';
import type { CellEvent } from './cell-interaction';
import type { InteractionStore } from './interaction-store';
import type { Rect } from './paste-plan';

/** What a grid gives its cells (through context, stable, so memoised cells never re-render for it). */
export type GridActions = {
  /** runs a DOM event of a cell through the interaction model and carries out its effects */
  dispatch: (event: CellEvent, dom?: SyntheticEvent) => void;
  interaction: InteractionStore;
  /** whether the cell is in the range shown (cheap: false at once without a range) */
  inRange: (cell: string) => boolean;
  /** the range shown, by positions; null without one */
  rect: () => Rect | null;
  /** id of the grid's status line (cell-status.tsx), which describes the selected cell */
  statusId: string;
};

export const GridActionsContext = createContext<GridActions | null>(null);
export function useGridActions(): GridActions {
  const a = useContext(GridActionsContext);
  if (!a) throw new Error('GridActionsContext missing');
  return a;
}
