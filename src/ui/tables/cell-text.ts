import { normalizeNumberText } from '../../domain/numbers/normalize';
import { parseCount } from '../../domain/numbers/parse-count';
import { feeTextToUnits, formatFeeUnits, parseFee } from '../../domain/numbers/parse-fee';

/**
 * The text kept when a cell is committed: a valid number in its plain form (「１,２００」→「1200」,
 * 「/」→「0」); anything else exactly as typed, so the check can point at it and nothing is lost.
 */
export function committedText(raw: string, decimal: boolean): string {
  const parsed = decimal ? parseFee(raw) : parseCount(raw);
  if (parsed.kind === 'dash') return '0';
  if (parsed.kind !== 'value') return raw;
  if (!decimal) return String(parsed.value);
  const units = feeTextToUnits(normalizeNumberText(raw));
  return units === null ? raw : formatFeeUnits(units);
}

export function isInvalidText(raw: string, decimal: boolean): boolean {
  return (decimal ? parseFee(raw) : parseCount(raw)).kind === 'invalid';
}
