// The blocks of a report as text extracted from its PDF (pdftotext and the like): paragraphs
// wrapped at the page width, page numbers between pages, and tables laid out as on the page —
// every cell's text wrapped to its column, each text line of the page one line of output with the
// pieces that share it joined by a space. Label cells wrap over several lines; the row's numbers
// sit on the first, the middle or a line before the label, or on the first line of the next row
// (`NUMBER_PLACES`, varied row by row); the group labels of part 三, centred over the rows they
// span, come out as fragments between the lines of those rows. Modelled on what pdftotext prints
// for such tables (checked by hand on a PDF printed by Chromium).
import type { Block, TablePart } from '../document';
import type { GridCell, GridRow } from '../national-grid';
import { gridWidth } from './grid-text';

/** Marks a forced line break inside a paragraph (a wrap the page happened to put there). */
export const BREAK = '\u0001';

/**
 * `own`: on a line of their own between the label's lines (LibreOffice's PDF of a centred row, as
 * pdftotext prints it: 「一、本年新收政府信息」「52 6 1 2 0 3 64」「公开申请数量」).
 */
export type NumberPlace = 'middle' | 'first' | 'before' | 'late' | 'own';
const NUMBER_PLACES: readonly NumberPlace[] = ['middle', 'first', 'late', 'middle', 'before'];

export type ColumnWidths = Record<TablePart, readonly number[]>;

/** Column widths (characters) of each table as printed on A4. */
const COLUMN_WIDTHS: ColumnWidths = {
  proactive: [8, 6, 6, 6],
  applications: [2, 4, 12, 3, 3, 3, 3, 3, 3, 3],
  appeals: Array.from({ length: 15 }, () => 2),
};

const width = (ch: string) => ((ch.codePointAt(0) ?? 0) < 0x100 ? 0.5 : 1);

/** Text cut into lines of at most `max` characters (ASCII counts half); BREAK forces a break. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const piece of text.split(BREAK)) {
    let line = '';
    let used = 0;
    for (const ch of piece) {
      if (used + width(ch) > max && line !== '') {
        lines.push(line);
        line = '';
        used = 0;
      }
      line += ch;
      used += width(ch);
    }
    if (line !== '' || lines.length === 0) lines.push(line);
  }
  return lines;
}

type Placed = { cell: GridCell; row: number; col: number; lines: string[] };

function place(rows: readonly GridRow[], widths: readonly number[]): Placed[] {
  const total = gridWidth(rows);
  const taken: boolean[][] = rows.map(() => new Array<boolean>(total).fill(false));
  const out: Placed[] = [];
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      while (taken[r]![col]) col++;
      const span = cell.colspan ?? 1;
      const down = cell.rowspan ?? 1;
      for (let dr = 0; dr < down; dr++)
        for (let dc = 0; dc < span; dc++) if (taken[r + dr]) taken[r + dr]![col + dc] = true;
      const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      out.push({ cell, row: r, col, lines: cell.value ? [cell.text] : wrap(cell.text, Math.max(1, w)) });
      col += span;
    }
  });
  return out;
}

/** The lines of one table as pdftotext prints them. `dataRow` counts data rows across tables. */
function tableLines(
  rows: readonly GridRow[],
  part: TablePart,
  firstDataRow: number,
  widths: ColumnWidths,
  places: readonly NumberPlace[],
  blankZeros: boolean,
): { lines: string[]; dataRows: number } {
  const blank = blankZeros && part !== 'proactive';
  const shown = blank
    ? rows.map((row) => row.map((c) => (c.value && c.text === '0' ? { ...c, text: '' } : c)))
    : rows;
  const placed = place(shown, widths[part]);
  const isData = rows.map((row) => row.some((c) => c.value));
  let dataIndex = firstDataRow;
  const placeOf = rows.map((_, r) => {
    if (!isData[r]) return 'middle' as NumberPlace;
    return places[dataIndex++ % places.length]!;
  });
  const ownHeight = rows.map((_, r) => {
    const own = placed.filter((p) => p.row === r && (p.cell.rowspan ?? 1) === 1).map((p) => p.lines.length);
    return Math.max(1, ...own);
  });
  // Numbers land on the next row's first line only when that row is taller and keeps its own
  // numbers lower down (as pdftotext -layout prints a row under a two-line label); else centred.
  rows.forEach((_, r) => {
    if (placeOf[r] !== 'late') return;
    const fits = isData[r + 1] && placeOf[r + 1] === 'middle' && Math.floor((ownHeight[r + 1]! - 1) / 2) >= 1;
    if (!fits) placeOf[r] = 'middle';
  });
  // A one-line label has no lines to stand between: its numbers share its line.
  rows.forEach((_, r) => {
    if (placeOf[r] === 'own' && ownHeight[r]! < 2) placeOf[r] = 'middle';
  });
  // Row heights: the tallest single-row cell, plus a line above the label when numbers go before
  // it, or inside it when they stand on their own line (after the first half of the tallest label).
  const pad = placeOf.map((p) => (p === 'before' ? 1 : 0));
  const split = ownHeight.map((h, r) => (placeOf[r] === 'own' ? Math.ceil(h / 2) : -1));
  const height = ownHeight.map((h, r) => h + pad[r]! + (split[r]! >= 0 ? 1 : 0));
  // A merged cell taller than its rows stretches the last of them.
  for (const p of placed) {
    const down = p.cell.rowspan ?? 1;
    if (down === 1) continue;
    const span = height.slice(p.row, p.row + down).reduce((a, b) => a + b, 0);
    if (p.lines.length > span) height[p.row + down - 1]! += p.lines.length - span;
  }
  const top: number[] = [];
  height.reduce((y, h, r) => {
    top[r] = y;
    return y + h;
  }, 0);
  const lineCount = height.reduce((a, b) => a + b, 0) + 1;
  const at: { x: number; text: string; value: boolean }[][] = Array.from({ length: lineCount }, () => []);
  for (const p of placed) {
    const down = p.cell.rowspan ?? 1;
    const y0 = top[p.row]!;
    let y: number;
    if (p.cell.value) {
      const where = placeOf[p.row]!;
      const h = height[p.row]! - pad[p.row]!;
      y =
        where === 'first' || where === 'before'
          ? y0
          : where === 'late'
            ? y0 + height[p.row]!
            : where === 'own'
              ? y0 + split[p.row]!
              : y0 + pad[p.row]! + Math.floor((h - 1) / 2);
    } else if (down > 1) {
      const span = height.slice(p.row, p.row + down).reduce((a, b) => a + b, 0);
      y = y0 + Math.floor((span - p.lines.length) / 2);
    } else if (split[p.row]! >= 0) {
      // Centred in the label's own height; the lines from the numbers' line on move down one.
      const start = Math.floor((ownHeight[p.row]! - p.lines.length) / 2);
      p.lines.forEach((text, k) => {
        const line = start + k >= split[p.row]! ? start + k + 1 : start + k;
        if (text !== '') at[y0 + line]!.push({ x: p.col, text, value: p.cell.value === true });
      });
      continue;
    } else {
      const h = height[p.row]! - pad[p.row]!;
      y = y0 + pad[p.row]! + Math.floor((h - p.lines.length) / 2);
    }
    p.lines.forEach((text, k) => {
      if (text !== '') at[y + k]!.push({ x: p.col, text, value: p.cell.value === true });
    });
  }
  // Numbers of neighbouring cells one space apart; a blank cell between two numbers leaves a wider
  // gap, as pdftotext -layout prints them (its words of one text line are one space apart).
  const lines = at
    .map((pieces) =>
      pieces
        .sort((a, b) => a.x - b.x)
        .map((p, k) => {
          const before = pieces[k - 1];
          if (!before) return p.text;
          const skipped = before.value && p.value ? p.x - before.x - 1 : 0;
          return `${' '.repeat(skipped > 0 ? 2 + 2 * skipped : 1)}${p.text}`;
        })
        .join(''),
    )
    .filter((l) => l !== '');
  return { lines, dataRows: dataIndex - firstDataRow };
}

