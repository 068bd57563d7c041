// Grid rows (national-grid.ts) as the plain text a copy of a table gives: one cell per line as
// Word pastes it (the fixture's shape), tab-separated rows, or all cells in one run.
import type { GridCell, GridRow } from '../national-grid';

/** Number of columns of the grid (its first row's spans). */
export function gridWidth(rows: readonly GridRow[]): number {
  return (rows[0] ?? []).reduce((n, c) => n + (c.colspan ?? 1), 0);
}

/** The row's cells with an empty cell where a merged cell from above covers a position. */
function withCovered(rows: readonly GridRow[]): string[][] {
  const width = gridWidth(rows);
  const cover: ({ rows: number; span: number } | undefined)[] = [];
  return rows.map((row) => {
    const out: string[] = [];
    let k = 0;
    for (let col = 0; col < width; ) {
      const c = cover[col];
      if (c && c.rows > 0) {
        out.push('');
        c.rows--;
        col += c.span;
        continue;
      }
      const cell = row[k++];
      if (!cell) break;
      out.push(cell.text);
      const span = cell.colspan ?? 1;
      if ((cell.rowspan ?? 1) > 1) cover[col] = { rows: (cell.rowspan ?? 1) - 1, span };
      col += span;
    }
    return out;
  });
}

/** One cell per line, each after a tab, an empty line after each row (as in qufu-2021.txt). */
export function cellPerLine(rows: readonly GridRow[]): string[] {
  return withCovered(rows).flatMap((cells) => [...cells.map((c) => `\t${c}`), '']);
}

/** One row per line, cells separated by tabs. */
export function tabRows(rows: readonly GridRow[]): string[] {
  return withCovered(rows).map((cells) => `\t${cells.join('\t')}`);
}

/** Every cell's text in order joined by `separator` ('' as a crawler saves a web page). */
export function flatCells(rows: readonly GridRow[], separator: string): string {
  return rows
    .flat()
    .map((c) => c.text)
    .filter((t) => t !== '')
    .join(separator);
}

/**
 * A table copied from a browser page whose cells hold paragraphs (「<td><p>…</p></td>」), as
 * innerText gives it: each cell's text between blank lines, the tab before the next cell on a line
 * of its own, rows apart by more blank lines, no cell where a merged cell from above covers a
 * position. `blank`: the number cells printed as 「&nbsp;」 (a no-break space).
 */
export function browserCopiedCells(rows: readonly GridRow[], blank: (c: GridCell) => boolean): string {
  return rows
    .map((row) => row.map((c) => (blank(c) ? '\u00a0' : c.text)).join('\n\n\t\n\n'))
    .join('\n\n\n\n');
}
