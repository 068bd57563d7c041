import { isDashText, normalizeNumberText } from './normalize';
import type { ParsedCell } from './parse-count';

// Fees (万元) are published with up to 6 decimals (e.g. 24252.311082). They are compared and
// summed as integers of the smallest unit (1e-6 万元) so that sums never drift as floats do.
export const FEE_DECIMALS = 6;
export const FEE_SCALE = 10 ** FEE_DECIMALS;

/** Parses a fee cell: a non-negative decimal with at most 6 places. `value` is in 万元. */
export function parseFee(raw: string | null | undefined): ParsedCell {
  if (raw == null) return { kind: 'blank' };
  const text = normalizeNumberText(raw);
  if (text === '') return { kind: 'blank' };
  if (isDashText(text)) return { kind: 'dash', value: 0 };
  const units = feeTextToUnits(text);
  if (units === null) return { kind: 'invalid', text: raw };
  return { kind: 'value', value: unitsToFee(units) };
}

/** "24252.311082" → 24252311082 (integer units), or null when not a decimal ≥ 0 with ≤ 6 places. */
export function feeTextToUnits(text: string): number | null {
  // Trailing zeros past the 6th place carry no value (Excel may print 24252.3110820). 「.5」 is 0.5,
  // as in Excel and WPS where clerks type it.
  const m = /^(\d{1,12}|(?=\.\d))(?:\.(\d{0,6})0*)?$/.exec(text);
  if (!m) return null;
  const whole = Number(m[1] || '0');
  const frac = Number((m[2] ?? '').padEnd(FEE_DECIMALS, '0'));
  return whole * FEE_SCALE + frac;
}

/** A fee as a JS number (万元) to its integer units, going through its shortest decimal text. */
export function feeToUnits(fee: number): number {
  if (!Number.isFinite(fee) || fee < 0) throw new RangeError(`not a fee: ${fee}`);
  const units = feeTextToUnits(fee.toFixed(FEE_DECIMALS));
  if (units === null) throw new RangeError(`fee out of range: ${fee}`);
  return units;
}

export function unitsToFee(units: number): number {
  return Number(formatFeeUnits(units));
}

/** Integer units → the shortest decimal text ("24252.311082", "12", "0.5"). */
export function formatFeeUnits(units: number): string {
  const whole = Math.floor(units / FEE_SCALE);
  const frac = String(units % FEE_SCALE)
    .padStart(FEE_DECIMALS, '0')
    .replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}

/** True when a JS number is a fee with at most 6 decimals (used by the import schema). */
export function isExactFee(fee: number): boolean {
  if (!Number.isFinite(fee) || fee < 0 || fee >= 1e12) return false;
  return Math.abs(Number(fee.toFixed(FEE_DECIMALS)) - fee) === 0;
}
