// The table of the reports list. Sorting and filtering stay TanStack Table's; what is rendered
// depends on the size: up to WINDOW_THRESHOLD rows, every row, as a plain table; beyond that only
// the rows in view of a fixed-height scroll container (row-window.ts), with spacer rows standing
// in for the others. Either way aria-rowcount / aria-rowindex give assistive technology the full
// table, and the row that holds the focus is never unmounted.
import { flexRender, type Row, type Table } from '@tanstack/react-table';
import { type FocusEvent, useMemo, useState } from 'react';
import type { ReportRow } from './report-row';
import { WINDOW_THRESHOLD, windowItems } from './row-window';
import { useRowWindow } from './use-row-window';
import './reports-list.css';

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

export function ReportsTable({ table, resetKey }: { table: Table<ReportRow>; resetKey: string }) {
  const rows = table.getRowModel().rows;
  const windowed = rows.length > WINDOW_THRESHOLD;
  const { scrollRef, range, rowHeight, onScroll } = useRowWindow(rows.length, windowed, resetKey);
  const columnCount = table.getVisibleLeafColumns().length;

  // The row holding the focus (a link, a button, the rename dialog) stays rendered wherever the
  // list is scrolled to; otherwise the focus would fall back to <body>.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const focusedIndex = useMemo(
    () => (focusedId === null ? null : rows.findIndex((r) => r.id === focusedId)),
    [rows, focusedId],
  );
  const items = windowed
    ? windowItems(rows.length, range, focusedIndex !== null && focusedIndex >= 0 ? focusedIndex : null)
    : null;

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
      <table className="list" aria-label="报告" aria-rowcount={rows.length + 1}>
        <thead>
          {table.getHeaderGroups().map((hg) => (
            <tr key={hg.id} aria-rowindex={1}>
              {hg.headers.map((h) => {
                const sorted = h.column.getIsSorted();
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
            ? rows.map((row, i) => <DataRow key={row.id} row={row} index={i} />)
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
                return row ? <DataRow key={row.id} row={row} index={item.index} /> : null;
              })}
        </tbody>
      </table>
    </div>
  );
}
