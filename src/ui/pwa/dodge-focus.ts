// The service worker's notices sit over the page's bottom right corner: where a clerk types into a
// field there (the part 三 matrix's last columns, a 说明 at a small window), the notice hid it (h81's
// trial). While the focused text field lies under a notice, the notice steps aside IN PLACE: it goes
// see-through and lets every click pass to the page. It never moves: a notice that jumped to another
// corner landed on the list's 「导入」 button and took the click aimed at it (9ba1cb6, reverted).

export type Rect = { left: number; top: number; right: number; bottom: number };

/** True when the two rectangles share some area (touching edges do not count). */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

const NOT_TYPED = new Set([
  'button',
  'submit',
  'reset',
  'checkbox',
  'radio',
  'file',
  'image',
  'range',
  'color',
  'hidden',
]);

/** A control the clerk types into: text inputs, number/date fields, text areas, lists, editable text. */
export function isTypedInto(el: Element): boolean {
  if (el instanceof HTMLInputElement) return !NOT_TYPED.has(el.type);
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  return el instanceof HTMLElement && el.isContentEditable;
}

/**
 * Calls `onChange(true)` when the field typed into that has focus lies under `area`, `onChange(false)`
 * when focus goes elsewhere (a button, the notice itself, nowhere); again when a scroll brings the
 * focused field under it or away. Returns the function that stops listening.
 */
export function watchFocusUnder(area: HTMLElement, onChange: (covered: boolean) => void): () => void {
  const doc = area.ownerDocument;
  const win = doc.defaultView;
  let last: boolean | undefined;
  const check = (focused: EventTarget | Element | null) => {
    const covered =
      focused instanceof Element &&
      !area.contains(focused) &&
      isTypedInto(focused) &&
      overlaps(area.getBoundingClientRect(), focused.getBoundingClientRect());
    if (covered !== last) onChange(covered);
    last = covered;
  };
  const onFocusIn = (e: FocusEvent) => check(e.target);
  const onFocusOut = (e: FocusEvent) => check(e.relatedTarget);
  // The page scrolled (the clerk's wheel, the grid revealing a cell): the focused field may have
  // come under the notice or left it. Two measurements, only while a notice is shown.
  const onMove = () => check(doc.activeElement);
  doc.addEventListener('focusin', onFocusIn);
  doc.addEventListener('focusout', onFocusOut);
  win?.addEventListener('scroll', onMove, { capture: true, passive: true });
  win?.addEventListener('resize', onMove, { passive: true });
  // A notice that appears while the clerk is already typing under it.
  check(doc.activeElement);
  return () => {
    doc.removeEventListener('focusin', onFocusIn);
    doc.removeEventListener('focusout', onFocusOut);
    win?.removeEventListener('scroll', onMove, { capture: true });
    win?.removeEventListener('resize', onMove);
  };
}
