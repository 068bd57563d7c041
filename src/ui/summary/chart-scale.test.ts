import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceScale } from './chart-scale';

describe('niceScale', () => {
  it.each([
    [69, 80, [0, 20, 40, 60, 80]],
    [23, 25, [0, 5, 10, 15, 20, 25]],
    [3, 3, [0, 1, 2, 3]],
    [1, 1, [0, 1]],
    [0, 1, [0, 1]],
    [1000, 1000, [0, 200, 400, 600, 800, 1000]],
    [1234, 1250, [0, 250, 500, 750, 1000, 1250]],
  ])('max %d → axis to %d', (max, axisMax, ticks) => {
    expect(niceScale(max)).toEqual({ max: axisMax, ticks });
  });

  it('allows fractional steps when asked (fees in 万元)', () => {
    expect(niceScale(0.3, { integer: false })).toEqual({ max: 0.3, ticks: [0, 0.1, 0.2, 0.3] });
  });

  it('property: the axis covers the maximum with few, evenly spaced whole ticks', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), (max) => {
        const s = niceScale(max);
        expect(s.max).toBeGreaterThanOrEqual(max);
        expect(s.ticks[0]).toBe(0);
        expect(s.ticks.length).toBeLessThanOrEqual(11);
        const step = s.ticks[1]! - s.ticks[0]!;
        for (let i = 1; i < s.ticks.length; i++) {
          expect(Number.isInteger(s.ticks[i])).toBe(true);
          expect(s.ticks[i]! - s.ticks[i - 1]!).toBe(step);
        }
      }),
    );
  });
});
