import { describe, expect, it } from 'vitest';
import { yearChange } from './year-change';

describe('yearChange', () => {
  it.each([
    [23, 20, false, '+3'],
    [18, 20, false, '−2'],
    [5, 5, false, '±0'],
    [null, 5, false, null],
    [5, null, false, null],
    [0.3, 0.1, true, '+0.2'],
    [24252.311082, 24252.311083, true, '−0.000001'],
  ] as const)('%s vs %s (fee %s) → %s', (current, previous, fee, expected) => {
    expect(yearChange(current, previous, fee)).toBe(expected);
  });
});
