// Part 四 as data: 行政复议, and 行政诉讼 split in two; each with four results and a derived 总计.
import type { AppealsCell } from '../report/cell-address';
import {
  APPEAL_FIELDS,
  APPEAL_GROUPS,
  APPEAL_INPUT_FIELDS,
  type AppealField,
  type AppealGroup,
} from '../report/keys';
import { APPEAL_FIELD_LABELS, APPEAL_GROUP_LABELS, LITIGATION_HEADER, PART_TITLES } from '../report/labels';
import { APPEALS_GUIDANCE } from './guidance';
import type { TableDefinition } from './table-definition';

export type AppealColumnDef = {
  group: AppealGroup;
  field: AppealField;
  label: string;
  groupLabel: string;
  derived: boolean;
  /** 「行政复议」, or 「行政诉讼」 and its half; then the label */
  headers: readonly string[];
};

/** The 15 columns of the one-row national table, left to right. */
export const APPEAL_COLUMNS: readonly AppealColumnDef[] = APPEAL_GROUPS.flatMap((group) =>
  APPEAL_FIELDS.map((field) => ({
    group,
    field,
    label: APPEAL_FIELD_LABELS[field],
    groupLabel: APPEAL_GROUP_LABELS[group],
    derived: field === 'total',
    headers:
      group === 'reconsideration'
        ? [APPEAL_GROUP_LABELS[group], APPEAL_FIELD_LABELS[field]]
        : [LITIGATION_HEADER, APPEAL_GROUP_LABELS[group], APPEAL_FIELD_LABELS[field]],
  })),
);

const appealCells = new Map(
  APPEAL_COLUMNS.map((c): [string, AppealsCell] => [
    `${c.group}.${c.field}`,
    { part: 'appeals', row: c.group, column: c.field },
  ]),
);

/** Part 四 as a table definition: one unlabelled row of 15 columns. */
export const APPEALS_TABLE: TableDefinition = {
  id: 'appeals',
  label: PART_TITLES.appeals,
  rowHeader: '',
  showRowLabels: false,
  rows: [{ key: 'count', label: '件数', depth: 0, group: false, derived: false }],
  columns: APPEAL_COLUMNS.map((c) => ({
    key: `${c.group}.${c.field}`,
    headers: c.headers,
    derived: c.derived,
    ...(c.derived ? { sumOf: APPEAL_INPUT_FIELDS.map((f) => `${c.group}.${f}`) } : {}),
    decimal: false,
  })),
  cell: (_row, column) => {
    const cell = appealCells.get(column);
    if (!cell) throw new Error(`no appeals column ${column}`);
    return cell;
  },
  headerGuidance: Object.fromEntries(APPEAL_GROUPS.map((g) => [APPEAL_GROUP_LABELS[g], APPEALS_GUIDANCE[g]])),
};
