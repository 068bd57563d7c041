// Where the cells of a grid lie: positions of the data-cell addresses, which are inputs and which
// totals, and the moves of grid-nav.ts in terms of cell addresses — what the interaction model
// (cell-interaction.ts GridEnv) asks of a grid, shared by the grid and the tests' reference model.
import type { GridEnv } from './cell-interaction';
import { dataRows, type GridModel, type GridRow } from './grid-model';
import { below, extend, move, type NavGrid, type Pos, rectangle } from './grid-nav';

export type GridGeometry = {
  rows: GridRow[];
  nav: NavGrid;
  positions: ReadonlyMap<string, Pos>;
  cellAt: (p: Pos) => string;
} & Pick<GridEnv, 'move' | 'returnTo' | 'extend' | 'block' | 'isInput'>;

export function gridGeometry(model: GridModel): GridGeometry {
  const rows = dataRows(model);
  const positions = new Map<string, Pos>();
  rows.forEach((row, r) => {
    model.columns.forEach((col, c) => {
      positions.set(model.cell(row.key, col.key), { r, c });
    });
  });
  const nav: NavGrid = {
    rows: rows.length,
    cols: model.columns.length,
    isInput: (r, c) => !rows[r]!.derived && !model.columns[c]!.derived,
  };
  const cellAt = (p: Pos) => model.cell(rows[p.r]!.key, model.columns[p.c]!.key);
  const at = (p: Pos | null | undefined | false) => (p ? cellAt(p) : null);
  return {
    rows,
    nav,
    positions,
    cellAt,
    move: (cell, key, shift, ctrl) => {
      const from = positions.get(cell);
      return at(from && move(nav, from, key, shift, ctrl));
    },
    returnTo: (cell, start) => {
      const from = positions.get(cell);
      const column = positions.get(start)?.c;
      return at(from && column !== undefined && below(nav, from, column));
    },
    extend: (cell, key, ctrl) => {
      const from = positions.get(cell);
      return at(from && extend(nav, from, key, ctrl));
    },
    block: (a, b) => {
      const pa = positions.get(a);
      const pb = positions.get(b);
      return pa && pb ? rectangle(pa, pb).map((row) => row.map(cellAt)) : [];
    },
    isInput: (cell) => {
      const p = positions.get(cell);
      return p !== undefined && nav.isInput(p.r, p.c);
    },
  };
}
