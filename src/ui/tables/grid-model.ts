// The three tables as grid models: header tree, data rows (with group rows), and the cell address
// of every (row, column). Built from the table definitions in src/domain/tables.
import { cellId } from '../../domain/report/cell-address';
import { APPEAL_GROUPS } from '../../domain/report/keys';
import {
  APPEAL_GROUP_LABELS,
  APPLICANT_HEADER,
  LITIGATION_HEADER,
  ORGANIZATION_HEADER,
  PROACTIVE_CONTENT_HEADER,
} from '../../domain/report/labels';
import { APPEAL_COLUMNS } from '../../domain/tables/appeals-table';
import { MATRIX_COLUMNS, MATRIX_LAYOUT } from '../../domain/tables/applications-table';
import {
  APPEALS_GUIDANCE,
  type Guidance,
  MATRIX_GUIDANCE,
  PROACTIVE_GUIDANCE,
} from '../../domain/tables/guidance';
import type { ProactiveSection } from '../../domain/tables/proactive-table';

export type GridColumn = { key: string; label: string; groups: string[]; derived: boolean; decimal: boolean };
export type GridRow = {
  key: string;
  label: string;
  depth: number;
  group: boolean;
  derived: boolean;
  /** 填报说明 of the row (every row of every table has one) */
  guidance?: Guidance;
};
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
  /** 填报说明 of header cells, by header text (part 四, whose groups are columns) */
  headerGuidance?: Readonly<Record<string, Guidance>>;
};

export const MATRIX_MODEL: GridModel = {
  id: 'applications',
  label: '三、收到和处理政府信息公开申请情况',
  rowHeader: '',
  showRowLabels: true,
  rows: MATRIX_LAYOUT.map((r) =>
    r.kind === 'group'
      ? {
          key: r.group,
          label: r.label,
          depth: r.depth,
          group: true,
          derived: false,
          guidance: MATRIX_GUIDANCE[r.group],
        }
      : {
          key: r.key,
          label: r.label,
          depth: r.depth,
          group: false,
          derived: r.derived,
          guidance: MATRIX_GUIDANCE[r.key],
        },
  ),
  columns: MATRIX_COLUMNS.map((c) => ({
    key: c.key,
    label: c.label,
    groups: c.organization ? [APPLICANT_HEADER, ORGANIZATION_HEADER] : [APPLICANT_HEADER],
    derived: c.derived,
    decimal: false,
  })),
  cell: (row, column) => cellId({ part: 'applications', row, column } as Parameters<typeof cellId>[0]),
};

export const APPEALS_MODEL: GridModel = {
  id: 'appeals',
  label: '四、政府信息公开行政复议、行政诉讼情况',
  rowHeader: '',
  showRowLabels: false,
  rows: [{ key: 'count', label: '件数', depth: 0, group: false, derived: false }],
  columns: APPEAL_COLUMNS.map((c) => ({
    key: `${c.group}.${c.field}`,
    label: c.label,
    groups: c.group === APPEAL_GROUPS[0] ? [c.groupLabel] : [LITIGATION_HEADER, c.groupLabel],
    derived: c.derived,
    decimal: false,
  })),
  cell: (_row, column) => `appeals.${column}`,
  headerGuidance: Object.fromEntries(APPEAL_GROUPS.map((g) => [APPEAL_GROUP_LABELS[g], APPEALS_GUIDANCE[g]])),
};

export function proactiveModel(section: ProactiveSection, index: number): GridModel {
  return {
    id: `proactive-${index}`,
    label: `二、主动公开政府信息情况 ${section.article}`,
    rowHeader: PROACTIVE_CONTENT_HEADER,
    showRowLabels: true,
    caption: section.article,
    rows: section.rows.map((r) => ({
      key: r.key,
      label: r.label,
      depth: 0,
      group: false,
      derived: false,
      guidance: PROACTIVE_GUIDANCE[r.key],
    })),
    columns: section.fields.map((f) => ({
      key: f.key,
      label: f.label,
      groups: [],
      derived: false,
      decimal: f.decimal,
    })),
    cell: (row, column) => `proactive.${row}.${column}`,
  };
}

/** Data rows only (group rows carry no cells), with their index for movement and paste. */
export function dataRows(model: GridModel): GridRow[] {
  return model.rows.filter((r) => !r.group);
}
