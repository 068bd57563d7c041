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
    const repo = { staleDerivedIds: vi.fn(async () => []), refreshDerived: vi.fn() };
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
    };
    const clock = manualIdle();
    const stop = refreshStaleRecords(repo, clock.idle);
    await new Promise((r) => setTimeout(r, 0));
    stop();
    await clock.drain();
    expect(repo.refreshDerived).not.toHaveBeenCalled();
  });
});
