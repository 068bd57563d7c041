// The three tables as the national format prints them (SPEC §3–5, §9): rows of cells with their
// merges, built from the table definitions. Spans follow HTML's convention: a merged cell is listed
// once, in the row and column where it starts. A layout is one or more sections on one grid, each
// with its header rows and its data rows: part 三 and 四 are one section, part 二 is four (each
// headed by its article of 《条例》). Print, Word and the 汇总 render these layouts; an HTML renderer
// maps a section to <thead> + <tbody> (print sets each section of part 二 as its own table; Word sets
// the sections as one table), header cells to <th scope="col|colgroup">, row headers to
// <th scope="row|rowgroup"> and values to <td>.
import type { CellAddress, TablePart } from '../report/cell-address';
import { MATRIX_NOTE } from '../report/labels';
import { APPEALS_TABLE } from './appeals-table';
import { APPLICATIONS_TABLE } from './applications-table';
import { PROACTIVE_TABLES } from './proactive-table';
import { type GridPosition, spanGrid } from './span-grid';
import type { TableColumn, TableDefinition, TableRow } from './table-definition';

type Span = { colSpan: number; rowSpan: number };
/** A column header; '' for the empty corner above the row labels. */
export type HeaderCell = Span & { kind: 'header'; text: string; scope: 'col' | 'colgroup' };
/** A row label, or a group label over the rows below it (rowgroup). */
export type RowHeaderCell = Span & { kind: 'rowHeader'; text: string; scope: 'row' | 'rowgroup' };
export type ValueCell = Span & { kind: 'value'; address: CellAddress; derived: boolean; decimal: boolean };
export type LayoutCell = HeaderCell | RowHeaderCell | ValueCell;
export type LayoutRow = readonly LayoutCell[];
export type LayoutSection = { head: readonly LayoutRow[]; body: readonly LayoutRow[] };

export type TableLayout = {
  part: TablePart;
  /** printed above the table (part 三's 勾稽关系 note) */
  note?: string;
  /** the number of grid columns, the same for every section */
  width: number;
  sections: readonly LayoutSection[];
};

const header = (text: string, scope: HeaderCell['scope'], colSpan = 1, rowSpan = 1): HeaderCell => ({
  kind: 'header',
  text,
  scope,
  colSpan,
  rowSpan,
});
const rowHeader = (text: string, scope: RowHeaderCell['scope'], colSpan = 1, rowSpan = 1): RowHeaderCell => ({
  kind: 'rowHeader',
  text,
  scope,
  colSpan,
  rowSpan,
});

/** The columns that hold row labels: one per level of the row tree (part 三: three). */
function labelColumnsOf(table: TableDefinition): number {
  return table.showRowLabels ? Math.max(...table.rows.map((r) => r.depth)) + 1 : 0;
}

/**
 * The header rows from the columns' header paths: a header shared by neighbouring columns is one
 * cell over all of them; a column whose path is shorter than the deepest one has its label span
 * down to the last header row. `extra` widens the last column (a narrow table inside a wider one).
 */
function headerRows(table: TableDefinition, extra: number): HeaderCell[][] {
  const columns = table.columns;
  const depth = Math.max(...columns.map((c) => c.headers.length));
  const rows: HeaderCell[][] = Array.from({ length: depth }, () => []);
  const labelColumns = labelColumnsOf(table);
  if (labelColumns > 0) rows[0]?.push(header(table.rowHeader, 'col', labelColumns, depth));
  const widen = (c: number) => (c === columns.length - 1 ? extra : 0);
  const sharesGroup = (a: TableColumn, b: TableColumn, level: number) =>
    a.headers.length > level + 1 &&
    b.headers.length > level + 1 &&
    a.headers.slice(0, level + 1).every((h, i) => b.headers[i] === h);
  for (let level = 0; level < depth; level++) {
    for (let c = 0; c < columns.length; ) {
      const path = columns[c]!.headers;
      if (level >= path.length) {
        c++; // under a label that spans down from a higher row
      } else if (level === path.length - 1) {
        rows[level]!.push(header(path[level]!, 'col', 1 + widen(c), depth - level));
        c++;
      } else {
        let end = c + 1;
        while (end < columns.length && sharesGroup(columns[c]!, columns[end]!, level)) end++;
        rows[level]!.push(header(path[level]!, 'colgroup', end - c + widen(end - 1)));
        c = end;
      }
    }
  }
  return rows;
}

