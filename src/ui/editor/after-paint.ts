// "Right after the next frame is painted": for work a keystroke causes that the clerk does not see
// (the IndexedDB write of autosave), so the keystroke's frame carries only what changes on screen.
// requestAnimationFrame runs just before the frame's style, layout and paint; a task queued from it
// runs after them. A page that produces no frames (hidden, or a browser that skips them) must not
// hold the work back: a timer runs it anyway, whichever comes first.
// The autosave's write (afterNextPaintBehindQueued) goes behind the tasks already queued when the
// frame is done — the next key's events, what the page posted from its frame — but not behind a
// pause: no idle time comes in Chromium within 100 ms of a key (requestIdleCallback then waits for
// its timeout, measured 2026-12-05), and a write that waited so long would leave the last keys of a
// killed browser unwritten (README 「意外关闭时能保留什么」).

/** Longest wait when no frame comes (hidden page, throttled frame production). */
export const AFTER_PAINT_FALLBACK_MS = 100;

export function afterNextPaint(run: () => void): void {
  afterPaint(run, (once) => setTimeout(once, 0));
}

type PostTask = (run: () => void, options: { priority: 'background' }) => Promise<void>;

/** The Prioritized Task Scheduling API's postTask where the browser has it (Chromium ≥ 94). */
function backgroundPoster(): PostTask | null {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  return typeof scheduler?.postTask === 'function' ? scheduler.postTask.bind(scheduler) : null;
}

/**
 * Right after the next frame, behind what the page has queued by then (the next key's events,
 * React's work, IndexedDB's answers): for work a keystroke causes that the clerk does not see and
 * that must still start at once (the autosave's write). A background-priority task where the
 * browser has scheduler.postTask, else a task as afterNextPaint's; the same fallback timer
 * bounds the wait when the page stays busy.
 */
export function afterNextPaintBehindQueued(run: () => void): void {
  const post = backgroundPoster();
  afterPaint(run, (once) =>
    post ? void post(once, { priority: 'background' }).catch(() => setTimeout(once, 0)) : setTimeout(once, 0),
  );
}

function afterPaint(run: () => void, postAfterFrame: (once: () => void) => void): void {
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
  requestAnimationFrame(() => postAfterFrame(once));
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
