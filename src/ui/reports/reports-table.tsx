// The table of the reports list. Sorting and filtering stay TanStack Table's; what is rendered
// depends on the size: up to WINDOW_THRESHOLD rows, every row, as a plain table; beyond that only
// the rows in view of a fixed-height scroll container (row-window.ts), with spacer rows standing
// in for the others. Either way aria-rowcount / aria-rowindex give assistive technology the full
// table, and the row that holds the focus is never unmounted.
//
// While nothing is sorted or filtered, the rows are the data in storage's order, so only the Row
// objects in view are made (createRow); TanStack's row model, which makes one per report (~1,000
// objects of ~40 methods each), is built only once the clerk sorts or filters.
import { createRow, flexRender, type Row, type Table } from '@tanstack/react-table';
import { type FocusEvent, useMemo, useState } from 'react';
import type { ReportRow } from './report-row';
import { WINDOW_THRESHOLD, windowItems } from './row-window';
import { useRowWindow } from './use-row-window';
import './reports-list.css';

/** The order of the rows while no column is sorted: that of storage's listSummaries. */
export const DEFAULT_ORDER = { columnId: 'updatedAt', direction: 'desc' } as const;

function DataRow({ row, index }: { row: Row<ReportRow>; index: number }) {
  return (
    // aria-rowindex counts the header row as 1 (WAI-ARIA 1.2, aria-rowindex)
    <tr data-report-id={row.id} aria-rowindex={index + 2}>
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={`col-${cell.column.id}`}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  );
}

/** The rows of `table` in display order, without building its row model when it is the data as is. */
type RowSource = { total: number; at: (index: number) => Row<ReportRow> | undefined; ids: readonly string[] };

function useRowSource(table: Table<ReportRow>): RowSource {
  const { sorting, columnFilters, globalFilter } = table.getState();
  const asIs = sorting.length === 0 && columnFilters.length === 0 && !globalFilter;
  const { data, getRowId } = table.options;
  const lazy = useMemo<RowSource>(() => {
    const idOf = (r: ReportRow, i: number) => (getRowId ? getRowId(r, i) : String(i));
    // Kept per data array: scrolling back re-uses the Row objects already made.
    const made = new Map<number, Row<ReportRow>>();
    return {
      total: data.length,
      ids: data.map(idOf),
      at: (i) => {
        const original = data[i];
        if (original === undefined) return undefined;
        let row = made.get(i);
        if (!row) {
          row = createRow(table, idOf(original, i), original, i, 0);
          made.set(i, row);
        }
        return row;
      },
    };
  }, [table, data, getRowId]);
  if (asIs) return lazy;
  const { rows } = table.getRowModel();
  return { total: rows.length, at: (i) => rows[i], ids: rows.map((r) => r.id) };
}

export function ReportsTable({ table, resetKey }: { table: Table<ReportRow>; resetKey: string }) {
  const source = useRowSource(table);
  const total = source.total;
  const windowed = total > WINDOW_THRESHOLD;
  const { scrollRef, range, rowHeight, onScroll } = useRowWindow(total, windowed, resetKey);
  const columnCount = table.getVisibleLeafColumns().length;
  const unsorted = table.getState().sorting.length === 0;

  // The row holding the focus (a link, a button, the rename dialog) stays rendered wherever the
  // list is scrolled to; otherwise the focus would fall back to <body>.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focusedIndex = focusedId === null ? -1 : source.ids.indexOf(focusedId);
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
          {table.getHeaderGroups().map((hg) => (
            <tr key={hg.id} aria-rowindex={1}>
              {hg.headers.map((h) => {
                const sorted =
                  h.column.getIsSorted() ||
                  (unsorted && h.column.id === DEFAULT_ORDER.columnId ? DEFAULT_ORDER.direction : false);
                return (
                  <th
                    key={h.id}
                    className={`col-${h.column.id}`}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {h.column.getCanSort() ? (
                      <button type="button" onClick={h.column.getToggleSortingHandler()}>
                        {flexRender(h.column.columnDef.header, h.getContext())}
                        {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                      </button>
                    ) : (
                      flexRender(h.column.columnDef.header, h.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody onFocus={onFocus} onBlur={onBlur}>
          {items === null
            ? Array.from({ length: total }, (_, i) => {
                const row = source.at(i);
                return row ? <DataRow key={row.id} row={row} index={i} /> : null;
              })
            : items.map((item) => {
                if (item.kind === 'gap') {
                  return (
                    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row (no content, nothing focusable) that stands in for rows not rendered; it must not count as a row
                    <tr key={item.key} className="gap" aria-hidden="true">
                      <td colSpan={columnCount} style={{ height: item.rows * rowHeight }} />
                    </tr>
                  );
                }
                const row = source.at(item.index);
                return row ? <DataRow key={row.id} row={row} index={item.index} /> : null;
              })}
        </tbody>
      </table>
    </div>
  );
}
