// Which rows of a long list to put in the DOM ("windowing"): the rows in view, a few more on each
// side (overscan, so Tab and the arrow keys always find a next row to move to), and the row that
// holds the focus wherever it is (unmounting it would throw the keyboard user back to the top of
// the page). The rows left out are stood in for by spacer rows of the same total height, so the
// scroll bar and the positions of the rendered rows are those of the full list. Pure: no DOM.

/** Up to this many rows, every row is rendered: the common case stays a plain table. */
export const WINDOW_THRESHOLD = 100;

/** Rows rendered beyond each edge of the view. */
export const OVERSCAN = 8;

export type RowRange = { start: number; end: number };

export type Viewport = {
  /** scrollTop of the scroll container */
  scrollTop: number;
  /** clientHeight of the scroll container */
  height: number;
  /** height of what sits above the first row inside the container (the sticky header) */
  offset: number;
  /** height of one row (rows are fixed height) */
  rowHeight: number;
};

/** The half-open range [start, end) of rows to render for `viewport`, overscan included. */
export function rowRange(total: number, viewport: Viewport, overscan = OVERSCAN): RowRange {
  if (total <= 0) return { start: 0, end: 0 };
  const h = Math.max(1, viewport.rowHeight);
  const top = Math.max(0, viewport.scrollTop - viewport.offset);
  const first = Math.min(total - 1, Math.floor(top / h));
  const last = Math.min(total - 1, Math.floor((top + Math.max(0, viewport.height)) / h));
  return { start: Math.max(0, first - overscan), end: Math.min(total, last + 1 + overscan) };
}

export type WindowItem = { kind: 'row'; index: number } | { kind: 'gap'; key: string; rows: number };

/**
 * The pinned (focused) row comes with this many neighbours on each side, so Tab and Shift+Tab
 * from it reach the next and previous rows even when the list was scrolled far away.
 */
export const PIN_NEIGHBOURS = 1;

/**
 * The rows of `range` in order, plus `pinned` (the focused row) and its neighbours if they lie
 * outside, with a gap item for every run of rows left out. Every index 0..total-1 is either a
 * row item or counted in exactly one gap.
 */
export function windowItems(total: number, range: RowRange, pinned: number | null = null): WindowItem[] {
  const wanted = new Set<number>();
  for (let i = Math.max(0, range.start); i < Math.min(range.end, total); i++) wanted.add(i);
  if (pinned !== null && pinned >= 0 && pinned < total) {
    for (let i = Math.max(0, pinned - PIN_NEIGHBOURS); i <= Math.min(total - 1, pinned + PIN_NEIGHBOURS); i++)
      wanted.add(i);
  }
  const indexes = [...wanted].sort((a, b) => a - b);

  const items: WindowItem[] = [];
  // Gap keys by order, not position: scrolling then resizes the same spacer rows.
  let gaps = 0;
  const gap = (rows: number) => items.push({ kind: 'gap', key: `gap-${gaps++}`, rows });
  let next = 0;
  for (const index of indexes) {
    if (index > next) gap(index - next);
    items.push({ kind: 'row', index });
    next = index + 1;
  }
  if (total > next) gap(total - next);
  return items;
}
