// The three tables of a corpus report laid out as the national format prints them (国办公开办函
// 〔2021〕30号): the layouts of domain/tables/table-layout.ts (merged header cells, the group labels
// of part 三 spanning their rows, part 四's two-level header) with the report's numbers, and part
// 三's note in its empty corner as published pages put it. Every shape (text, PDF, HTML) is rendered
// from this one grid.

import { APPLICATION_GROUP_LABELS } from '../report/labels';
import { reportCellText } from '../report/report-cell';
import type { Report } from '../report/report-schema';
import { type LayoutCell, layoutRows, TABLE_LAYOUTS, type TableLayout } from '../tables/table-layout';
import type { CorpusNumbers } from './numbers';

export type GridCell = {
  text: string;
  rowspan?: number;
  colspan?: number;
  /** a header cell (th) */
  header?: boolean;
  /** a number cell */
  value?: boolean;
};
export type GridRow = GridCell[];
export type NationalTables = { proactive: GridRow[]; applications: GridRow[]; appeals: GridRow[] };

const l = (text: string, span: Partial<GridCell> = {}): GridCell => ({ text, ...span });
const v = (n: number | null, span: Partial<GridCell> = {}): GridCell => ({
  text: n === null ? '' : String(n),
  value: true,
  ...span,
});

function gridCell(cell: LayoutCell, numbers: CorpusNumbers, note: string | undefined): GridCell {
  const span = {
    ...(cell.rowSpan > 1 ? { rowspan: cell.rowSpan } : {}),
    ...(cell.colSpan > 1 ? { colspan: cell.colSpan } : {}),
  };
  switch (cell.kind) {
    case 'header':
      return { text: cell.text === '' && note ? note : cell.text, header: true, ...span };
    case 'rowHeader':
      return l(cell.text, span);
    case 'value':
      // Only the three tables are read: the numbers are a report as far as a cell goes.
      return { text: reportCellText(numbers as Report, cell.address), value: true, ...span };
  }
}

const gridRows = (layout: TableLayout, numbers: CorpusNumbers): GridRow[] =>
  layoutRows(layout).map((row) => row.map((cell) => gridCell(cell, numbers, layout.note)));

export function nationalTables(numbers: CorpusNumbers): NationalTables {
  return {
    proactive: gridRows(TABLE_LAYOUTS.proactive, numbers),
    applications: gridRows(TABLE_LAYOUTS.applications, numbers),
    appeals: gridRows(TABLE_LAYOUTS.appeals, numbers),
  };
}

/** The group label 「（六）其他处理」 and its three rows merged into the one row of the 2019 layout. */
export function singleOtherHandlingRow(rows: readonly GridRow[]): GridRow[] {
  const at = rows.findIndex((r) => r.some((c) => c.text === APPLICATION_GROUP_LABELS.otherHandling));
  if (at < 0) throw new Error('no 「（六）其他处理」 row');
  const merged = rows.slice(at, at + 3).map((r) => r.filter((c) => c.value).map((c) => Number(c.text)));
  const sums = merged[0]!.map((_, k) => merged.reduce((s, r) => s + r[k]!, 0));
  // The group 「三、本年度办理结果」 now spans two rows fewer.
  const before = rows
    .slice(0, at)
    .map((r) =>
      r.map((c) =>
        c.text === APPLICATION_GROUP_LABELS.results ? { ...c, rowspan: (c.rowspan ?? 1) - 2 } : c,
      ),
    );
  return [
    ...before,
    [l(APPLICATION_GROUP_LABELS.otherHandling, { colspan: 2 }), ...sums.map((s) => v(s))],
    ...rows.slice(at + 3),
  ];
}
