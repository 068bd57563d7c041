// A grid scrolls in its own box under a sticky header and a sticky column of row labels. The browser
// scrolls a focused cell into the box, but not out from under those: at 1366×768 with 150% zoom the
// part 三 matrix scrolls sideways, and Tab from the last column to the next row's 自然人 cell left that
// cell (and what the clerk typed into it) hidden behind the row labels (h81's trial; 117 of 144 cells
// were hidden so at some point of a keyboard run at 1024×768 with 125%). On focus, the box is scrolled
// by what it takes to show the cell in the part the sticky header and labels leave free.

export type Box = { left: number; top: number; right: number; bottom: number };

/** How far to scroll (added to scrollLeft / scrollTop) so that `cell` lies in `free`; its start first. */
export function revealOffsets(cell: Box, free: Box): { dx: number; dy: number } {
  const along = (start: number, end: number, freeStart: number, freeEnd: number) => {
    if (start < freeStart) return start - freeStart;
    if (end > freeEnd) return Math.min(end - freeEnd, start - freeStart);
    return 0;
  };
  return {
    dx: along(cell.left, cell.right, free.left, free.right),
    dy: along(cell.top, cell.bottom, free.top, free.bottom),
  };
}

/**
 * The part of a grid's scroll box that the sticky header and the row labels leave free (client
 * coordinates); `label` the row's label cell, if the table has them.
 */
export function freeArea(box: HTMLElement, label: Element | null | undefined): Box {
  const b = box.getBoundingClientRect();
  const inner = {
    left: b.left + box.clientLeft,
    top: b.top + box.clientTop,
    right: b.left + box.clientLeft + box.clientWidth,
    bottom: b.top + box.clientTop + box.clientHeight,
  };
  // The header cells are sticky, not the <thead> (which scrolls away): their lowest edge.
  let headBottom = inner.top;
  for (const th of box.querySelectorAll<HTMLElement>(':scope > table > thead th'))
    headBottom = Math.max(headBottom, th.getBoundingClientRect().bottom);
  return {
    ...inner,
    left: label ? Math.max(inner.left, label.getBoundingClientRect().right) : inner.left,
    top: headBottom,
  };
}

/** Scrolls `box` (a grid's scroll box) so that the table cell holding `target` is not under its sticky parts. */
export function revealInGrid(box: HTMLElement, target: HTMLElement): void {
  const cell = target.closest('td');
  if (!cell || !box.contains(cell)) return;
  const free = freeArea(box, cell.parentElement?.querySelector(':scope > th.row-label'));
  // A free part narrower than the cell (a very narrow window): show the cell's start.
  const { dx, dy } = revealOffsets(cell.getBoundingClientRect(), free);
  if (dx !== 0) box.scrollLeft += dx;
  if (dy !== 0) box.scrollTop += dy;
}

/**
 * How far a drag held at `pointer` scrolls per frame (Excel's autoscroll): towards the side of `free`
 * the pointer is past or within `edge` px of, faster the farther past (at most `max` px).
 */
export function autoscrollStep(
  pointer: { x: number; y: number },
  free: Box,
  edge = 12,
  max = 40,
): { dx: number; dy: number } {
  const along = (p: number, start: number, end: number) => {
    const before = p - (start + edge);
    const after = p - (end - edge);
    const speed = (d: number) => Math.sign(d) * Math.min(max, Math.ceil(Math.abs(d) / 3) + 1);
    return before < 0 ? speed(before) : after > 0 ? speed(after) : 0;
  };
  return { dx: along(pointer.x, free.left, free.right), dy: along(pointer.y, free.top, free.bottom) };
}
