// The columns of the per-unit table (TanStack Table): organ, review state, the key figures of each
// report and its due date. Headers are built from labels.ts, as the CSV export builds them.
import type { ColumnDef, FilterFn } from '@tanstack/react-table';
import {
  APPEAL_FIELD_LABELS,
  APPEAL_GROUP_LABELS,
  APPLICATION_GROUP_LABELS,
  APPLICATION_ROW_LABELS,
  LITIGATION_HEADER,
  META_LABELS,
  REPORT_KIND_LABELS,
} from '../../domain/report/labels';
import type { PerUnitRow } from '../../domain/summary/per-unit';
import { StatusBadge } from '../components/review-status';
import { UserText } from '../components/user-text';
import { editorPath } from '../router/router';

export type UnitRow = PerUnitRow & { included: boolean };

const num = (n: number | null) => (n === null ? <span className="muted">未填</span> : n);
/** Blank figures sort below every number, whichever the direction. */
const figure = (key: keyof UnitRow, header: string): ColumnDef<UnitRow> => ({
  id: key,
  accessorFn: (r) => r[key] as number | null,
  header,
  sortUndefined: 'last',
  cell: (c) => num(c.getValue() as number | null),
});

const overdueOnly: FilterFn<UnitRow> = (row, _id, on: boolean) => !on || row.original.overdueDays > 0;

/** Columns holding numbers: right-aligned, tabular figures. */
export const NUMERIC_COLUMNS: ReadonlySet<string> = new Set([
  'errors',
  'warnings',
  'newReceived',
  'totalHandled',
  'carriedForward',
  'reconsiderationTotal',
  'litigationTotal',
  'overdueDays',
]);

export const UNIT_COLUMNS: ColumnDef<UnitRow>[] = [
  {
    accessorKey: 'agencyName',
    header: META_LABELS.agencyName,
    enableHiding: false,
    filterFn: 'includesString',
    cell: (c) => (
      <a href={editorPath(c.row.original.id, 'checks')}>
        <UserText text={c.row.original.agencyName} fallback="（未填写）" />
      </a>
    ),
  },
  {
    accessorKey: 'reportKind',
    header: META_LABELS.reportKind,
    cell: (c) => REPORT_KIND_LABELS[c.row.original.reportKind],
  },
  {
    accessorKey: 'status',
    header: '状态',
    filterFn: 'equals',
    cell: (c) => <StatusBadge status={c.row.original.status} />,
  },
  {
    id: 'included',
    header: '计入汇总',
    accessorFn: (r) => Number(r.included),
    cell: (c) => (c.row.original.included ? '是' : <span className="muted">否</span>),
  },
  {
    accessorKey: 'errors',
    header: '错误',
    cell: (c) => (
      <span className={`badge ${c.row.original.errors ? 'error' : 'ok'}`}>{c.row.original.errors}</span>
    ),
  },
  {
    accessorKey: 'warnings',
    header: '警告',
    cell: (c) => (
      <span className={`badge ${c.row.original.warnings ? 'warning' : 'ok'}`}>{c.row.original.warnings}</span>
    ),
  },
  figure('newReceived', APPLICATION_ROW_LABELS.newReceived),
  figure('totalHandled', `${APPLICATION_GROUP_LABELS.results}${APPLICATION_ROW_LABELS.totalHandled}`),
  figure('carriedForward', APPLICATION_ROW_LABELS.carriedForward),
  figure('reconsiderationTotal', `${APPEAL_GROUP_LABELS.reconsideration}${APPEAL_FIELD_LABELS.total}`),
  figure('litigationTotal', `${LITIGATION_HEADER}${APPEAL_FIELD_LABELS.total}`),
  { accessorKey: 'dueDate', header: '报送截止日期', sortUndefined: 'last' },
  {
    accessorKey: 'overdueDays',
    header: '逾期天数',
    filterFn: overdueOnly,
    cell: (c) =>
      c.row.original.overdueDays > 0 ? <span className="overdue">{c.row.original.overdueDays}</span> : 0,
  },
];
