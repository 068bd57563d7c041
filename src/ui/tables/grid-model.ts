// The three tables as the grid edits them: the table definitions of domain/tables (header paths,
// rows with group rows, derived cells, guidance), with each column's header path split into its
// merged header groups and its own label, and cell addresses as data-cell strings.
import { cellId } from '../../domain/report/cell-address';
import { APPEALS_TABLE } from '../../domain/tables/appeals-table';
import { APPLICATIONS_TABLE } from '../../domain/tables/applications-table';
import type { Guidance } from '../../domain/tables/guidance';
import { type ProactiveSection, proactiveTable } from '../../domain/tables/proactive-table';
import type { TableDefinition, TableRow } from '../../domain/tables/table-definition';

export type GridColumn = {
  key: string;
  label: string;
  groups: string[];
  derived: boolean;
  /** a derived column: the keys of the columns it sums */
  sumOf?: readonly string[];
  decimal: boolean;
};
export type GridRow = TableRow;
export type GridModel = {
  id: string;
  label: string;
  rowHeader: string;
  showRowLabels: boolean;
  /** a caption row above the headers (part 二: the article of 《条例》) */
  caption?: string;
  rows: GridRow[];
  columns: GridColumn[];
  cell: (row: string, column: string) => string;
  /** the identity each column obeys (table-definition.ts) */
  rowBalance?: { left: readonly string[]; right: readonly string[] };
  /** 填报说明 of header cells, by header text (part 四, whose groups are columns) */
  headerGuidance?: Readonly<Record<string, Guidance>>;
};

export function gridModel(table: TableDefinition): GridModel {
  return {
    id: table.id,
    label: table.label,
    rowHeader: table.rowHeader,
    showRowLabels: table.showRowLabels,
    ...(table.caption ? { caption: table.caption } : {}),
    rows: [...table.rows],
    columns: table.columns.map((c) => ({
      key: c.key,
      label: c.headers.at(-1) ?? '',
      groups: c.headers.slice(0, -1),
      derived: c.derived,
      ...(c.sumOf ? { sumOf: c.sumOf } : {}),
      decimal: c.decimal,
    })),
    cell: (row, column) => cellId(table.cell(row, column)),
    ...(table.rowBalance ? { rowBalance: table.rowBalance } : {}),
    ...(table.headerGuidance ? { headerGuidance: table.headerGuidance } : {}),
  };
}

export const MATRIX_MODEL: GridModel = gridModel(APPLICATIONS_TABLE);
export const APPEALS_MODEL: GridModel = gridModel(APPEALS_TABLE);
/** Part 二's sub-table `index` as a grid. */
export function proactiveModel(section: ProactiveSection, index: number): GridModel {
  return gridModel(proactiveTable(section, index));
}

/** Data rows only (group rows carry no cells), with their index for movement and paste. */
export function dataRows(model: GridModel): GridRow[] {
  return model.rows.filter((r) => !r.group);
}
