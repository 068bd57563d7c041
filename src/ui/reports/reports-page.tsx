import {
  type ColumnDef,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
} from '@tanstack/react-table';
import { lazy, Suspense, useMemo, useState } from 'react';
import { ORIGIN_LABELS, PRINT_BLANK_FORM, REFERENCE_REPORTS } from '../../domain/report/labels';
import { originOf, type ReportOrigin } from '../../domain/review/roles';
import { formatDate, formatDateTime } from '../components/format';
import { StatusBadge, StatusFilter } from '../components/review-status';
import { useRepository } from '../hooks/use-repository';
import { useBrowserUse } from '../hooks/use-settings';
import { BLANK_FORM_PATH, editorPath, navigate } from '../router/router';
import { auditReportPath } from '../router/use-hash-query';
import { BackupButtons } from './backup-buttons';
import { useDraftList, useReferenceList } from './draft-list-feed';
import { type ReportRow, toReportRow } from './report-row';
import { ReportsTable } from './reports-table';
import { RowActions } from './row-actions';

// Both dialogs bring forms, zod and the text importer: loaded when first opened, not with the list.
const NewReportDialog = lazy(() =>
  import('./new-report-dialog').then((m) => ({ default: m.NewReportDialog })),
);
const ImportDialog = lazy(() => import('../import/import-dialog').then((m) => ({ default: m.ImportDialog })));

function DueCell({ row }: { row: ReportRow }) {
  if (!row.due) return <span className="muted">—</span>;
  if (row.daysLeft === null) return <span>{formatDate(row.due)}</span>;
  const done = row.status === 'approved' || row.status === 'submitted';
  const overdue = row.daysLeft < 0 && !done;
  return (
    <span className={overdue ? 'overdue' : undefined}>
      {formatDate(row.due)}
      {!done && (overdue ? `（已逾期${-row.daysLeft}天）` : `（剩余${row.daysLeft}天）`)}
    </span>
  );
}

const columns: ColumnDef<ReportRow>[] = [
  {
    accessorKey: 'agencyName',
    header: '机关名称',
    cell: (c) => {
      const { id, agencyName, reference } = c.row.original;
      const name = agencyName || '（未填写）';
      // title: a long name may be cut off (…) in the one-line rows of a long list
      return (
        <a href={reference ? auditReportPath(id) : editorPath(id)} title={name}>
          {name}
        </a>
      );
    },
  },
  { accessorKey: 'year', header: '年度', filterFn: 'equals' },
  {
    accessorKey: 'status',
    header: '状态',
    filterFn: 'equals',
    cell: (c) =>
      c.row.original.reference ? (
        <span className="badge info">{REFERENCE_REPORTS}</span>
      ) : (
        <>
          <StatusBadge status={c.row.original.status} />
          {c.row.original.received && (
            <span className="badge info" title={ORIGIN_LABELS.received}>
              收到
            </span>
          )}
        </>
      ),
  },
  {
    id: 'problems',
    header: '错误/警告',
    accessorFn: (r) => r.errors * 10_000 + r.warnings,
    cell: (c) => (
      <span className="row">
        <span className={`badge ${c.row.original.errors ? 'error' : 'ok'}`}>
          错误 {c.row.original.errors}
        </span>
        <span className={`badge ${c.row.original.warnings ? 'warning' : 'ok'}`}>
          警告 {c.row.original.warnings}
        </span>
      </span>
    ),
  },
  {
    accessorKey: 'updatedAt',
    header: '最后保存',
    // ISO timestamps order as plain strings; the 'auto' choice (alphanumeric: split on digits,
    // parseInt each part) cost ~20 ms per sort of 1,000 rows.
    sortingFn: 'basic',
    cell: (c) => formatDateTime(c.row.original.updatedAt),
  },
  {
    id: 'due',
    header: '截止日期',
    accessorFn: (r) => r.due?.getTime() ?? 0,
    cell: (c) => <DueCell row={c.row.original} />,
  },
  { id: 'actions', header: '操作', enableSorting: false, cell: (c) => <RowActions row={c.row.original} /> },
];

/** Which reports the list shows: the units' reports (own, received, or both) or the 参考报告. */
type Category = 'units' | ReportOrigin | 'reference';
const CATEGORIES: { value: Category; label: string }[] = [
  { value: 'units', label: '填报和审核的报告' },
  { value: 'own', label: ORIGIN_LABELS.own },
  { value: 'received', label: ORIGIN_LABELS.received },
  { value: 'reference', label: REFERENCE_REPORTS },
];