/**
 * The data rows: each group label spans down over the rows under it, each row label spans right
 * over the label columns its depth leaves free (part 三: 「一、…」 over three, 「（一）…」 over two).
 */
function bodyRows(table: TableDefinition, extra: number): LayoutCell[][] {
  const labelColumns = labelColumnsOf(table);
  const entries: { row: TableRow; groups: TableRow[] }[] = [];
  const open: TableRow[] = [];
  for (const row of table.rows) {
    open.length = Math.min(open.length, row.depth);
    if (row.group) open.push(row);
    else entries.push({ row, groups: [...open] });
  }
  const size = new Map<TableRow, number>();
  for (const e of entries) for (const g of e.groups) size.set(g, (size.get(g) ?? 0) + 1);
  const started = new Set<TableRow>();
  return entries.map(({ row, groups }) => {
    const labels: LayoutCell[] = [];
    if (labelColumns > 0) {
      for (const g of groups)
        if (!started.has(g)) {
          started.add(g);
          labels.push(rowHeader(g.label, 'rowgroup', 1, size.get(g)));
        }
      labels.push(rowHeader(row.label, 'row', labelColumns - row.depth));
    }
    const values = table.columns.map(
      (column, c): ValueCell => ({
        kind: 'value',
        address: table.cell(row.key, column.key),
        derived: row.derived || column.derived,
        decimal: column.decimal,
        colSpan: 1 + (c === table.columns.length - 1 ? extra : 0),
        rowSpan: 1,
      }),
    );
    return [...labels, ...values];
  });
}

function widthOf(table: TableDefinition): number {
  return labelColumnsOf(table) + table.columns.length;
}

/**
 * Tables as sections of one grid: each has its caption over the full width and its header rows
 * as its head, its data rows as its body. A table narrower than the widest lets its last column
 * span the rest (part 二: 「本年处理决定数量」 under the three columns of the document counts).
 */
function sectionsOf(tables: readonly TableDefinition[], part: TablePart, note?: string): TableLayout {
  const width = Math.max(...tables.map(widthOf));
  return {
    part,
    ...(note ? { note } : {}),
    width,
    sections: tables.map((t) => {
      const extra = width - widthOf(t);
      return {
        head: [...(t.caption ? [[header(t.caption, 'colgroup', width)]] : []), ...headerRows(t, extra)],
        body: bodyRows(t, extra),
      };
    }),
  };
}

/** Part 二: the four sub-tables as one table, each headed by its article of 《条例》第二十条. */
export const PROACTIVE_LAYOUT: TableLayout = sectionsOf(PROACTIVE_TABLES, 'proactive');
/** Part 三: three label columns, the seven applicant columns under 「申请人情况」, the note above. */
export const APPLICATIONS_LAYOUT: TableLayout = sectionsOf([APPLICATIONS_TABLE], 'applications', MATRIX_NOTE);
/** Part 四: 行政复议 and 行政诉讼 (split in two), five columns each, one row of numbers. */
export const APPEALS_LAYOUT: TableLayout = sectionsOf([APPEALS_TABLE], 'appeals');

export const TABLE_LAYOUTS: Readonly<Record<TablePart, TableLayout>> = {
  proactive: PROACTIVE_LAYOUT,
  applications: APPLICATIONS_LAYOUT,
  appeals: APPEALS_LAYOUT,
};

/** Every row of a layout, section by section, head rows first. */
export function layoutRows(layout: TableLayout): LayoutRow[] {
  return layout.sections.flatMap((s) => [...s.head, ...s.body]);
}

/** The layout on its grid: for each position, the cell that covers it and where that cell starts. */
export function layoutGrid(layout: TableLayout): GridPosition<LayoutCell>[][] {
  return spanGrid(layoutRows(layout), layout.width, (c) => (c.kind === 'value' ? '' : c.text));
}
