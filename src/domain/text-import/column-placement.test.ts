import { describe, expect, it } from 'vitest';
import { type PlacementProblem, placeColumns } from './column-placement';

// Two result columns A, B and their 总计 T; row 0 is the top row, rows 1.. its parts:
// A and B of the top row = the sums of the parts' A and B.
const SUMS = [{ parts: [0, 1], total: 2 }];
const topIsSum = (parts: number[]) => [
  { columns: [0, 1], terms: [{ row: 0, coef: 1 }, ...parts.map((row) => ({ row, coef: -1 }))] },
];
const problem = (rows: number[][], extra: Partial<PlacementProblem> = {}): PlacementProblem => ({
  columns: 3,
  rows,
  sums: SUMS,
  identities: topIsSum(rows.slice(1).map((_, k) => k + 1)),
  ...extra,
});

describe('placeColumns', () => {
  it('reads a row printed whole as printed', () => {
    const r = placeColumns(
      problem([
        [5, 2, 7],
        [5, 2, 7],
      ]),
    );
    expect(r).toEqual({
      ok: true,
      readings: 1,
      places: [
        [0, 1, 2],
        [0, 1, 2],
      ],
    });
  });

  it('proves each number’s column when only one reading keeps every sum and identity', () => {
    // 「3 3」 is A=3 with 总计 3 (A and B both 3 would leave B −1 for the other row); 「2 2」 then A, B.
    const r = placeColumns(
      problem([
        [5, 2, 7],
        [3, 3],
        [2, 2],
      ]),
    );
    expect(r).toEqual({
      ok: true,
      readings: 1,
      places: [
        [0, 1, 2],
        [0, -1, 1],
        [0, 1, -1],
      ],
    });
  });

  it('refuses a column no identity can tell: a consistent shift of all rows keeps every sum', () => {
    // 「5 5」 (a number and its 总计) over 「5」: A or B, in both rows alike; the 总计 is certain.
    const r = placeColumns(problem([[5, 5], [5]]));
    expect(r).toEqual({
      ok: true,
      readings: 2,
      places: [
        [null, null, 1],
        [null, null, -1],
      ],
    });
  });

  it('takes numbers proven neighbours (one space apart) into neighbouring columns', () => {
    const r = placeColumns(problem([[5, 5], [5]], { adjacent: [[true], []] }));
    expect(r).toEqual({
      ok: true,
      readings: 1,
      places: [
        [-1, 0, 1],
        [-1, 0, -1],
      ],
    });
  });

  it('says so when no reading keeps the identities (or the source is wrong)', () => {
    const r = placeColumns(problem([[5, 5], [6]]));
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/勾稽关系/u) });
  });

  it('refuses a row of more numbers than columns, and a row whose 总计 no reading fits', () => {
    expect(placeColumns(problem([[1, 2, 3, 4]]))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/多于3栏/u),
    });
    // With every printed total required, a lone 2 fits nowhere: as a result its 总计 is missing, as
    // the 总计 its results (0) do not add up to it.
    expect(placeColumns(problem([[2]], { blankTotals: false, identities: [] }))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/合计都不等于各项之和/u),
    });
  });

  it('with every printed total required, a group’s numbers never stand without their 总计', () => {
    const r = placeColumns(problem([[4, 4]], { blankTotals: false, identities: [] }));
    // 4 and its 总计 4: A or B; never A=4, B=4 with the 总计 blank.
    expect(r).toEqual({ ok: true, readings: 2, places: [[null, null, 1]] });
  });

  it('gives up, saying why, when the readings are too many to tell apart', () => {
    const rows = Array.from({ length: 30 }, () => [1]);
    const r = placeColumns({ columns: 7, rows, sums: [], identities: [] });
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/过多/u) });
  });
});

describe('placeColumns: rows of zeros', () => {
  it('a row 「0 0」 (other cells blank) is all 0 wherever its zeros stand: its cells are certain', () => {
    // Seven columns, 总计 the last; row 0 is the sum of the rows below it: 「5 5」, and twenty 「0 0」.
    const parts = [0, 1, 2, 3, 4, 5];
    const below = [[5, 5], ...Array.from({ length: 20 }, () => [0, 0])];
    const r = placeColumns({
      columns: 7,
      rows: [[5, 5], ...below],
      sums: [{ parts, total: 6 }],
      identities: [
        { columns: parts, terms: [{ row: 0, coef: 1 }, ...below.map((_, k) => ({ row: k + 1, coef: -1 }))] },
      ],
    });
    // Without equal placements folded into one, twenty rows of 「0 0」 have 21^20 readings (past the limits).
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const row of r.places.slice(2)) expect(row.every((p) => p !== null)).toBe(true);
    // The 5's column the identities cannot tell: open in both rows.
    expect(r.places[0]!.slice(0, 6).some((p) => p === null)).toBe(true);
  });
});
