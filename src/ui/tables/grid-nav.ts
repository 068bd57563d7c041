// Spreadsheet movement over a grid whose derived cells (总计 column, （七）总计 row) are skipped.
// Arrows move to the next input cell in that direction; Tab moves along rows and wraps to the
// next row; Enter moves down a column and wraps to the top of the next column. Past the last
// cell Tab returns null so focus leaves the grid as the browser would.
// After a run of Tab, Enter goes to the next row at the column where the run began (Excel and
// WPS表格 do so: a row is typed with Tab and ended with Enter): `below`.
export type Pos = { r: number; c: number };
export type NavGrid = { rows: number; cols: number; isInput: (r: number, c: number) => boolean };
export type NavKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Tab' | 'Enter' | 'Home' | 'End';

/**
 * `ctrl` (Ctrl+arrow, Ctrl+Home, Ctrl+End): to the table's edge in that direction, to its first or
 * its last input cell — an empty table's Excel behaviour; Home and End: to the row's first or last
 * input cell, as in WPS表格 and online spreadsheets. Null where the move would not leave `from`.
 */
export function move(grid: NavGrid, from: Pos, key: NavKey, shift = false, ctrl = false): Pos | null {
  const arrow = (dr: number, dc: number) => (ctrl ? edge(grid, from, dr, dc) : step(grid, from, dr, dc));
  switch (key) {
    case 'ArrowUp':
      return arrow(-1, 0);
    case 'ArrowDown':
      return arrow(1, 0);
    case 'ArrowLeft':
      return arrow(0, -1);
    case 'ArrowRight':
      return arrow(0, 1);
    case 'Home':
      return other(from, ctrl ? firstInput(grid) : rowEnd(grid, from, 1));
    case 'End':
      return other(from, ctrl ? lastInput(grid) : rowEnd(grid, from, -1));
    case 'Tab':
      return linear(grid, from, shift ? -1 : 1, 'row');
    case 'Enter':
      return linear(grid, from, shift ? -1 : 1, 'column');
  }
}

function step(grid: NavGrid, from: Pos, dr: number, dc: number): Pos | null {
  let { r, c } = from;
  for (;;) {
    r += dr;
    c += dc;
    if (r < 0 || c < 0 || r >= grid.rows || c >= grid.cols) return null;
    if (grid.isInput(r, c)) return { r, c };
  }
}

const other = (from: Pos, to: Pos | null) => (to && (to.r !== from.r || to.c !== from.c) ? to : null);

/** The farthest input cell from `from` in a direction (the table's edge); null if there is none. */
function edge(grid: NavGrid, from: Pos, dr: number, dc: number): Pos | null {
  let last: Pos | null = null;
  for (let p = step(grid, from, dr, dc); p; p = step(grid, p, dr, dc)) last = p;
  return last;
}

/** The first (dir 1: from the row's start) or last (dir -1: from its end) input cell of `from`'s row. */
function rowEnd(grid: NavGrid, from: Pos, dir: 1 | -1): Pos | null {
  for (let c = dir === 1 ? 0 : grid.cols - 1; c >= 0 && c < grid.cols; c += dir)
    if (grid.isInput(from.r, c)) return { r: from.r, c };
  return null;
}

function linear(grid: NavGrid, from: Pos, dir: 1 | -1, order: 'row' | 'column'): Pos | null {
  const total = grid.rows * grid.cols;
  const index = (p: Pos) => (order === 'row' ? p.r * grid.cols + p.c : p.c * grid.rows + p.r);
  const pos = (i: number): Pos =>
    order === 'row'
      ? { r: Math.floor(i / grid.cols), c: i % grid.cols }
      : { r: i % grid.rows, c: Math.floor(i / grid.rows) };
  for (let i = index(from) + dir; i >= 0 && i < total; i += dir) {
    const p = pos(i);
    if (grid.isInput(p.r, p.c)) return p;
  }
  return null;
}

/** The first input cell below `from`'s row in column `col` (rows without an input there skipped). */
export function below(grid: NavGrid, from: Pos, col: number): Pos | null {
  if (col < 0 || col >= grid.cols) return null;
  for (let r = from.r + 1; r < grid.rows; r++) if (grid.isInput(r, col)) return { r, c: col };
  return null;
}

/** The last input cell (Ctrl+End). */
export function lastInput(grid: NavGrid): Pos | null {
  for (let r = grid.rows - 1; r >= 0; r--)
    for (let c = grid.cols - 1; c >= 0; c--) if (grid.isInput(r, c)) return { r, c };
  return null;
}

/** The first input cell, for focusing a grid from outside. */
export function firstInput(grid: NavGrid): Pos | null {
  for (let r = 0; r < grid.rows; r++)
    for (let c = 0; c < grid.cols; c++) if (grid.isInput(r, c)) return { r, c };
  return null;
}

/**
 * Extending a range (Shift+arrow, Shift+Home/End, Ctrl+Shift+…): its far corner moves over every
 * cell, totals included — a range may cover them (to copy them), unlike the selected cell. Arrows
 * one cell (`ctrl`: to the table's edge), Home / End to the row's first / last cell (`ctrl`: the
 * table's first / last cell). Null where the corner would not move.
 */
export function extend(grid: NavGrid, from: Pos, key: NavKey, ctrl = false): Pos | null {
  const last = { r: grid.rows - 1, c: grid.cols - 1 };
  const to = ((): Pos | null => {
    switch (key) {
      case 'ArrowUp':
        return { r: ctrl ? 0 : from.r - 1, c: from.c };
      case 'ArrowDown':
        return { r: ctrl ? last.r : from.r + 1, c: from.c };
      case 'ArrowLeft':
        return { r: from.r, c: ctrl ? 0 : from.c - 1 };
      case 'ArrowRight':
        return { r: from.r, c: ctrl ? last.c : from.c + 1 };
      case 'Home':
        return ctrl ? { r: 0, c: 0 } : { r: from.r, c: 0 };
      case 'End':
        return ctrl ? last : { r: from.r, c: last.c };
      default:
        return null;
    }
  })();
  if (!to || to.r < 0 || to.c < 0 || to.r > last.r || to.c > last.c) return null;
  return other(from, to);
}

/** The rectangle between two corners, as rows of positions (top to bottom, left to right). */
export function rectangle(a: Pos, b: Pos): Pos[][] {
  const rows: Pos[][] = [];
  for (let r = Math.min(a.r, b.r); r <= Math.max(a.r, b.r); r++) {
    const row: Pos[] = [];
    for (let c = Math.min(a.c, b.c); c <= Math.max(a.c, b.c); c++) row.push({ r, c });
    rows.push(row);
  }
  return rows;
}
