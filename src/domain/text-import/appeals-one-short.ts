// Part 四 one number short (nianbao issue 18): a page that prints a zero as an empty cell loses it in
// PDF text (「… 25 5 1 2 8」 for 复议后起诉 5, 0, 1, 2, 8), and pdftotext gives no column positions
// to trust. Every way of reading the 14 numbers as the 15 cells is tried — an empty cell (0) at
// any place, or one number of two cells run together cut anywhere — and kept when each group's
// 「总计」 is the sum of its four results (the format's identity). A cell is read only when every
// kept reading gives it the same number; the others stay unread, saying where the gap may be.
import { normalizeNumberText } from '../numbers/normalize';
import { APPEAL_FIELDS, APPEAL_GROUPS } from '../report/keys';
import type { CellToken } from './table-tokens';

const GROUP = APPEAL_FIELDS.length; // 5
const ALL = APPEAL_GROUPS.length * GROUP; // 15
/** Readings beyond this many are not told apart (bounds the work; real rows give a handful). */
const MAX_READINGS = 64;

export type OneShortReading = {
  /** by cell index (group × 5 + field): the number every kept reading agrees on, else null */
  agreed: (number | null)[];
  /** how many readings hold */
  readings: number;
};

const holds = (cells: readonly number[]): boolean =>
  APPEAL_GROUPS.every((_, g) => {
    const group = cells.slice(g * GROUP, g * GROUP + GROUP);
    return group.slice(0, GROUP - 1).reduce((a, b) => a + b, 0) === group[GROUP - 1];
  });

/** Ways to cut a number's digits in two cells (no part with a leading zero except 「0」 itself). */
function cuts(digits: string): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 1; k < digits.length; k++) {
    const a = digits.slice(0, k);
    const b = digits.slice(k);
    if ((a.length > 1 && a.startsWith('0')) || (b.length > 1 && b.startsWith('0'))) continue;
    out.push([Number(a), Number(b)]);
  }
  return out;
}

/** The readings of 14 plain numbers as part 四's 15 cells; null when the cells are not that. */
export function readOneShort(cells: readonly CellToken[]): OneShortReading | null {
  if (cells.length !== ALL - 1) return null;
  const digits: string[] = [];
  for (const c of cells) {
    if (c.kind !== 'value') return null;
    const d = normalizeNumberText(c.text);
    if (!/^\d{1,7}$/u.test(d)) return null;
    digits.push(d);
  }
  const nums = digits.map(Number);
  const kept: number[][] = [];
  const seen = new Set<string>();
  const keep = (reading: number[]) => {
    const key = reading.join(',');
    if (seen.has(key) || !holds(reading)) return;
    seen.add(key);
    kept.push(reading);
  };
  for (let at = 0; at <= nums.length; at++) keep([...nums.slice(0, at), 0, ...nums.slice(at)]);
  digits.forEach((d, k) => {
    for (const [a, b] of cuts(d)) keep([...nums.slice(0, k), a, b, ...nums.slice(k + 1)]);
  });
  if (kept.length === 0 || kept.length > MAX_READINGS) return null;
  const agreed = Array.from({ length: ALL }, (_, i) =>
    kept.every((r) => r[i] === kept[0]![i]) ? kept[0]![i]! : null,
  );
  return { agreed, readings: kept.length };
}
