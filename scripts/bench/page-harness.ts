// Timing code that runs INSIDE the page (installed with addInitScript before the app loads), so a
// figure is taken with the page's own performance.now() and never includes the round trips
// between Node and Chromium. `dom` is when the awaited change is in the DOM (the MutationObserver
// callback after React's commit); `frame` is after the next frame was produced (rAF, then a task),
// i.e. roughly when the clerk can see it. That task waits behind every task the page queued before
// it — the app's own work queued "right after the next frame" (autosave's write) included —
// so `frameEnd` (where the browser has scheduler.postTask) is taken by a user-blocking task
// queued from the same rAF: it runs as soon as the frame's main-thread work (style, layout,
// paint, layerize, commit) is done, ahead of the page's ordinary tasks. `frame − frameEnd` is
// what the page ran after its frame before the harness's task.

export type PageTiming = { dom: number; frame: number; frameEnd?: number };

/** What a keystroke is timed to (from its keydown, stamped in the capture phase). */
export type KeyProbe =
  /** the save indicator shows `saved` after having shown `saving` (IndexedDB committed) */
  | { kind: 'saved'; selector: string }
  /** the text of an element differs from its text at keydown */
  | { kind: 'text'; selector: string }
  /** the key's input event has been dispatched (a page with nothing else to change: the floor) */
  | { kind: 'input' };

export type BenchHarness = {
  /** Runs `start`, resolves when `done` holds (checked right after `start` and on every DOM mutation). */
  measure(
    start: () => void,
    done: () => boolean,
    timeoutMs: number,
    stateNow: () => string,
  ): Promise<PageTiming>;
  /** Times the NEXT keydown to the probe's change; collect the figure with `taken`. */
  armKey(probe: KeyProbe, timeoutMs: number): void;
  taken(): Promise<PageTiming>;
  /**
   * Milliseconds from the navigation start of this document to the first time the selector armed
   * with LOAD_WATCH_KEY matched (null: not yet, or nothing armed).
   */
  seenAt(): number | null;
};

/** sessionStorage key: a selector to time from navigation start on the NEXT page load only. */
export const LOAD_WATCH_KEY = 'nbBenchLoadWatch';

