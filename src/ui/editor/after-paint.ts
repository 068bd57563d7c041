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

/** Longest wait for an idle moment after the frame (a clerk typing on and on leaves few). */
export const IDLE_AFTER_PAINT_TIMEOUT_MS = 100;

/**
 * Right after the next frame, once the page has nothing more urgent to do (the next key's events,
 * the autosave's write, timers): for work whose result may follow what the keystroke shows (the
 * check run). requestIdleCallback's timeout bounds the wait while the page stays busy; without it
 * (no such API), a timer.
 */
export function idleAfterNextPaint(run: () => void): void {
  afterNextPaint(() => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(run, { timeout: IDLE_AFTER_PAINT_TIMEOUT_MS });
    else run();
  });
}
