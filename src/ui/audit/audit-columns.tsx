// The columns of the audit table (TanStack Table): which report, read how far, and its problems by
// kind — the kinds an auditor of published reports counts (nianbao issue 9).
import type { ColumnDef } from '@tanstack/react-table';
import {
  AUDIT_KIND_LABELS,
  type AuditRow,
  PROBLEM_KINDS,
  type ProblemKind,
} from '../../domain/audit/audit-types';
import { META_LABELS } from '../../domain/report/labels';
import { bidiVisible, UserText } from '../components/user-text';
import { auditReportPath } from '../router/use-hash-query';

const FORMAT_LABELS = { '2021': '2021年格式', '2019': '2019年试行格式' } as const;

/** Problems that make the report wrong as published (red); the rest are to look at (amber). */
const ERROR_KINDS: ReadonlySet<ProblemKind> = new Set(['total-mismatch', 'balance', 'missing-part']);

function count(kind: ProblemKind, n: number) {
  if (n === 0) return <span className="muted">0</span>;
  return <span className={`badge ${ERROR_KINDS.has(kind) ? 'error' : 'warning'}`}>{n}</span>;
}

export const NUMERIC_AUDIT_COLUMNS: ReadonlySet<string> = new Set([
  'cellsRead',
  'problems',
  ...PROBLEM_KINDS,
]);

export const AUDIT_COLUMNS: ColumnDef<AuditRow>[] = [
  { accessorKey: 'source', header: '来源' },
  {
    accessorKey: 'agencyName',
    header: META_LABELS.agencyName,
    cell: (c) =>
      c.row.original.agencyName ? (
        <UserText text={c.row.original.agencyName} />
      ) : (
        <span className="muted">（未识别）</span>
      ),
  },
  {
    accessorKey: 'year',
    header: META_LABELS.year,
    sortUndefined: 'last',
    cell: (c) => c.row.original.year ?? <span className="muted">（未识别）</span>,
  },
  {
    accessorKey: 'format',
    header: '格式',
    cell: (c) => {
      const f = c.row.original.format;
      return f === '2019' ? <span className="badge warning">{FORMAT_LABELS[f]}</span> : FORMAT_LABELS[f];
    },
  },
  {
    id: 'cellsRead',
    accessorFn: (r) => r.cellsRead,
    header: '已读取单元格',
    cell: (c) => {
      const { cellsRead, cellsTotal } = c.row.original;
      const text = `${cellsRead}/${cellsTotal}`;
      return cellsRead < cellsTotal ? <span className="overdue">{text}</span> : text;
    },
  },
  ...PROBLEM_KINDS.map(
    (kind): ColumnDef<AuditRow> => ({
      id: kind,
      accessorFn: (r) => r.counts[kind],
      header: kind === 'continuity' ? '上年衔接' : AUDIT_KIND_LABELS[kind],
      sortDescFirst: true,
      cell: (c) => count(kind, c.row.original.counts[kind]),
    }),
  ),
  {
    id: 'previous',
    accessorFn: (r) => r.previousId !== null,
    header: '上年比对',
    cell: (c) =>
      c.row.original.previousVariant ? (
        <span title={c.row.original.previousVariant}>已比对（名称相近）</span>
      ) : c.row.original.previousRenamed ? (
        <span title={c.row.original.previousRenamed}>已比对（机构更名）</span>
      ) : c.row.original.previousId ? (
        '已比对'
      ) : (
        <span className="muted">本批无上年报告</span>
      ),
  },
  {
    id: 'view',
    header: '查看',
    enableSorting: false,
    cell: (c) => (
      <a href={auditReportPath(c.row.original.id)}>
        查看
        <span className="visually-hidden">{`${bidiVisible(c.row.original.agencyName)}${c.row.original.year ?? ''}年报告的问题`}</span>
      </a>
    ),
  },
];
