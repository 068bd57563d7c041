// After an update of the app, the stored 错误/警告 counts and 汇总 records of reports nobody opened
// since are those of the old checks. Once the first screen is up, in the browser's idle time, this
// finds them (key-only reads: nothing else happens when none is stale) and derives them again a few
// at a time (storage/derived-refresh.ts), so typing and the list stay responsive on a slow PC. The
// list and the 汇总 follow each chunk live (they read the records through the list feed and
// liveQuery). Each chunk commits on its own: a tab closed midway leaves the rest for the next start.
// The same runs again after this tab's writes that leave counts stale without an update of the app:
// a restored backup, last year's report changed, 设置 changed (storage/derived-dependents.ts).
import type { ReportRepository } from '../storage/report-repository';

/** Counting time per chunk: one idle slice, well under a frame budget of a slow PC's long task. */
const CHUNK_MS = 12;
const MAX_CHUNK = 40;

/** The performance mark left after the stale check, with `detail: { ms, stale }`. */
export const STALE_CHECK_MARK = 'nianbao:stale-check';

type Idle = (run: () => void) => () => void;

const whenIdle: Idle = (run) => {
  if (typeof requestIdleCallback !== 'function') {
    const t = window.setTimeout(run, 50);
    return () => window.clearTimeout(t);
  }
  const handle = requestIdleCallback(run, { timeout: 2000 });
  return () => cancelIdleCallback(handle);
};

/** After a write that left counts stale, this long before a pass: a burst of saves makes one pass. */
const SETTLE_MS = 300;

/**
 * Starts the refresh: a pass at start, then a pass after each write of this tab that leaves counts
 * stale (repo.onDerivedStale: a restore, a change of last year's report or of 设置) — one at a time,
 * a cue during a pass making another one after it. Returns a function that stops it after the
 * chunk under way.
 */
export function refreshStaleRecords(
  repo: Pick<ReportRepository, 'staleDerivedIds' | 'refreshDerived' | 'onDerivedStale'>,
  idle: Idle = whenIdle,
  settle: (run: () => void) => () => void = (run) => {
    const t = window.setTimeout(run, SETTLE_MS);
    return () => window.clearTimeout(t);
  },
): () => void {
  let stopped = false;
  let cancel = () => {};
  /** a pass is scheduled or under way */
  let busy = false;
  /** a cue came while busy: pass again after this one */
  let again = false;
  let first = true;
  const next = (run: () => Promise<void>) => {
    if (stopped) return;
    cancel = idle(() => {
      run().catch((e: unknown) => {
        // A cache: the records stay as they were, the next start tries again.
        console.warn('nianbao: could not refresh stored check counts', e);
        done();
      });
    });
  };
  const done = () => {
    busy = false;
    if (again && !stopped) {
      again = false;
      cue();
    }
  };
  const pass = async () => {
    const started = performance.now();
    const ids = await repo.staleDerivedIds();
    if (first) {
      first = false;
      // What the check cost at this start (npm run bench 7c′ reads it): next to nothing when none is stale.
      performance.mark(STALE_CHECK_MARK, { detail: { ms: performance.now() - started, stale: ids.length } });
    }
    let at = 0;
    let size = 4;
    const chunk = async () => {
      if (stopped) return;
      if (at >= ids.length) {
        done();
        return;
      }
      const part = ids.slice(at, at + size);
      at += part.length;
      const { countingMs } = await repo.refreshDerived(part);
      const perReport = countingMs / Math.max(1, part.length);
      size = Math.max(1, Math.min(MAX_CHUNK, Math.floor(CHUNK_MS / Math.max(perReport, 0.1))));
      next(chunk);
    };
    await chunk();
  };
  const cue = () => {
    if (stopped) return;
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    cancel = settle(() => next(pass));
  };
  const unsubscribe = repo.onDerivedStale(cue);
  busy = true;
  next(pass);
  return () => {
    stopped = true;
    unsubscribe();
    cancel();
  };
}
