// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterTypingPause, MAX_WRITE_DELAY_MS, TYPING_PAUSE_MS } from './after-paint';

describe('afterTypingPause', () => {
  let clock = 0;
  let lastChange = 0;
  const now = () => clock;
  /** advances the fake clock and the timers together */
  const advance = (ms: number) => {
    for (let i = 0; i < ms; i++) {
      clock++;
      vi.advanceTimersByTime(1);
    }
  };
  beforeEach(() => {
    vi.useFakeTimers();
    clock = 0;
    lastChange = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('runs once no change has come for the pause', () => {
    const run = vi.fn();
    afterTypingPause(() => lastChange, now)(run);
    advance(TYPING_PAUSE_MS - 10);
    expect(run).not.toHaveBeenCalled();
    advance(30);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('waits while changes keep coming, but no longer than the longest delay', () => {
    const run = vi.fn();
    afterTypingPause(() => lastChange, now)(run);
    while (clock + 50 < MAX_WRITE_DELAY_MS - 20) {
      advance(50);
      lastChange = clock;
    }
    expect(run).not.toHaveBeenCalled();
    advance(150);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('after a burst, runs a pause after its last change', () => {
    const run = vi.fn();
    afterTypingPause(() => lastChange, now)(run);
    for (let k = 0; k < 5; k++) {
      advance(40);
      lastChange = clock;
    }
    const last = clock;
    advance(TYPING_PAUSE_MS - 20);
    expect(run).not.toHaveBeenCalled();
    advance(60);
    expect(run).toHaveBeenCalledTimes(1);
    expect(clock - last).toBeGreaterThanOrEqual(TYPING_PAUSE_MS);
  });
});
