import { describe, expect, it } from 'vitest';
import { feeTextToUnits, formatFeeUnits, parseFee } from './parse-fee';

describe('parseFee', () => {
  it('reads a fee with up to 6 places, full-width digits and trailing zeros', () => {
    expect(parseFee('24252.311082')).toEqual({ kind: 'value', value: 24252.311082 });
    expect(parseFee('０.２')).toEqual({ kind: 'value', value: 0.2 });
    expect(parseFee('3.5000000')).toEqual({ kind: 'value', value: 3.5 });
  });

  it('reads 「.5」 as 0.5, as Excel and WPS do', () => {
    expect(parseFee('.5')).toEqual({ kind: 'value', value: 0.5 });
    expect(formatFeeUnits(feeTextToUnits('.25')!)).toBe('0.25');
  });

  it('refuses what is no fee: a lone point, two points, a seventh place, a negative', () => {
    for (const text of ['.', '..5', '1.2.3', '0.1234567', '-1', '1.', '']) {
      const parsed = parseFee(text);
      if (text === '') expect(parsed.kind).toBe('blank');
      else if (text === '1.') expect(parsed).toEqual({ kind: 'value', value: 1 });
      else expect(parsed.kind, text).toBe('invalid');
    }
  });
});
