// Text copied from many government web pages loses the table borders, so a row of cells arrives
// as one run of digits (nianbao issue 9: 「一、本年新收…申请数量230000023」 is the cells
// 23, 0, 0, 0, 0, 0, 23). These helpers list the ways a run can be cut back into cells.
// Published counts are written without leading zeros (a cell reads 「0」 or 「23」, never 「023」):
// that rule, the cap on a cell's length and the row identities make the cut recoverable.
import { normalizeNumberText } from '../numbers/normalize';

/** No count in a 年度报告 table comes near ten million; a longer cell means a wrong cut. */
export const DEFAULT_MAX_CELL_DIGITS = 7;

/** Full-width digits to ASCII and whitespace dropped; null unless what is left is a run of digits. */
export function normalizeDigitRun(text: string): string | null {
  const normalized = normalizeNumberText(text);
  return /^\d+$/.test(normalized) ? normalized : null;
}

/** The cells written side by side without separators: the inverse of a split. */
export function joinCells(values: readonly number[]): string {
  return values.map((v) => String(v)).join('');
}

/** The count written in digits[start, end), or -1 when it is not a well-formed cell (leading zero, too long). */
export function readCell(digits: string, start: number, end: number, maxDigits: number): number {
  const length = end - start;
  if (length < 1 || length > maxDigits) return -1;
  if (length > 1 && digits.charCodeAt(start) === 48 /* '0' */) return -1;
  return Number(digits.slice(start, end));
}

function digitCount(n: number): number {
  return String(n).length;
}

/**
 * Every way to cut `digits` into `parts` well-formed cells, lazily, in order of the first cell's
 * length. Used where a row has no identity of its own (part 二).
 */
export function* enumerateSplits(
  digits: string,
  parts: number,
  maxDigits: number = DEFAULT_MAX_CELL_DIGITS,
): Generator<number[]> {
  if (parts < 1) return;
  const values: number[] = [];
  function* cut(pos: number, left: number): Generator<number[]> {
    const rest = digits.length - pos;
    if (left === 1) {
      const v = readCell(digits, pos, digits.length, maxDigits);
      if (v >= 0) yield [...values, v];
      return;
    }
    for (let len = 1; len <= maxDigits; len++) {
      const after = rest - len;
      // The cells still to cut need at least one and at most maxDigits digits each.
      if (after < left - 1) break;
      if (after > (left - 1) * maxDigits) continue;
      const v = readCell(digits, pos, pos + len, maxDigits);
      if (v < 0) break; // a leading zero stays a leading zero for every longer cut
      values.push(v);
      yield* cut(pos + len, left - 1);
      values.pop();
    }
  }
  yield* cut(0, parts);
}

/**
 * The cells that every well-formed cut of `digits` into `parts` cells agrees on (null where cuts
 * differ, or where there is no cut at all): what the text itself decides when no identity is
 * used — 「00202000001324015」 into 15 cells has 0, 0 first in any cut. Linear in the number of
 * (cell, offset) pairs: a cell's possible spans are those reachable from both ends.
 */
export function cellsFixedByEveryCut(
  digits: string,
  parts: number,
  maxDigits: number = DEFAULT_MAX_CELL_DIGITS,
): (number | null)[] {
  const n = digits.length;
  const none = () => Array.from({ length: parts }, () => null);
  if (parts < 1 || n < parts || n > parts * maxDigits) return none();
  // from[i][p]: digits[0, p) cut into i cells; to[i][p]: digits[p, n) cut into parts − i cells.
  const from = Array.from({ length: parts + 1 }, () => new Uint8Array(n + 1));
  const to = Array.from({ length: parts + 1 }, () => new Uint8Array(n + 1));
  from[0]![0] = 1;
  for (let i = 0; i < parts; i++)
    for (let p = 0; p < n; p++) {
      if (!from[i]![p]) continue;
      for (let q = p + 1; q <= Math.min(n, p + maxDigits); q++)
        if (readCell(digits, p, q, maxDigits) >= 0) from[i + 1]![q] = 1;
    }
  to[parts]![n] = 1;
  for (let i = parts - 1; i >= 0; i--)
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q <= Math.min(n, p + maxDigits); q++)
        if (to[i + 1]![q] && readCell(digits, p, q, maxDigits) >= 0) {
          to[i]![p] = 1;
          break;
        }
  if (!from[parts]![n]) return none();
  return Array.from({ length: parts }, (_, i) => {
    const values = new Set<number>();
    for (let p = 0; p < n; p++) {
      if (!from[i]![p]) continue;
      for (let q = p + 1; q <= Math.min(n, p + maxDigits); q++) {
        const v = readCell(digits, p, q, maxDigits);
        if (v >= 0 && to[i + 1]![q]) values.add(v);
      }
    }
    return values.size === 1 ? [...values][0]! : null;
  });
}

