// Summary figures of a benchmark's samples. p95 is the nearest-rank percentile (the smallest
// sample with at least 95 % of the samples at or below it), so it is always a measured value and,
// with fewer than 20 samples, it is the maximum — the honest reading of a small sample.

export type Summary = { n: number; median: number; p95: number; min: number; max: number };

const sorted = (samples: readonly number[]): number[] => [...samples].sort((a, b) => a - b);

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new RangeError('median of no samples');
  const s = sorted(samples);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile, 0 < q ≤ 1. */
export function percentile(samples: readonly number[], q: number): number {
  if (samples.length === 0) throw new RangeError('percentile of no samples');
  if (!(q > 0 && q <= 1)) throw new RangeError(`percentile rank ${q} outside (0, 1]`);
  const s = sorted(samples);
  return s[Math.ceil(q * s.length) - 1]!;
}

export const p95 = (samples: readonly number[]): number => percentile(samples, 0.95);

export function summarize(samples: readonly number[]): Summary {
  const s = sorted(samples);
  return { n: s.length, median: median(s), p95: p95(s), min: s[0]!, max: s[s.length - 1]! };
}

/** As median and percentile, but NaN for no samples: A/B tools print "NaN" for a page that gave none. */
export const medianOrNaN = (samples: readonly number[]): number =>
  samples.length ? median(samples) : Number.NaN;
export const percentileOrNaN = (samples: readonly number[], q: number): number =>
  samples.length ? percentile(samples, q) : Number.NaN;
