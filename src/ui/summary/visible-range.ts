// Windowing for the per-unit table: with 1,000 units only the rows in view (plus a margin) are in
// the DOM; spacer rows above and below keep the scrollbar honest. Rows have one fixed height
// (summary.css), so the range follows from the scroll position alone — no measuring, no library.
// The range snaps to multiples of `chunk` rows, so scrolling re-renders the table once every
// `chunk` rows instead of on every scroll event.

export type VisibleRange = { start: number; end: number; padTop: number; padBottom: number };

export function visibleRange({
  count,
  rowHeight,
  scrollTop,
  viewportHeight,
  overscan = 10,
  chunk = 1,
}: {
  count: number;
  rowHeight: number;
  scrollTop: number;
  viewportHeight: number;
  overscan?: number;
  chunk?: number;
}): VisibleRange {
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0, padTop: 0, padBottom: 0 };
  const step = Math.max(1, Math.floor(chunk));
  const top = Math.max(0, scrollTop);
  const first = Math.floor(top / rowHeight) - overscan;
  const last = Math.ceil((top + Math.max(0, viewportHeight)) / rowHeight) + overscan;
  const start = Math.min(count, Math.max(0, Math.floor(first / step) * step));
  const end = Math.min(count, Math.max(start, Math.ceil(last / step) * step));
  return { start, end, padTop: start * rowHeight, padBottom: (count - end) * rowHeight };
}

export const sameRange = (a: VisibleRange, b: VisibleRange) =>
  a.start === b.start && a.end === b.end && a.padBottom === b.padBottom;