declare global {
  interface Window {
    __nbBench?: BenchHarness;
  }
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name(…)`; a
 * function serialised into the page by Playwright then fails with 「__name is not defined」.
 * This shim, installed first, makes those calls harmless.
 */
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** Self-contained: serialised by Playwright and run in every document before the app's scripts. */
export function installHarness(): void {
  // Opt-in per load (armed in sessionStorage just before a reload), so no other figure pays for
  // an observer running over every mutation.
  let seenAt: number | null = null;
  const watched = sessionStorage.getItem('nbBenchLoadWatch'); // = LOAD_WATCH_KEY (serialised alone)
  if (watched) {
    sessionStorage.removeItem('nbBenchLoadWatch');
    const watcher = new MutationObserver(() => {
      if (document.querySelector(watched) === null) return;
      seenAt = performance.now();
      watcher.disconnect();
    });
    watcher.observe(document, { subtree: true, childList: true, attributes: true });
  }

  const afterNextFrame = (t0: number, dom: number, resolve: (t: PageTiming) => void) => {
    let settled = false;
    let frameEnd: number | undefined;
    const settle = (frame: number) => {
      if (settled) return;
      settled = true;
      resolve(frameEnd === undefined ? { dom, frame } : { dom, frame, frameEnd });
    };
    requestAnimationFrame(() => {
      const scheduler = (
        globalThis as {
          scheduler?: { postTask(run: () => void, options: { priority: 'user-blocking' }): Promise<void> };
        }
      ).scheduler;
      scheduler
        ?.postTask(
          () => {
            frameEnd = performance.now() - t0;
          },
          { priority: 'user-blocking' },
        )
        .catch(() => undefined);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => settle(performance.now() - t0);
      channel.port2.postMessage(null);
    });
    // A page that produces no frames (hidden) must not hang the benchmark: the frame time is then unknown.
    setTimeout(() => settle(Number.NaN), 1000);
  };

  let pending: Promise<PageTiming> = Promise.reject(new Error('armKey was not called'));
  pending.catch(() => undefined);

  const harness: BenchHarness = {
    measure(start, done, timeoutMs, stateNow) {
      return new Promise((resolve, reject) => {
        let finished = false;
        const t0 = performance.now();
        const finish = () => {
          if (finished) return;
          finished = true;
          observer.disconnect();
          clearTimeout(timer);
          afterNextFrame(t0, performance.now() - t0, resolve);
        };
        const observer = new MutationObserver(() => {
          if (!finished && done()) finish();
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        const timer = setTimeout(() => {
          if (finished) return;
          finished = true;
          observer.disconnect();
          reject(new Error(`not done after ${timeoutMs} ms (${stateNow()})`));
        }, timeoutMs);
        try {
          start();
        } catch (e) {
          finished = true;
          observer.disconnect();
          clearTimeout(timer);
          reject(e);
          return;
        }
        if (done()) finish();
      });
    },

    armKey(probe, timeoutMs) {
      pending = new Promise<PageTiming>((resolve, reject) => {
        if (probe.kind === 'input') {
          const onKey = () => {
            document.removeEventListener('keydown', onKey, true);
            const t0 = performance.now();
            // After the input event's own dispatch, as the app's figure is taken after its handlers.
            document.addEventListener(
              'input',
              () =>
                queueMicrotask(() => {
                  clearTimeout(timer);
                  afterNextFrame(t0, performance.now() - t0, resolve);
                }),
              { once: true },
            );
          };
          const timer = setTimeout(() => {
            document.removeEventListener('keydown', onKey, true);
            reject(new Error(`no keydown and input within ${timeoutMs} ms`));
          }, timeoutMs);
          document.addEventListener('keydown', onKey, true);
          return;
        }
        const read = () => {
          const el = document.querySelector(probe.selector);
          return probe.kind === 'saved'
            ? (el?.getAttribute('data-save-state') ?? null)
            : (el?.textContent ?? null);
        };
        let observer: MutationObserver | null = null;
        const timer = setTimeout(() => {
          document.removeEventListener('keydown', onKeyDown, true);
          observer?.disconnect();
          reject(
            new Error(
              observer
                ? `no change of ${probe.selector} within ${timeoutMs} ms (now: ${JSON.stringify(read())})`
                : `no keydown within ${timeoutMs} ms`,
            ),
          );
        }, timeoutMs);
        function onKeyDown() {
          document.removeEventListener('keydown', onKeyDown, true);
          const t0 = performance.now();
          const before = read();
          let sawSaving = before === 'saving';
          const changed = (records: MutationRecord[]) => {
            const now = read();
            if (probe.kind === 'text') return now !== before;
            // The indicator may pass through `saving` between two callbacks: its old value says so.
            if (now === 'saving' || records.some((r) => r.oldValue === 'saving')) sawSaving = true;
            return sawSaving && now === 'saved';
          };
          observer = new MutationObserver((records) => {
            if (!changed(records)) return;
            observer?.disconnect();
            clearTimeout(timer);
            afterNextFrame(t0, performance.now() - t0, resolve);
          });
          observer.observe(
            document,
            probe.kind === 'saved'
              ? {
                  subtree: true,
                  childList: true,
                  attributes: true,
                  attributeOldValue: true,
                  attributeFilter: ['data-save-state'],
                }
              : { subtree: true, childList: true, characterData: true },
          );
        }
        document.addEventListener('keydown', onKeyDown, true);
      });
      pending.catch(() => undefined);
    },

    taken: () => pending,
    seenAt: () => seenAt,
  };
  window.__nbBench = harness;
}
