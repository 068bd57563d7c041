// A table of the report as data: its columns, each with its header path (the merged header cells
// above it, top to bottom, ending with its own label), its rows (group rows and data rows with
// their verbatim labels and depth), which cells are derived, and the address of every cell.
// The grid edits a definition as it is; table-layout.ts lays it out with merged cells for print,
// Word and the 汇总.
import type { CellAddress } from '../report/cell-address';
import type { Guidance } from './guidance';

export type TableColumn = {
  key: string;
  /** the header cells above this column, top to bottom; the last is the column's own label */
  headers: readonly string[];
  derived: boolean;
  /** a derived column: the keys of the columns it sums (a pasted block's totals are checked by it) */
  sumOf?: readonly string[];
  /** fees: decimals allowed */
  decimal: boolean;
};

export type TableRow = {
  key: string;
  label: string;
  /** 0: a top-level row; a row at depth d sits under the group rows of depths 0 … d−1 above it */
  depth: number;
  /** a group row (「三、本年度办理结果」, 「（三）不予公开」…): a label over the rows below, no cells */
  group: boolean;
  derived: boolean;
  /** a derived row: the keys of the rows it sums (a pasted block's totals are checked by it) */
  sumOf?: readonly string[];
  /** 填报说明 shown beside the row (SPEC §12; every row of every table has one) */
  guidance?: Guidance;
};

export type TableDefinition = {
  id: string;
  /** the table's accessible name */
  label: string;
  /** the header of the row-label column (「信息内容」), or '' */
  rowHeader: string;
  showRowLabels: boolean;
  /** a caption row above the headers (part 二: the article of 《条例》 the rows report on) */
  caption?: string;
  rows: readonly TableRow[];
  columns: readonly TableColumn[];
  cell: (row: string, column: string) => CellAddress;
  /**
   * An identity each column obeys (part 三's 勾稽关系, MATRIX_NOTE): the rows `left` sum to the rows
   * `right`, a derived row standing for the rows it sums. A pasted block that obeys it shows its
   * rows' layout (paste-plan.ts); the check of a report is checks/rules/balance.ts.
   */
  rowBalance?: { left: readonly string[]; right: readonly string[] };
  /** 填报说明 of header cells, by header text (part 四, whose groups are columns) */
  headerGuidance?: Readonly<Record<string, Guidance>>;
};

/** The rows that carry cells (group rows carry none). */
export function dataRowsOf(table: TableDefinition): TableRow[] {
  return table.rows.filter((r) => !r.group);
}
