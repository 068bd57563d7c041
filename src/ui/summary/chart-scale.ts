// A value axis that reads well: the maximum rounded up to 1, 2, 2.5 or 5 × 10ⁿ and evenly spaced
// ticks from 0. Counts of applications are whole numbers, so their ticks are too.

export type Scale = { max: number; ticks: number[] };

const STEPS = [1, 2, 2.5, 5, 10];

export function niceScale(max: number, { tickCount = 5, integer = true } = {}): Scale {
  if (!Number.isFinite(max) || max <= 0) return { max: 1, ticks: [0, 1] };
  const raw = max / tickCount;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  let step = magnitude * 10;
  for (const m of STEPS) {
    const s = m * magnitude;
    if (integer && !Number.isInteger(s)) continue;
    if (s >= raw) {
      step = s;
      break;
    }
  }
  if (integer) step = Math.max(1, step);
  const n = Math.ceil(max / step - 1e-9);
  // toPrecision: 3 × 0.1 is 0.30000000000000004 in binary floating point
  const ticks = Array.from({ length: n + 1 }, (_, i) => Number((i * step).toPrecision(12)));
  return { max: ticks.at(-1)!, ticks };
}
