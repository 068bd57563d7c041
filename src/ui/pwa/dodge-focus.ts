// The service worker's notices sit over the page's bottom right corner: where a clerk is typing
// into a field there (the part 三 matrix's last columns, a 说明 at a small window), the notice hid it
// (h81's trial). A notice covering the field that takes focus moves to the other corner.

export type Rect = { left: number; top: number; right: number; bottom: number };

/** True when the two rectangles share some area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * Calls `onCover` whenever an element that takes focus lies under `area` (measured at that
 * moment, wherever the notice stands then). Returns the function that stops listening.
 */
export function watchFocusUnder(area: HTMLElement, onCover: () => void): () => void {
  const doc = area.ownerDocument;
  const listener = (e: FocusEvent) => {
    const target = e.target;
    if (!(target instanceof Element) || area.contains(target)) return;
    if (overlaps(area.getBoundingClientRect(), target.getBoundingClientRect())) onCover();
  };
  doc.addEventListener('focusin', listener);
  return () => doc.removeEventListener('focusin', listener);
}