/**
 * Every way to cut `digits` into `inputCount` cells followed by their 「总计」, i.e. the last
 * cell equals the sum of the others (a part 三 row: 6 + 总计; a part 四 group: 4 + 总计), lazily.
 * The total is cut first; it bounds both the value and the length of every other cell.
 */
export function* enumerateSummedSplits(
  digits: string,
  inputCount: number,
  maxDigits: number = DEFAULT_MAX_CELL_DIGITS,
): Generator<number[]> {
  const length = digits.length;
  for (let totalLength = 1; totalLength <= maxDigits && totalLength <= length - inputCount; totalLength++) {
    const prefix = length - totalLength;
    const total = readCell(digits, prefix, length, maxDigits);
    if (total < 0) continue;
    // Every other cell is at most the total, so it has at most as many digits.
    const cellMax = Math.min(maxDigits, digitCount(total));
    if (prefix < inputCount || prefix > inputCount * cellMax) continue;
    for (const inputs of cutToSum(digits, prefix, inputCount, total, cellMax)) yield [...inputs, total];
  }
}

/**
 * Cuts digits[0, end) into `parts` cells summing to `sum`, each at most `cellMax` digits long.
 * This is the inner loop of the part 三 solver, run for every row of a report, so it first
 * tabulates, for every position and number of cells left, the least and the greatest sum the
 * rest of the digits can make, and cuts only where the remaining budget lies in that range.
 */
function* cutToSum(
  digits: string,
  end: number,
  parts: number,
  sum: number,
  cellMax: number,
): Generator<number[]> {
  // cell[p * cellMax + len - 1]: the cell digits[p, p + len), or -1.
  const cell = new Float64Array(end * cellMax).fill(-1);
  for (let p = 0; p < end; p++)
    for (let len = 1; len <= cellMax && p + len <= end; len++)
      cell[p * cellMax + len - 1] = readCell(digits, p, p + len, cellMax);
  // least[m * (end + 1) + p] / most[…]: extreme sums of digits[p, end) cut into m cells (±∞: impossible).
  const stride = end + 1;
  const least = new Float64Array((parts + 1) * stride).fill(Number.POSITIVE_INFINITY);
  const most = new Float64Array((parts + 1) * stride).fill(Number.NEGATIVE_INFINITY);
  least[end] = 0; // zero cells from the end: sum 0
  most[end] = 0;
  for (let m = 1; m <= parts; m++)
    for (let p = end - 1; p >= 0; p--)
      for (let len = 1; len <= cellMax && p + len <= end; len++) {
        const v = cell[p * cellMax + len - 1]!;
        if (v < 0) break;
        const lo = least[(m - 1) * stride + p + len]!;
        const hi = most[(m - 1) * stride + p + len]!;
        if (v + lo < least[m * stride + p]!) least[m * stride + p] = v + lo;
        if (v + hi > most[m * stride + p]!) most[m * stride + p] = v + hi;
      }
  if (!(least[parts * stride]! <= sum && sum <= most[parts * stride]!)) return;

  const values: number[] = new Array(parts).fill(0);
  const start = new Array<number>(parts + 1).fill(0);
  const budget = new Array<number>(parts + 1).fill(0);
  const tried = new Array<number>(parts).fill(0); // length of the cut being tried at each depth
  budget[0] = sum;
  let k = 0;
  while (k >= 0) {
    if (k === parts) {
      if (start[k] === end && budget[k] === 0) yield [...values];
      k--;
      continue;
    }
    const pos = start[k]!;
    const len = ++tried[k]!;
    const v = len > cellMax || pos + len > end ? -1 : cell[pos * cellMax + len - 1]!;
    // Longer cuts from the same start only grow: past the budget or at a leading zero, stop.
    if (v < 0 || v > budget[k]!) {
      k--;
      continue;
    }
    const rest = budget[k]! - v;
    const at = (parts - k - 1) * stride + pos + len;
    if (rest < least[at]! || rest > most[at]!) continue;
    values[k] = v;
    start[k + 1] = pos + len;
    budget[k + 1] = rest;
    if (k + 1 < parts) tried[k + 1] = 0;
    k++;
  }
}
