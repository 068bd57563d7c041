// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { overlaps, type Rect, watchFocusUnder } from './dodge-focus';

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({
  left,
  top,
  right,
  bottom,
});

describe('overlaps', () => {
  it('is true for shared area, false for touching edges or apart', () => {
    expect(overlaps(rect(0, 0, 10, 10), rect(5, 5, 20, 20))).toBe(true);
    expect(overlaps(rect(0, 0, 10, 10), rect(2, 2, 4, 4))).toBe(true);
    expect(overlaps(rect(0, 0, 10, 10), rect(10, 0, 20, 10))).toBe(false);
    expect(overlaps(rect(0, 0, 10, 10), rect(0, 11, 10, 20))).toBe(false);
  });
});

describe('watchFocusUnder', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  function setUp(inputRect: Rect) {
    const area = document.createElement('div');
    const input = document.createElement('input');
    const button = document.createElement('button');
    area.appendChild(button);
    document.body.append(input, area);
    vi.spyOn(area, 'getBoundingClientRect').mockReturnValue(rect(600, 500, 800, 600) as DOMRect);
    vi.spyOn(input, 'getBoundingClientRect').mockReturnValue(inputRect as DOMRect);
    return { area, input, button };
  }

  it('reports a field that takes focus under the notice, not one elsewhere, nor the notice’s own button', () => {
    const covered = setUp(rect(700, 550, 760, 580));
    const onCover = vi.fn();
    const stop = watchFocusUnder(covered.area, onCover);
    covered.button.focus();
    expect(onCover).not.toHaveBeenCalled();
    covered.input.focus();
    expect(onCover).toHaveBeenCalledTimes(1);
    stop();
    covered.input.blur();
    covered.input.focus();
    expect(onCover).toHaveBeenCalledTimes(1);
  });

  it('leaves a field the notice does not cover alone', () => {
    const apart = setUp(rect(10, 10, 80, 40));
    const onCover = vi.fn();
    watchFocusUnder(apart.area, onCover);
    apart.input.focus();
    expect(onCover).not.toHaveBeenCalled();
  });
});
