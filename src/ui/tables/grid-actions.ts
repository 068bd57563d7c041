import { createContext, useContext } from 'react';
import type { NavKey } from './grid-nav';

/** Stable callbacks a grid gives its cells (through context, so memoised cells never re-render for them). */
export type GridActions = {
  /** moves focus from a cell; false when there is nowhere to go (focus leaves the grid) */
  nav: (cell: string, key: NavKey, shift: boolean) => boolean;
  write: (cell: string, text: string) => void;
  record: (cell: string, before: string, after: string) => void;
  paste: (cell: string, data: { text: string; html: string }) => void;
  undo: () => void;
  redo: () => void;
};

export const GridActionsContext = createContext<GridActions | null>(null);
export function useGridActions(): GridActions {
  const a = useContext(GridActionsContext);
  if (!a) throw new Error('GridActionsContext missing');
  return a;
}
