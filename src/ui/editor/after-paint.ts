// "Right after the next frame is painted": for work a keystroke causes that the clerk does not see
// (the IndexedDB write of autosave), so the keystroke's frame carries only what changes on screen.
// requestAnimationFrame runs just before the frame's style, layout and paint; a task queued from it
// runs after them. A page that produces no frames (hidden, or a browser that skips them) must not
// hold the work back: a timer runs it anyway, whichever comes first.

/** Longest wait when no frame comes (hidden page, throttled frame production). */
export const AFTER_PAINT_FALLBACK_MS = 100;

export function afterNextPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    run();
  };
  const fallback = setTimeout(once, AFTER_PAINT_FALLBACK_MS);
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
    setTimeout(once, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(once, 0));
}

/** No change for this long ends a burst of typing. */
export const TYPING_PAUSE_MS = 250;
/** However long the burst, a write waits no longer than this after its change. */
export const MAX_WRITE_DELAY_MS = 2000;

/**
 * After the next paint, and then only when the clerk pauses (no change for TYPING_PAUSE_MS), at
 * the latest MAX_WRITE_DELAY_MS after being asked: each write costs the main thread the clone of
 * the draft, the transaction and the stored record read back — time taken from the next keys
 * while typing down the matrix. What waits is never only in memory: the editor journals every
 * change synchronously (use-autosave-binding.ts), and flush (pagehide, hidden, Ctrl+S, leaving
 * the report's fields) writes at once.
 */
export function afterTypingPause(
  lastChangeAt: () => number,
  now: () => number = () => performance.now(),
): (run: () => void) => void {
  return (run) => {
    const asked = now();
    const check = () => {
      const t = now();
      const quiet = t - lastChangeAt();
      const waited = t - asked;
      if (quiet >= TYPING_PAUSE_MS || waited >= MAX_WRITE_DELAY_MS) return run();
      setTimeout(check, Math.min(TYPING_PAUSE_MS - quiet, MAX_WRITE_DELAY_MS - waited));
    };
    afterNextPaint(check);
  };
}
