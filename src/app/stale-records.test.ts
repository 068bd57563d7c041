import { describe, expect, it, vi } from 'vitest';
import { refreshStaleRecords } from './stale-records';

/** Idle slices run by hand: the test decides when the browser is idle. */
function manualIdle() {
  const queue: (() => void)[] = [];
  return {
    idle: (run: () => void) => {
      queue.push(run);
      return () => {
        const i = queue.indexOf(run);
        if (i >= 0) queue.splice(i, 1);
      };
    },
    /** Runs the idle slices until none is queued (each may await storage and queue the next). */
    async drain() {
      for (let n = 0; n < 1000; n++) {
        await new Promise((r) => setTimeout(r, 0));
        const run = queue.shift();
        if (!run) return n;
        run();
      }
      throw new Error('never idle');
    },
  };
}

describe('refreshStaleRecords', () => {
  it('does nothing more than ask for the stale ids when none is stale', async () => {
    const repo = {
      staleDerivedIds: vi.fn(async () => []),
      refreshDerived: vi.fn(),
      onDerivedStale: () => () => {},
    };
    const clock = manualIdle();
    refreshStaleRecords(repo, clock.idle);
    expect(repo.staleDerivedIds).not.toHaveBeenCalled(); // only in idle time
    await clock.drain();
    expect(repo.staleDerivedIds).toHaveBeenCalledTimes(1);
    expect(repo.refreshDerived).not.toHaveBeenCalled();
  });

  it('refreshes every stale report in small chunks, one idle slice each, sized by the counting time', async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `r${i}`);
    const chunks: string[][] = [];
    const repo = {
      staleDerivedIds: vi.fn(async () => ids),
      refreshDerived: vi.fn(async (part: readonly string[]) => {
        chunks.push([...part]);
        return { refreshed: part.length, skipped: 0, failed: 0, countingMs: part.length * 2 };
      }),
      onDerivedStale: () => () => {},
    };
    const clock = manualIdle();
    refreshStaleRecords(repo, clock.idle);
    await clock.drain();
    expect(chunks.flat()).toEqual(ids);
    expect(chunks[0]).toHaveLength(4);
    expect(chunks[1]).toHaveLength(6); // 12 ms of counting at 2 ms a report
  });

  it('stops when asked, after the chunk under way', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `r${i}`);
    const repo = {
      staleDerivedIds: vi.fn(async () => ids),
      refreshDerived: vi.fn(async (part: readonly string[]) => ({
        refreshed: part.length,
        skipped: 0,
        failed: 0,
        countingMs: 1,
      })),
      onDerivedStale: () => () => {},
    };
    const clock = manualIdle();
    const stop = refreshStaleRecords(repo, clock.idle);
    await new Promise((r) => setTimeout(r, 0));
    stop();
    await clock.drain();
    expect(repo.refreshDerived).not.toHaveBeenCalled();
  });

  it('passes again after a write that left counts stale; cues during a pass make one more pass after it', async () => {
    let stale: string[] = [];
    const refreshed: string[][] = [];
    let cue = () => {};
    const unsubscribed = vi.fn();
    let during: (() => void) | null = null;
    const repo = {
      staleDerivedIds: vi.fn(async () => [...stale]),
      refreshDerived: vi.fn(async (part: readonly string[]) => {
        refreshed.push([...part]);
        stale = stale.filter((id) => !part.includes(id));
        during?.();
        return { refreshed: part.length, skipped: 0, failed: 0, countingMs: 1 };
      }),
      onDerivedStale: (listener: () => void) => {
        cue = listener;
        return unsubscribed;
      },
    };
    const clock = manualIdle();
    const settled: (() => void)[] = [];
    const settle = (run: () => void) => {
      settled.push(run);
      return () => undefined;
    };
    const stop = refreshStaleRecords(repo, clock.idle, settle);
    await clock.drain();
    expect(repo.staleDerivedIds).toHaveBeenCalledTimes(1);
    expect(refreshed).toEqual([]);

    // last year's report saved: this year's is marked stale and the refresher is cued
    stale = ['this-year'];
    cue();
    cue(); // a burst of saves: one pass
    expect(settled).toHaveLength(1);
    settled.shift()?.();
    await clock.drain();
    expect(refreshed).toEqual([['this-year']]);
    expect(repo.staleDerivedIds).toHaveBeenCalledTimes(2);

    // a cue while a pass counts: the pass ends, then one more finds what the cue marked
    stale = ['a'];
    during = () => {
      during = null;
      stale.push('b');
      cue();
    };
    cue();
    settled.shift()?.();
    await clock.drain();
    expect(settled).toHaveLength(1);
    settled.shift()?.();
    await clock.drain();
    expect(refreshed).toEqual([['this-year'], ['a'], ['b']]);
    expect(settled).toHaveLength(0);

    stop();
    expect(unsubscribed).toHaveBeenCalled();
    cue();
    expect(settled).toHaveLength(0);
  });
});
