// Keeps the rendered window of a long table (row-window.ts) in step with its scroll container:
// on scroll, on resize, and after each render (which also measures the real row height, since
// fonts and the clerk's zoom decide it, not a constant).
import { type RefObject, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { type RowRange, rowRange } from './row-window';

/** Until the first rows are measured (reports-list.css gives rows about this height). */
const ROW_HEIGHT_ESTIMATE = 40;
const HEADER_HEIGHT_ESTIMATE = 40;
/** Before the container is measured: its CSS height (70vh, reports-list.css). */
const viewHeightEstimate = () => (typeof window === 'undefined' ? 800 : window.innerHeight * 0.7);

export type RowWindow = {
  /** the scroll container (holds the whole table, header included) */
  scrollRef: RefObject<HTMLDivElement | null>;
  /** the rows to render besides the focused one */
  range: RowRange;
  /** measured height of one row in px: spacer rows are n × this */
  rowHeight: number;
  onScroll: () => void;
};

/** Reads the distance between two adjacent rendered rows (or one row's height). */
function measuredRowHeight(container: HTMLElement): number | null {
  const rows = container.querySelectorAll<HTMLElement>('tbody tr[aria-rowindex]');
  for (let i = 0; i + 1 < rows.length; i++) {
    const a = rows[i]!;
    const b = rows[i + 1]!;
    if (Number(b.getAttribute('aria-rowindex')) === Number(a.getAttribute('aria-rowindex')) + 1) {
      return b.getBoundingClientRect().top - a.getBoundingClientRect().top;
    }
  }
  const only = rows[0];
  return only ? only.getBoundingClientRect().height : null;
}

/**
 * @param total rows in the (sorted, filtered) table
 * @param enabled false: every row is rendered (small lists)
 * @param resetKey when it changes (new sort or filter), the list scrolls back to its first row
 */
export function useRowWindow(total: number, enabled: boolean, resetKey: string): RowWindow {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [rowHeight, setRowHeight] = useState(ROW_HEIGHT_ESTIMATE);
  // Not clamped to today's total: a list that grows past the threshold later (a filter cleared)
  // starts from a screenful of rows too. windowItems clamps to the rows there are.
  const [range, setRange] = useState<RowRange>(() =>
    rowRange(Number.MAX_SAFE_INTEGER, {
      scrollTop: 0,
      height: viewHeightEstimate(),
      offset: HEADER_HEIGHT_ESTIMATE,
      rowHeight: ROW_HEIGHT_ESTIMATE,
    }),
  );

  const measure = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    const next = rowRange(total, {
      scrollTop: el.scrollTop,
      height: el.clientHeight || viewHeightEstimate(),
      offset: el.querySelector('thead')?.offsetHeight ?? HEADER_HEIGHT_ESTIMATE,
      rowHeight,
    });
    // Same range: keep the same object, so React skips the re-render (scroll events are many).
    setRange((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
  }, [total, rowHeight]);

  // The scroll and resize handlers call the newest measure (it closes over total and rowHeight).
  const measureRef = useRef(measure);
  useLayoutEffect(() => {
    measureRef.current = measure;
  });

  // After each render is painted: the real row height, then the range for the scroll position.
  // Not in the commit (useLayoutEffect): reading a size there would force the first layout of the
  // table synchronously (~40 ms on a slow PC) before the list can show. Until then the initial
  // range fills a tall screen and the estimate (1 px off with reports-list.css) sizes the spacers.
  useEffect(() => {
    if (!enabled) return;
    const el = scrollRef.current;
    const h = el ? measuredRowHeight(el) : null;
    if (h !== null && h > 0 && Math.abs(h - rowHeight) > 0.5) setRowHeight(h);
    else measure();
  });

  // The container's height follows the window (70vh): re-measure when it changes.
  useEffect(() => {
    const el = scrollRef.current;
    if (!enabled || !el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => measureRef.current());
    ro.observe(el);
    return () => ro.disconnect();
  }, [enabled]);

  // A new sort or filter shows its first rows (not some rows in the middle of the new order).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the sort or filter changes
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [resetKey]);

  return {
    scrollRef,
    range: enabled ? range : { start: 0, end: total },
    rowHeight,
    onScroll: measure,
  };
}
