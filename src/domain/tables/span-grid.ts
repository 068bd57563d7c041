// Places cells with colSpan/rowSpan on a grid the way HTML tables and Word do: a row lists only the
// cells that start in it, left to right, skipping positions that a cell above still covers.
export type Spanned = { colSpan?: number; rowSpan?: number };
export type GridPosition<C> = { cell: C; row: number; column: number };

/**
 * For every position of a `width`-column grid, the cell that covers it and where that cell starts.
 * Throws (in Chinese, naming the position) on a hole, an overlap, or a cell that runs past the table.
 */
export function spanGrid<C extends Spanned>(
  rows: readonly (readonly C[])[],
  width: number,
  nameOf: (cell: C) => string = () => '',
): GridPosition<C>[][] {
  const out: (GridPosition<C> | undefined)[][] = rows.map(() =>
    Array.from({ length: width }, () => undefined),
  );
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (out[r]?.[c] !== undefined) c++;
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++)
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) {
          const target = out[r + dr];
          if (!target) throw new Error(`第${r + 1}行「${nameOf(cell)}」的纵向合并超出表格`);
          if (c + dc >= width) throw new Error(`第${r + 1}行「${nameOf(cell)}」超出第${width}列`);
          if (target[c + dc] !== undefined) throw new Error(`第${r + dr + 1}行第${c + dc + 1}列被占用两次`);
          target[c + dc] = { cell, row: r, column: c };
        }
      c += cell.colSpan ?? 1;
    }
  });
  return out.map((line, r) =>
    line.map((position, c) => {
      if (position === undefined) throw new Error(`第${r + 1}行第${c + 1}列是空洞`);
      return position;
    }),
  );
}
