import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleRange } from './visible-range';

describe('visibleRange', () => {
  it.each([
    ['the top of a long list', { count: 1000, scrollTop: 0 }, { start: 0, end: 20 }],
    ['scrolled to row 500', { count: 1000, scrollTop: 500 * 40 }, { start: 490, end: 520 }],
    ['the bottom', { count: 1000, scrollTop: 1000 * 40 - 400 }, { start: 980, end: 1000 }],
    ['a short list', { count: 3, scrollTop: 0 }, { start: 0, end: 3 }],
    ['an empty list', { count: 0, scrollTop: 0 }, { start: 0, end: 0 }],
    ['an overscrolled list (elastic scrolling)', { count: 5, scrollTop: -50 }, { start: 0, end: 5 }],
  ])('%s', (_, { count, scrollTop }, expected) => {
    const r = visibleRange({ count, rowHeight: 40, scrollTop, viewportHeight: 400 });
    expect({ start: r.start, end: r.end }).toEqual(expected);
  });

  it('snaps to chunks, so a small scroll keeps the same range', () => {
    const at = (scrollTop: number) =>
      visibleRange({ count: 1000, rowHeight: 40, scrollTop, viewportHeight: 400, chunk: 10 });
    expect(at(0)).toEqual({ start: 0, end: 20, padTop: 0, padBottom: 980 * 40 });
    expect(at(15 * 40)).toEqual({ start: 0, end: 40, padTop: 0, padBottom: 960 * 40 });
    expect(at(16 * 40)).toEqual(at(19 * 40));
    expect(at(20 * 40).start).toBe(10);
  });

  it('property: the spacers and the rendered rows add up to the full height, and the view is covered', () => {
    fc.assert(
      fc.property(
        fc.nat(5000),
        fc.integer({ min: 1, max: 80 }),
        fc.nat(300_000),
        fc.nat(2000),
        fc.nat(20),
        fc.integer({ min: 1, max: 25 }),
        (count, rowHeight, scrollTop, viewportHeight, overscan, chunk) => {
          const r = visibleRange({ count, rowHeight, scrollTop, viewportHeight, overscan, chunk });
          // the range moves in whole chunks (or stops at the end of the list)
          if (r.start < count) expect(r.start % chunk).toBe(0);
          if (r.end < count) expect(r.end % chunk).toBe(0);
          expect(0 <= r.start && r.start <= r.end && r.end <= count).toBe(true);
          expect(r.padTop + (r.end - r.start) * rowHeight + r.padBottom).toBe(count * rowHeight);
          // every row that intersects the viewport is rendered
          const firstVisible = Math.floor(scrollTop / rowHeight);
          const lastVisible = Math.ceil((scrollTop + viewportHeight) / rowHeight) - 1;
          if (viewportHeight > 0)
            for (const row of [firstVisible, lastVisible])
              if (row >= 0 && row < count) expect(row >= r.start && row < r.end).toBe(true);
        },
      ),
    );
  });
});
