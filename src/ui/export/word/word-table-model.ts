// The three tables of the report as Word will set them: the printed layouts of
// domain/tables/table-layout.ts (the national format: HTML-style colSpan/rowSpan, a merged cell
// appears once, in its first row) with the values of one report, plus what only Word needs —
// column widths, the header rows that repeat on each page, a smaller size for the wide table.
// docx-table.ts turns a model into a Word table.
import { reportCellText } from '../../../domain/report/report-cell';
import type { Report } from '../../../domain/report/report-schema';
import { spanGrid } from '../../../domain/tables/span-grid';
import {
  APPEALS_LAYOUT,
  APPLICATIONS_LAYOUT,
  type LayoutCell,
  layoutRows,
  PROACTIVE_LAYOUT,
  type TableLayout,
} from '../../../domain/tables/table-layout';

/** head: a header cell (bold, centred); label: a row label (left); num: a number (centred). */
export type CellKind = 'head' | 'label' | 'num';
export type ModelCell = {
  text: string;
  kind: CellKind;
  colSpan?: number;
  rowSpan?: number;
};
export type TableModel = {
  /** relative widths of the grid columns; the renderer scales them to the type area */
  columnWeights: readonly number[];
  /** leading rows that repeat at the top of each page the table runs onto */
  headerRows: number;
  /** the appeals table has 15 columns and is set a size smaller, as in print */
  compact: boolean;
  rows: readonly (readonly ModelCell[])[];
};

const KIND: Record<LayoutCell['kind'], CellKind> = { header: 'head', rowHeader: 'label', value: 'num' };

function modelCell(cell: LayoutCell, report: Report): ModelCell {
  return {
    text: cell.kind === 'value' ? reportCellText(report, cell.address) : cell.text,
    kind: KIND[cell.kind],
    ...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {}),
    ...(cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {}),
  };
}

/** All sections as one Word table; the header rows repeat on each page only when there is one head. */
function tableModel(
  layout: TableLayout,
  report: Report,
  look: { columnWeights: readonly number[]; compact: boolean },
): TableModel {
  const [first] = layout.sections;
  return {
    ...look,
    headerRows: layout.sections.length === 1 && first ? first.head.length : 0,
    rows: layoutRows(layout).map((row) => row.map((c) => modelCell(c, report))),
  };
}

/** Part 二 as ONE table, each 「第二十条第（…）项」 over its rows (the label column a third wide). */
export function proactiveTableModel(report: Report): TableModel {
  const values = PROACTIVE_LAYOUT.width - 1;
  return tableModel(PROACTIVE_LAYOUT, report, {
    columnWeights: [34, ...Array.from({ length: values }, () => 66 / values)],
    compact: false,
  });
}

/** Part 三: three label columns (三、本年度办理结果 / （三）… / item) and the seven applicant columns. */
export function applicationsTableModel(report: Report): TableModel {
  const values = APPLICATIONS_LAYOUT.width - 3;
  return tableModel(APPLICATIONS_LAYOUT, report, {
    // as print (report-tables.tsx): a number column takes six digits
    columnWeights: [5, 10, 25, ...Array.from({ length: values }, () => 60 / values)],
    compact: false,
  });
}

/** Part 四: 行政复议 (5 columns) and 行政诉讼 split in two (5 + 5), one row of numbers. */
export function appealsTableModel(report: Report): TableModel {
  return tableModel(APPEALS_LAYOUT, report, {
    columnWeights: Array.from({ length: APPEALS_LAYOUT.width }, () => 1),
    compact: true,
  });
}

/**
 * The grid a model describes, laid out as HTML and Word do (a merged cell's text fills every grid
 * position it covers). Throws on overlaps, holes and cells that run past the table.
 */
export function modelGrid(model: TableModel): string[][] {
  return spanGrid(model.rows, model.columnWeights.length, (c) => c.text).map((line) =>
    line.map((p) => p.cell.text),
  );
}