const PAGE_LINES = 42;

/** How a PDF lays its text out, each with the default of a Chromium print of an A4 page. */
export type PdfTextOptions = {
  /** characters per line of a paragraph */
  pageWidth?: number;
  widths?: ColumnWidths;
  places?: readonly NumberPlace[];
  /** zero cells of parts 三 and 四 printed blank */
  blankZeros?: boolean;
  /** how an extractor gives each line of prose (outside the tables) */
  prose?: (line: string) => readonly string[];
};

/** The blocks as PDF text; `variant` shifts the pattern of number places so that reports differ. */
export function renderPdfText(blocks: readonly Block[], variant = 0, options: PdfTextOptions = {}): string {
  const {
    pageWidth = 36,
    widths = COLUMN_WIDTHS,
    places = NUMBER_PLACES,
    blankZeros = false,
    prose = (line: string) => [line],
  } = options;
  const out: string[] = [];
  let dataRows = variant;
  const push = (...lines: string[]) => {
    for (const line of lines) out.push(...prose(line));
  };
  for (const b of blocks) {
    if (b.kind === 'title') {
      // A title wraps before its year, or where BREAK says (a year-first title over two lines).
      const at = b.text.search(/\d{4}年/u);
      if (b.text.includes(BREAK)) push(...b.text.split(BREAK));
      else push(...(at > 0 ? [b.text.slice(0, at), b.text.slice(at)] : [b.text]));
    } else if (b.kind === 'heading') push(b.text);
    else if (b.kind === 'para') push(...wrap(b.text, pageWidth));
    else if (b.kind === 'signature') push(b.organ, b.date);
    else {
      const t = tableLines(b.rows, b.part, dataRows, widths, places, blankZeros);
      dataRows += t.dataRows;
      out.push(...t.lines);
    }
  }
  // Page numbers as pdftotext prints a page footer: 「- 3 -」 on a line of its own.
  const paged: string[] = [];
  out.forEach((line, i) => {
    paged.push(line);
    if ((i + 1) % PAGE_LINES === 0) paged.push(`- ${(i + 1) / PAGE_LINES} -`);
  });
  return `${paged.join('\n')}\n`;
}
