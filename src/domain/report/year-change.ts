// 「显示上年数」: the change of a cell since last year's report, signed, in the cell's own unit.
// Fees are compared in integer units (1e-6 万元) so that 0.1 + 0.2 never prints as 0.30000000004.
import { feeToUnits, formatFeeUnits } from '../numbers/parse-fee';

export function yearChange(current: number | null, previous: number | null, fee: boolean): string | null {
  if (current === null || previous === null) return null;
  const [a, b] = fee ? [feeToUnits(current), feeToUnits(previous)] : [current, previous];
  const d = a - b;
  if (d === 0) return '±0';
  const size = fee ? formatFeeUnits(Math.abs(d)) : String(Math.abs(d));
  return d > 0 ? `+${size}` : `−${size}`;
}
