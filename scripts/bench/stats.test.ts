import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, p95, percentile, summarize } from './stats';

describe('median', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1, 1000], 10],
  ])('median(%j) = %d', (samples, want) => {
    expect(median(samples)).toBe(want);
  });

  it('throws on no samples', () => {
    expect(() => median([])).toThrow(RangeError);
  });
});

describe('p95 (nearest rank)', () => {
  it.each([
    // 20 samples: rank ceil(19) = 19th smallest
    [Array.from({ length: 20 }, (_, i) => i + 1), 19],
    // 100 samples: the 95th smallest
    [Array.from({ length: 100 }, (_, i) => 100 - i), 95],
    // fewer than 20 samples: the maximum
    [[7, 3, 9, 1], 9],
    [[2], 2],
  ])('p95 of %j samples', (samples, want) => {
    expect(p95(samples)).toBe(want);
  });

  it.each([0, -0.5, 1.01, Number.NaN])('rejects rank %d', (q) => {
    expect(() => percentile([1, 2], q)).toThrow(RangeError);
  });

  it('is a measured value, and min ≤ median ≤ p95 ≤ max', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 300 }),
        (xs) => {
          const s = summarize(xs);
          expect(xs).toContain(s.p95);
          expect(s.min).toBeLessThanOrEqual(s.median);
          expect(s.median).toBeLessThanOrEqual(s.p95);
          expect(s.p95).toBeLessThanOrEqual(s.max);
          expect(s.n).toBe(xs.length);
        },
      ),
    );
  });

  it('does not reorder the caller’s samples', () => {
    const xs = [3, 1, 2];
    summarize(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});
