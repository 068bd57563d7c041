// Windowing for the per-unit table: with 1,000 units only the rows in view (plus a margin) are in
// the DOM; spacer rows above and below keep the scrollbar honest. Rows have one fixed height
// (summary.css), so the range follows from the scroll position alone — no measuring, no library.

export type VisibleRange = { start: number; end: number; padTop: number; padBottom: number };

export function visibleRange({
  count,
  rowHeight,
  scrollTop,
  viewportHeight,
  overscan = 10,
}: {
  count: number;
  rowHeight: number;
  scrollTop: number;
  viewportHeight: number;
  overscan?: number;
}): VisibleRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
  const top = Math.max(0, scrollTop);
  const start = Math.min(count, Math.max(0, Math.floor(top / rowHeight) - overscan));
  const end = Math.min(
    count,
    Math.max(start, Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight) + overscan),
  );
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}
