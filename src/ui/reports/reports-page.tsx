import { lazy, Suspense, useMemo, useState } from 'react';
import { ORIGIN_LABELS, PRINT_BLANK_FORM, REFERENCE_REPORTS } from '../../domain/report/labels';
import { originOf, type ReportOrigin } from '../../domain/review/roles';
import { formatDate, formatDateTime } from '../components/format';
import { StatusBadge, StatusFilter } from '../components/review-status';
import { bidiVisible, UserText } from '../components/user-text';
import { useRepository } from '../hooks/use-repository';
import { useBrowserUse } from '../hooks/use-settings';
import { BLANK_FORM_PATH, editorPath, navigate } from '../router/router';
import { auditReportPath } from '../router/use-hash-query';
import { BackupButtons } from './backup-buttons';
import { useDraftList, useReferenceList } from './draft-list-feed';
import { nextSorting, orderRows, type RowFilter, type Sorting, type SortKey } from './list-sorting';
import { type ReportRow, toReportRow } from './report-row';
import { type ListColumn, ReportsTable } from './reports-table';
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

const text = (value: (r: ReportRow) => string): SortKey<ReportRow> => ({
  value,
  compare: 'text',
  first: 'asc',
});
const largestFirst = (value: (r: ReportRow) => string | number | null): SortKey<ReportRow> => ({
  value,
  compare: 'value',
  first: 'desc',
});

const columns: readonly ListColumn[] = [
  {
    id: 'agencyName',
    header: '机关名称',
    sort: text((r) => r.agencyName),
    cell: ({ id, agencyName, reference }) => {
      const name = agencyName || '（未填写）';
      // title: a long name may be cut off (…) in the one-line rows of a long list
      return (
        <a href={reference ? auditReportPath(id) : editorPath(id)} title={bidiVisible(name)}>
          <UserText text={name} />
        </a>
      );
    },
  },
  { id: 'year', header: '年度', sort: largestFirst((r) => r.year), cell: (r) => r.year },
  {
    id: 'status',
    header: '状态',
    sort: text((r) => r.status),
    cell: (r) =>
      r.reference ? (
        <span className="badge info">{REFERENCE_REPORTS}</span>
      ) : (
        <>
          <StatusBadge status={r.status} />
          {r.received && (
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
    sort: largestFirst((r) => r.errors * 10_000 + r.warnings),
    cell: (r) => (
      <span className="row">
        <span className={`badge ${r.errors ? 'error' : 'ok'}`}>错误 {r.errors}</span>
        <span className={`badge ${r.warnings ? 'warning' : 'ok'}`}>警告 {r.warnings}</span>
      </span>
    ),
  },
  {
    id: 'updatedAt',
    header: '最后保存',
    // ISO timestamps order as plain strings; the first click shows the oldest first (no sort shown
    // = newest first, DEFAULT_ORDER).
    sort: { value: (r) => r.updatedAt, compare: 'value', first: 'asc' },
    cell: (r) => formatDateTime(r.updatedAt),
  },
  {
    id: 'due',
    header: '截止日期',
    sort: largestFirst((r) => r.due?.getTime() ?? 0),
    cell: (r) => <DueCell row={r} />,
  },
  { id: 'actions', header: '操作', cell: (r) => <RowActions row={r} /> },
];
const SORT_KEYS: Readonly<Record<string, SortKey<ReportRow>>> = Object.fromEntries(
  columns.flatMap((c) => (c.sort ? [[c.id, c.sort] as const] : [])),
);

/** Which reports the list shows: the units' reports (own, received, or both) or the 参考报告. */
type Category = 'units' | ReportOrigin | 'reference';
const CATEGORIES: { value: Category; label: string }[] = [
  { value: 'units', label: '填报和审核的报告' },
  { value: 'own', label: ORIGIN_LABELS.own },
  { value: 'received', label: ORIGIN_LABELS.received },
  { value: 'reference', label: REFERENCE_REPORTS },
];

/**
 * Under an empty list: the browser may have dropped this site's data (清除浏览数据, a private window
 * closed, another browser, PC or address), which looks exactly like a first visit. Where the
 * reports were kept and how to get them back.
 */
const LOST_REPORTS_HINT =
  '以前填写的报告不见了？报告只保存在这台电脑的这个浏览器中：清除了浏览数据、在无痕（隐私）窗口中填写后关闭了窗口、换了浏览器或电脑、或者本工具的网址变了，都会看不到以前的报告。如果保存过「备份全部」的文件（政府信息公开年报备份-日期.json），请点击「恢复备份」选择它；单份报告的文件（.json）可以用「导入」。';

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
  // header, see DEFAULT_ORDER): re-sorting 1,000 rows into the order they already have would cost
  // a part of the first display; they are sorted as soon as the clerk picks a column.
  const [sorting, setSorting] = useState<Sorting>(null);
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
  const filters = useMemo(() => {
    const kept: RowFilter<ReportRow>[] = [];
    // as typed, any case: 「单位12」 keeps 单位120…单位129
    const part = organ.toLowerCase();
    if (part) kept.push((r) => r.agencyName.toLowerCase().includes(part));
    if (year) kept.push((r) => r.year === Number(year));
    if (status) kept.push((r) => r.status === status);
    return kept;
  }, [organ, year, status]);
  const shown = useMemo(() => orderRows(rows, filters, sorting, SORT_KEYS), [rows, filters, sorting]);

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
            <>
              <p>还没有报告。点击「新建报告」开始填报，或「导入」已有的报告文件或已发布的报告文本。</p>
              {drafts?.length === 0 && <p className="muted">{LOST_REPORTS_HINT}</p>}
            </>
          )}
        </div>
      ) : (
        <ReportsTable
          columns={columns}
          rows={shown}
          sorting={sorting}
          onSort={(c) => c.sort && setSorting((now) => nextSorting(now, c.id, c.sort!.first))}
          resetKey={JSON.stringify([sorting, organ, year, status])}
        />
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
