// @vitest-environment happy-dom
// When the autosave's write starts after a keystroke (issue 17 §3): after the frame that shows the
// key, behind what is queued then, never later than the fallback.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AFTER_PAINT_FALLBACK_MS, afterNextPaint, afterNextPaintBehindQueued } from './after-paint';

type Posted = { run: () => void; priority: string };

describe('afterNextPaintBehindQueued', () => {
  let frames: FrameRequestCallback[];
  let posted: Posted[];
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    frames = [];
    posted = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
  const frame = () => {
    for (const cb of frames.splice(0)) cb(0);
  };
  const withScheduler = () =>
    vi.stubGlobal('scheduler', {
      postTask: (run: () => void, options: { priority: string }) => {
        posted.push({ run, priority: options.priority });
        return Promise.resolve();
      },
    });

  it('posts a background task from the next frame where the browser has scheduler.postTask', () => {
    withScheduler();
    const run = vi.fn();
    afterNextPaintBehindQueued(run);
    expect(posted).toHaveLength(0);
    frame();
    expect(posted.map((p) => p.priority)).toEqual(['background']);
    expect(run).not.toHaveBeenCalled();
    posted[0]!.run();
    expect(run).toHaveBeenCalledTimes(1);
    // the fallback does not run it again
    vi.advanceTimersByTime(AFTER_PAINT_FALLBACK_MS * 2);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('without scheduler.postTask, a task from the next frame as afterNextPaint', () => {
    const run = vi.fn();
    const plain = vi.fn();
    afterNextPaintBehindQueued(run);
    afterNextPaint(plain);
    frame();
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    expect(plain).toHaveBeenCalledTimes(1);
  });

  it('runs after the fallback when the page stays busy: no frame, or the background task never comes', () => {
    withScheduler();
    const noFrame = vi.fn();
    afterNextPaintBehindQueued(noFrame);
    vi.advanceTimersByTime(AFTER_PAINT_FALLBACK_MS - 1);
    expect(noFrame).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(noFrame).toHaveBeenCalledTimes(1);

    const starved = vi.fn();
    afterNextPaintBehindQueued(starved);
    frame();
    vi.advanceTimersByTime(AFTER_PAINT_FALLBACK_MS);
    expect(starved).toHaveBeenCalledTimes(1);
    for (const p of posted) p.run();
    expect(starved).toHaveBeenCalledTimes(1);
  });
});
