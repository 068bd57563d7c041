// The table of the reports list: the rows in the order and with the filters of the page
// (list-sorting.ts). What is rendered depends on the size: up to WINDOW_THRESHOLD rows, every row,
// as a plain table; beyond that only the rows in view of a fixed-height scroll container
// (row-window.ts), with spacer rows standing in for the others. Either way aria-rowcount /
// aria-rowindex give assistive technology the full table, and the row that holds the focus is never
// unmounted.
import { type FocusEvent, memo, type ReactNode, useState } from 'react';
import type { Sorting, SortKey } from './list-sorting';
import type { ReportRow } from './report-row';
import { WINDOW_THRESHOLD, windowItems } from './row-window';
import { useRowWindow } from './use-row-window';
import './reports-list.css';

/** The order of the rows while no column is sorted: that of storage's listSummaries. */
export const DEFAULT_ORDER = { columnId: 'updatedAt', direction: 'desc' } as const;

/** A column of the list: its header, what a cell shows, and how it sorts (none: not sortable). */
export type ListColumn = {
  id: string;
  header: string;
  cell: (row: ReportRow) => ReactNode;
  sort?: SortKey<ReportRow>;
};

type RowProps = { row: ReportRow; index: number; columns: readonly ListColumn[] };

/** Memoised: scrolling a long list renders only the rows that come into view. */
const DataRow = memo(function DataRow({ row, index, columns }: RowProps) {
  return (
    // aria-rowindex counts the header row as 1 (WAI-ARIA 1.2, aria-rowindex)
    <tr data-report-id={row.id} aria-rowindex={index + 2}>
      {columns.map((c) => (
        <td key={c.id} className={`col-${c.id}`}>
          {c.cell(row)}
        </td>
      ))}
    </tr>
  );
});

type TableProps = {
  columns: readonly ListColumn[];
  /** the rows shown, filtered and in order */
  rows: readonly ReportRow[];
  sorting: Sorting;
  onSort: (column: ListColumn) => void;
  resetKey: string;
};

export function ReportsTable({ columns, rows, sorting, onSort, resetKey }: TableProps) {
  const total = rows.length;
  const windowed = total > WINDOW_THRESHOLD;
  const { scrollRef, range, rowHeight, onScroll } = useRowWindow(total, windowed, resetKey);
  const columnCount = columns.length;

  // The row holding the focus (a link, a button, the rename dialog) stays rendered wherever the
  // list is scrolled to; otherwise the focus would fall back to <body>.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focusedIndex = focusedId === null ? -1 : rows.findIndex((r) => r.id === focusedId);
  const items = windowed ? windowItems(total, range, focusedIndex >= 0 ? focusedIndex : null) : null;

  const onFocus = (e: FocusEvent<HTMLTableSectionElement>) => {
    const tr = (e.target as HTMLElement).closest<HTMLElement>('tr[data-report-id]');
    setFocusedId(tr?.dataset.reportId ?? null);
  };
  const onBlur = (e: FocusEvent<HTMLTableSectionElement>) => {
    if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) setFocusedId(null);
  };

  return (
    <div
      ref={scrollRef}
      className={windowed ? 'reports-scroll windowed' : 'reports-scroll'}
      onScroll={windowed ? onScroll : undefined}
    >
      <table className="list" aria-label="报告" aria-rowcount={total + 1}>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((c) => {
              const sorted =
                sorting === null
                  ? c.id === DEFAULT_ORDER.columnId && DEFAULT_ORDER.direction
                  : sorting.columnId === c.id && sorting.direction;
              return (
                <th
                  key={c.id}
                  className={`col-${c.id}`}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                >
                  {c.sort ? (
                    <button type="button" onClick={() => onSort(c)}>
                      {c.header}
                      {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                    </button>
                  ) : (
                    c.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onFocus={onFocus} onBlur={onBlur}>
          {items === null
            ? rows.map((row, i) => <DataRow key={row.id} row={row} index={i} columns={columns} />)
            : items.map((item) => {
                if (item.kind === 'gap') {
                  return (
                    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row (no content, nothing focusable) that stands in for rows not rendered; it must not count as a row
                    <tr key={item.key} className="gap" aria-hidden="true">
                      <td colSpan={columnCount} style={{ height: item.rows * rowHeight }} />
                    </tr>
                  );
                }
                const row = rows[item.index];
                return row ? <DataRow key={row.id} row={row} index={item.index} columns={columns} /> : null;
              })}
        </tbody>
      </table>
    </div>
  );
}
