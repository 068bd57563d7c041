// Exact per-identity pruning for the table search: which sums the rows still open can add to
// one identity. Interval bounds alone let through partial sums that no choice of the remaining
// cuts can complete (their values are a few scattered numbers, not a range); a bitmap of the
// reachable sums rejects them at once. Each identity is still checked on its own, so this is a
// relaxation: it never rejects a true reading.

/** The sums in [lo, lo + bits.length) that can be made: bits[x − lo] = 1. */
export interface SumSet {
  readonly lo: number;
  readonly bits: Uint8Array;
}

/** Past this width a sum set is not built (memory, time); interval bounds are used instead. */
const MAX_WIDTH = 1 << 13;

export const ZERO_SUM: SumSet = { lo: 0, bits: Uint8Array.of(1) };

/** The sums of `from` plus one of `steps`; null when the result would be too wide. */
export function addChoices(from: SumSet | null, steps: readonly number[]): SumSet | null {
  if (from === null || steps.length === 0) return null;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const d of steps) {
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const width = from.bits.length + max - min;
  if (width > MAX_WIDTH) return null;
  const bits = new Uint8Array(width);
  for (let i = 0; i < from.bits.length; i++) {
    if (from.bits[i] === 0) continue;
    for (const d of steps) bits[i + d - min] = 1;
  }
  return { lo: from.lo + min, bits };
}

export function canMake(set: SumSet, sum: number): boolean {
  const i = sum - set.lo;
  return i >= 0 && i < set.bits.length && set.bits[i] === 1;
}