/** Stable (module level): ReportsTable caches the Row objects it makes per data and getRowId. */
const rowId = (r: ReportRow) => r.id;

export function ReportsPage() {
  const repo = useRepository();
  // The light list records, not whole reports (1,000 drafts would be ~4 MB), kept in memory from
  // the start of the app (draft-list-feed.ts).
  const drafts = useDraftList(repo);
  const references = useReferenceList(repo);
  // 「参考报告」: the published reports 批量审核 saved (the audit page sends the user here for them);
  // never mixed with the units' reports, as they never count in the 汇总.
  // The others follow 「设置」: a clerk's browser opens on its own reports, a reviewer's on the
  // reports received (the review list), a browser used for both on all of them.
  const use = useBrowserUse();
  const [chosen, setCategory] = useState<Category | null>(() =>
    new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('kind') === 'reference'
      ? 'reference'
      : null,
  );
  const category: Category = chosen ?? (use.fill === use.review ? 'units' : use.fill ? 'own' : 'received');
  const stored = useMemo(() => {
    if (category === 'reference') return references;
    if (category === 'units' || drafts === undefined) return drafts;
    return drafts.filter((r) => originOf(r.origin, use) === category);
  }, [category, drafts, references, use]);
  // No sort chosen = the order listSummaries returns: 最后保存, newest first (shown as such in the
  // header, see DEFAULT_ORDER). TanStack re-sorting 1,000 rows into the order they already have
  // cost a noticeable part of the first display; it sorts as soon as the clerk picks a column.
  const [sorting, setSorting] = useState<SortingState>([]);
  const [organ, setOrgan] = useState('');
  const [year, setYear] = useState('');
  const [status, setStatus] = useState('');
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);

  const today = useMemo(() => new Date(), []);
  const rows = useMemo(() => (stored ?? []).map((r) => toReportRow(r, today, use)), [stored, today, use]);
  const years = useMemo(
    () => [...new Set(rows.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => b - a),
    [rows],
  );
  const columnFilters = useMemo(
    () => [
      ...(organ ? [{ id: 'agencyName', value: organ }] : []),
      ...(year ? [{ id: 'year', value: Number(year) }] : []),
      ...(status ? [{ id: 'status', value: status }] : []),
    ],
    [organ, year, status],
  );

  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting, columnFilters },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getRowId: rowId,
  });

  return (
    <section aria-labelledby="reports-title">
      <div className="row" style={{ marginBottom: '0.8rem' }}>
        <h1 id="reports-title">报告列表</h1>
        <span className="spacer" />
        <button type="button" className="primary" onClick={() => setCreating(true)}>
          新建报告
        </button>
        <button type="button" onClick={() => setImporting(true)}>
          导入
        </button>
        <BackupButtons />
        <a href={BLANK_FORM_PATH}>{PRINT_BLANK_FORM}</a>
      </div>
      <search className="row panel" aria-label="筛选报告">
        <label>
          <span className="visually-hidden">按机关名称筛选</span>
          <input
            type="search"
            placeholder="按机关名称筛选"
            value={organ}
            onChange={(e) => setOrgan(e.target.value)}
          />
        </label>
        <label>
          <span className="visually-hidden">按年度筛选</span>
          <select value={year} onChange={(e) => setYear(e.target.value)}>
            <option value="">全部年度</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}年
              </option>
            ))}
          </select>
        </label>
        <StatusFilter label="按状态筛选" value={status} onChange={setStatus} />
        <label>
          <span className="visually-hidden">按类别筛选</span>
          <select value={category} onChange={(e) => setCategory(e.target.value as Category)}>
            {CATEGORIES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      </search>
      {stored === undefined ? (
        <p className="muted">正在读取…</p>
      ) : rows.length === 0 ? (
        <div className="panel">
          {category === 'reference' ? (
            <p>还没有参考报告。「批量审核」审核过的已发布报告会作为参考报告保存在这里。</p>
          ) : (
            <p>还没有报告。点击「新建报告」开始填报，或「导入」已有的报告文件或已发布的报告文本。</p>
          )}
        </div>
      ) : (
        <ReportsTable table={table} resetKey={JSON.stringify([sorting, columnFilters])} />
      )}
      <Suspense fallback={null}>
        {creating && (
          <NewReportDialog
            onClose={() => setCreating(false)}
            onCreated={(id) => {
              setCreating(false);
              navigate(editorPath(id));
            }}
          />
        )}
        {importing && <ImportDialog onClose={() => setImporting(false)} />}
      </Suspense>
    </section>
  );
}
