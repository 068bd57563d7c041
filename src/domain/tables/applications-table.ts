// Part 三 as data: the layout of the national table (rows, group rows, columns, derived cells).
// 「本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和」 — see checks/rules/balance.ts.
import {
  APPLICANT_COLUMNS,
  APPLICANT_INPUT_COLUMNS,
  type ApplicantColumn,
  type ApplicationRow,
  RESULT_ROWS,
} from '../report/keys';
import {
  APPLICANT_HEADER,
  APPLICANT_LABELS,
  APPLICATION_GROUP_LABELS,
  APPLICATION_ROW_LABELS,
  type ApplicationGroup,
  ORGANIZATION_HEADER,
  PART_TITLES,
} from '../report/labels';
import { MATRIX_GUIDANCE } from './guidance';
import type { TableDefinition } from './table-definition';

export type MatrixLayoutRow =
  | { kind: 'group'; group: ApplicationGroup; label: string; depth: 0 | 1 }
  | {
      kind: 'row';
      key: ApplicationRow;
      label: string;
      /** 0: top-level row (一、二、四); 1: （一）（二）（七） under 三; 2: numbered items under a sub-group */
      depth: 0 | 1 | 2;
      derived: boolean;
      /** the sub-group this row belongs to, for print's merged label cells */
      group: ApplicationGroup | null;
    };

const row = (
  key: ApplicationRow,
  depth: 0 | 1 | 2,
  group: ApplicationGroup | null = null,
): MatrixLayoutRow => ({
  kind: 'row',
  key,
  label: APPLICATION_ROW_LABELS[key],
  depth,
  derived: key === 'totalHandled',
  group,
});
const groupRow = (group: ApplicationGroup, depth: 0 | 1): MatrixLayoutRow => ({
  kind: 'group',
  group,
  label: APPLICATION_GROUP_LABELS[group],
  depth,
});

export const MATRIX_LAYOUT: readonly MatrixLayoutRow[] = [
  row('newReceived', 0),
  row('carriedOver', 0),
  groupRow('results', 0),
  row('granted', 1, 'results'),
  row('partiallyGranted', 1, 'results'),
  groupRow('withheld', 1),
  row('withheldStateSecret', 2, 'withheld'),
  row('withheldOtherLaw', 2, 'withheld'),
  row('withheldSafetyStability', 2, 'withheld'),
  row('withheldThirdParty', 2, 'withheld'),
  row('withheldInternalAffairs', 2, 'withheld'),
  row('withheldProcessInfo', 2, 'withheld'),
  row('withheldEnforcementFile', 2, 'withheld'),
  row('withheldQueryMatter', 2, 'withheld'),
  groupRow('unavailable', 1),
  row('unavailableNotHeld', 2, 'unavailable'),
  row('unavailableNeedsCreation', 2, 'unavailable'),
  row('unavailableUnclear', 2, 'unavailable'),
  groupRow('notProcessed', 1),
  row('notProcessedComplaint', 2, 'notProcessed'),
  row('notProcessedDuplicate', 2, 'notProcessed'),
  row('notProcessedPublication', 2, 'notProcessed'),
  row('notProcessedMassRepeated', 2, 'notProcessed'),
  row('notProcessedConfirmation', 2, 'notProcessed'),
  groupRow('otherHandling', 1),
  row('otherNoCorrection', 2, 'otherHandling'),
  row('otherUnpaidFee', 2, 'otherHandling'),
  row('otherOther', 2, 'otherHandling'),
  row('totalHandled', 1, 'results'),
  row('carriedForward', 0),
];

export type MatrixColumnDef = {
  key: ApplicantColumn;
  label: string;
  derived: boolean;
  /** 「申请人情况」 over all seven, 「法人或其他组织」 over the five kinds of organisation, then the label */
  headers: readonly string[];
};
const ORGANIZATIONS: readonly ApplicantColumn[] = APPLICANT_INPUT_COLUMNS.filter((c) => c !== 'natural');
export const MATRIX_COLUMNS: readonly MatrixColumnDef[] = APPLICANT_COLUMNS.map((key) => ({
  key,
  label: APPLICANT_LABELS[key],
  derived: key === 'total',
  headers: ORGANIZATIONS.includes(key)
    ? [APPLICANT_HEADER, ORGANIZATION_HEADER, APPLICANT_LABELS[key]]
    : [APPLICANT_HEADER, APPLICANT_LABELS[key]],
}));
export const MATRIX_INPUT_COLUMNS = APPLICANT_INPUT_COLUMNS;

/** Part 三 as a table definition: the group rows, the 25 rows and the seven columns. */
export const APPLICATIONS_TABLE: TableDefinition = {
  id: 'applications',
  label: PART_TITLES.applications,
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
          ...(r.derived ? { sumOf: RESULT_ROWS } : {}),
          guidance: MATRIX_GUIDANCE[r.key],
        },
  ),
  columns: MATRIX_COLUMNS.map((c) => ({
    key: c.key,
    headers: c.headers,
    derived: c.derived,
    ...(c.derived ? { sumOf: APPLICANT_INPUT_COLUMNS } : {}),
    decimal: false,
  })),
  rowBalance: { left: ['newReceived', 'carriedOver'], right: ['totalHandled', 'carriedForward'] },
  cell: (row, column) => ({
    part: 'applications',
    row: row as ApplicationRow,
    column: column as ApplicantColumn,
  }),
};
