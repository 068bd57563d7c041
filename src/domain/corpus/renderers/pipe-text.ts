// A portal page as some crawlers save it (nianbao issue 18, the layout of real pages): a
// paragraph per line, and tables whose every cell is closed by 「|」 — a row per line
// (「规章 | 0 | 0 | 0 |」) or a cell per line (「0 |」) — an empty cell as 「|」, and the columns a
// merged cell spans as extra pipes with nothing between them after the row (「第二十条第(一)项 |
// |||」), on the row's last line or a line of their own. Positions a merged cell from the row
// above covers are left out, or (some pages) printed as an empty 「|」 before the row.
import type { Block } from '../document';
import type { GridRow } from '../national-grid';
import { gridWidth } from './grid-text';

export type PipeStyle = {
  /** a table row per line, or a cell per line */
  layout: 'rows' | 'cells';
  /** rows layout: a position covered from above printed as an empty 「|」 */
  covered?: boolean;
  /** how a zero cell is printed: as 0, left empty, or 「/」 */
  zero?: '0' | '' | '/';
  /** cells layout: a line 「|」 opens every row */
  rowOpener?: boolean;
  /** cells layout: the spanned columns' pipes on a line of their own (else after the last cell) */
  padOwnLine?: boolean;
};

type PipeRow = { cells: string[]; spanned: number };

/** Each row's cells in order ('' for a covered position, when printed) and its spanned columns. */
function pipeRows(rows: readonly GridRow[], style: PipeStyle): PipeRow[] {
  const width = gridWidth(rows);
  const cover: ({ rows: number; span: number } | undefined)[] = [];
  return rows.map((row) => {
    const cells: string[] = [];
    let spanned = 0;
    let k = 0;
    for (let col = 0; col < width; ) {
      const c = cover[col];
      if (c && c.rows > 0) {
        if (style.covered) cells.push('');
        c.rows--;
        col += c.span;
        continue;
      }
      const cell = row[k++];
      if (!cell) break;
      cells.push(cell.value && cell.text === '0' ? (style.zero ?? '0') : cell.text);
      const span = cell.colspan ?? 1;
      spanned += span - 1;
      if ((cell.rowspan ?? 1) > 1) cover[col] = { rows: (cell.rowspan ?? 1) - 1, span };
      col += span;
    }
    return { cells, spanned };
  });
}

const closed = (text: string) => (text === '' ? '|' : `${text} |`);

export function pipeTable(rows: readonly GridRow[], style: PipeStyle): string[] {
  return pipeRows(rows, style).flatMap(({ cells, spanned }) => {
    const pads = spanned > 0 ? '|'.repeat(spanned) : '';
    if (style.layout === 'rows') return [`${cells.map(closed).join(' ')}${pads ? ` ${pads}` : ''}`];
    const lines = cells.map(closed);
    if (pads && style.padOwnLine) lines.push(pads);
    else if (pads) lines[lines.length - 1] = `${lines.at(-1)} ${pads}`;
    return style.rowOpener ? ['|', ...lines] : lines;
  });
}

/** The blocks as such a page's text: a paragraph per line, tables in `style`. */
export function renderPipeText(blocks: readonly Block[], style: PipeStyle): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') out.push(...pipeTable(b.rows, style));
    else if (b.kind === 'signature') out.push(b.organ, b.date);
    else out.push(b.text);
  }
  return `${out.join('\n')}\n`;
}
