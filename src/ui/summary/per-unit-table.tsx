// The per-unit table of the 汇总: sort by any column, filter by organ, status or lateness, choose
// the columns. Rows are windowed (visible-range.ts) so 1,000 units scroll smoothly: only the rows
// in view are rendered, and aria-rowcount/aria-rowindex tell assistive technology the full size.
import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type SortingState,
  useReactTable,
  type VisibilityState,
} from '@tanstack/react-table';
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { StatusFilter } from '../components/review-status';
import { NUMERIC_COLUMNS, UNIT_COLUMNS, type UnitRow } from './per-unit-columns';
import { sameRange, visibleRange } from './visible-range';

/** Must equal the row height in summary.css (.unit-table tbody tr). */
const ROW_HEIGHT = 38;
/** From this many rows the table scrolls inside a fixed-height box (summary.css .contained). */
const CONTAIN_FROM = 10;
/** The window of rendered rows moves in steps of this many rows. */
const CHUNK = 8;

export function PerUnitTable({ rows }: { rows: readonly UnitRow[] }) {
  const ids = useId();
  const [sorting, setSorting] = useState<SortingState>([]);
  const [organ, setOrgan] = useState('');
  const [status, setStatus] = useState('');
  const [lateOnly, setLateOnly] = useState(false);
  const [visibility, setVisibility] = useState<VisibilityState>({ reportKind: false, warnings: true });
  const columnFilters = useMemo(
    () => [
      ...(organ.trim() ? [{ id: 'agencyName', value: organ.trim() }] : []),
      ...(status ? [{ id: 'status', value: status }] : []),
      ...(lateOnly ? [{ id: 'overdueDays', value: true }] : []),
    ],
    [organ, status, lateOnly],
  );
  const data = useMemo(() => [...rows], [rows]);
  const table = useReactTable({
    data,
    columns: UNIT_COLUMNS,
    state: { sorting, columnFilters, columnVisibility: visibility },
    onSortingChange: setSorting,
    onColumnVisibilityChange: setVisibility,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getRowId: (r) => r.id,
  });

  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ scrollTop: 0, height: 600 });
  const model = table.getRowModel().rows;
  const rangeAt = (scrollTop: number, height: number) =>
    visibleRange({
      count: model.length,
      rowHeight: ROW_HEIGHT,
      scrollTop,
      viewportHeight: height,
      chunk: CHUNK,
    });
  const range = rangeAt(view.scrollTop, view.height);
  // Re-render only when the window of rows changes (every CHUNK rows), not on every scroll event.
  const onScroll = (el: HTMLDivElement) => {
    if (!sameRange(rangeAt(el.scrollTop, el.clientHeight), range))
      setView({ scrollTop: el.scrollTop, height: el.clientHeight });
  };
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () => setView({ scrollTop: el.scrollTop, height: el.clientHeight });
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // A new order or filter starts at the top of the list.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the order or the filters change
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [sorting, columnFilters]);
  const columns = table.getVisibleLeafColumns();

  return (
    <section className="panel unit-section" aria-labelledby={`${ids}-title`}>
      <div className="row">
        <h2 id={`${ids}-title`}>各单位情况（{rows.length}）</h2>
        <span className="spacer" />
        <span className="muted" aria-live="polite">
          显示{model.length}个
        </span>
      </div>
      <search className="row" aria-label="筛选单位">
        <label>
          <span className="visually-hidden">按机关名称筛选单位</span>
          <input
            type="search"
            placeholder="按机关名称筛选"
            value={organ}
            onChange={(e) => setOrgan(e.target.value)}
          />
        </label>
        <StatusFilter label="按状态筛选单位" value={status} onChange={setStatus} />
        <label>
          <input type="checkbox" checked={lateOnly} onChange={(e) => setLateOnly(e.target.checked)} />{' '}
          只看逾期
        </label>
        <details className="column-chooser">
          <summary>显示的列</summary>
          <fieldset>
            <legend className="visually-hidden">显示的列</legend>
            {table
              .getAllLeafColumns()
              .filter((c) => c.getCanHide())
              .map((c) => (
                <label key={c.id}>
                  <input
                    type="checkbox"
                    checked={c.getIsVisible()}
                    onChange={c.getToggleVisibilityHandler()}
                  />
                  {String(c.columnDef.header)}
                </label>
              ))}
          </fieldset>
        </details>
      </search>
      <div
        ref={scroller}
        // A long table gets a fixed height and CSS containment: then its rows can change while
        // scrolling without the browser laying out the rest of the page again.
        className={model.length > CONTAIN_FROM ? 'unit-table-wrap contained' : 'unit-table-wrap'}
        onScroll={(e) => onScroll(e.currentTarget)}
      >
        <table className="list unit-table" aria-labelledby={`${ids}-title`} aria-rowcount={model.length + 1}>
          <thead>
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id} aria-rowindex={1}>
                {hg.headers.map((h) => {
                  const sorted = h.column.getIsSorted();
                  const numeric = NUMERIC_COLUMNS.has(h.column.id);
                  return (
                    <th
                      key={h.id}
                      scope="col"
                      data-column={h.column.id}
                      className={numeric ? 'num' : undefined}
                      aria-sort={
                        sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                      }
                    >
                      <button type="button" onClick={h.column.getToggleSortingHandler()}>
                        {flexRender(h.column.columnDef.header, h.getContext())}
                        <span aria-hidden="true">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {range.padTop > 0 && (
              <tr className="spacer-row" style={{ height: range.padTop }}>
                <td colSpan={columns.length} />
              </tr>
            )}
            {model.slice(range.start, range.end).map((row, i) => (
              <tr
                key={row.id}
                data-report-id={row.id}
                data-included={row.original.included}
                aria-rowindex={range.start + i + 2}
              >
                {row.getVisibleCells().map((cell) => {
                  const numeric = NUMERIC_COLUMNS.has(cell.column.id);
                  return (
                    <td key={cell.id} className={numeric ? 'num' : undefined} data-column={cell.column.id}>
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </td>
                  );
                })}
              </tr>
            ))}
            {range.padBottom > 0 && (
              <tr className="spacer-row" style={{ height: range.padBottom }}>
                <td colSpan={columns.length} />
              </tr>
            )}
          </tbody>
        </table>
        {model.length === 0 && <p className="muted">没有符合条件的单位。</p>}
      </div>
    </section>
  );
}
