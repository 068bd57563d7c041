import { describe, expect, it } from 'vitest';
import { committedText, isInvalidText } from './cell-text';

describe('committedText', () => {
  it.each([
    ['１２', false, '12'],
    ['1,200', false, '1200'],
    [' 7 ', false, '7'],
    ['/', false, '0'],
    ['12a', false, '12a'],
    ['', false, ''],
    ['24252.3110820', true, '24252.311082'],
    ['０．５', true, '0.5'],
    ['.5', true, '0.5'],
    ['.5', false, '.5'],
  ] as const)('%j → %j', (raw, decimal, out) => expect(committedText(raw, decimal)).toBe(out));
  it('flags invalid text only', () => {
    expect(isInvalidText('12a', false)).toBe(true);
    expect(isInvalidText('', false)).toBe(false);
    expect(isInvalidText('1.5', true)).toBe(false);
  });
});
