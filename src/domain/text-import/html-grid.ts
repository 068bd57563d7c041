// An HTML table as the grid it draws (nianbao issue 18): every cell placed at its row and column
// with rowspan/colspan expanded, so that a number can be read under its column headers whatever
// cells were merged above it. Tolerant of what saved pages contain: rows of different lengths,
// spans reaching past the table, zero or absurd spans (capped).
import type { HtmlCell, HtmlTable } from './html-to-text';

export type GridSlot = {
  cell: HtmlCell;
  /** where the cell starts (its top-left slot) */
  row: number;
  col: number;
};
export type Grid = { slots: (GridSlot | null)[][]; rows: number; cols: number };

/** Past this a "table" is not one of the report's tables (bounds the work on hostile input). */
const MAX_ROWS = 2000;
const MAX_COLS = 200;

export function expandGrid(table: HtmlTable): Grid {
  const rows = Math.min(table.rows.length, MAX_ROWS);
  const slots: (GridSlot | null)[][] = Array.from({ length: rows }, () => []);
  let cols = 0;
  for (let r = 0; r < rows; r++) {
    let c = 0;
    for (const cell of table.rows[r]!) {
      while (c < MAX_COLS && slots[r]![c]) c++;
      if (c >= MAX_COLS) break;
      const down = Math.min(cell.rowspan, rows - r);
      const across = Math.min(cell.colspan, MAX_COLS - c);
      const slot: GridSlot = { cell, row: r, col: c };
      for (let dr = 0; dr < down; dr++) for (let dc = 0; dc < across; dc++) slots[r + dr]![c + dc] = slot;
      c += across;
      cols = Math.max(cols, c);
    }
  }
  for (const row of slots) for (let c = 0; c < cols; c++) row[c] ??= null;
  return { slots, rows, cols };
}

/** The text of every distinct cell of the grid, in reading order. */
export function gridText(grid: Grid): string {
  const seen = new Set<GridSlot>();
  const out: string[] = [];
  for (const row of grid.slots)
    for (const slot of row) {
      if (!slot || seen.has(slot)) continue;
      seen.add(slot);
      if (slot.cell.text !== '') out.push(slot.cell.text);
    }
  return out.join(' ');
}

/** The cells that start in row `r` (a merged cell belongs to its first row and column only). */
export function ownSlots(grid: Grid, r: number): { slot: GridSlot; col: number }[] {
  const out: { slot: GridSlot; col: number }[] = [];
  grid.slots[r]!.forEach((slot, col) => {
    if (slot && slot.row === r && slot.col === col) out.push({ slot, col });
  });
  return out;
}
