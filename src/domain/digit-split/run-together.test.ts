import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellsFixedByEveryCut,
  enumerateSplits,
  enumerateSummedSplits,
  joinCells,
  normalizeDigitRun,
  readCell,
} from './run-together';

/** Reference: every composition of the string, kept when each part is a published-style count. */
function referenceSplits(digits: string, parts: number, maxDigits = 7): number[][] {
  const wellFormed = new RegExp(`^(0|[1-9]\\d{0,${maxDigits - 1}})$`);
  const out: number[][] = [];
  const go = (rest: string, acc: string[]): void => {
    if (acc.length === parts) {
      if (rest === '') out.push(acc.map(Number));
      return;
    }
    for (let i = 1; i <= rest.length; i++) {
      const part = rest.slice(0, i);
      if (wellFormed.test(part)) go(rest.slice(i), [...acc, part]);
    }
  };
  go(digits, []);
  return out;
}

const sorted = (xs: number[][]): string[] => xs.map((x) => x.join(',')).sort();

describe('enumerateSplits', () => {
  it.each([
    [
      '1211',
      3,
      [
        [1, 2, 11],
        [1, 21, 1],
        [12, 1, 1],
      ],
    ],
    ['000', 3, [[0, 0, 0]]],
    ['100', 2, [[10, 0]]],
    ['0123', 2, [[0, 123]]],
    [
      '0123',
      3,
      [
        [0, 1, 23],
        [0, 12, 3],
      ],
    ],
    ['12', 3, []],
  ])('cuts “%s” into %i cells', (digits, parts, expected) => {
    expect(sorted([...enumerateSplits(digits, parts)])).toEqual(sorted(expected));
  });

  it('never makes a cell longer than the cap', () => {
    expect([...enumerateSplits('12345678', 1)]).toEqual([]);
    expect([...enumerateSplits('12345678', 1, 8)]).toEqual([[12345678]]);
  });

  it('is lazy: the first cut of a run with an astronomic number of cuts comes at once', () => {
    const first = enumerateSplits('1'.repeat(60), 10).next();
    expect(first.done).toBe(false);
    expect(joinCells(first.value as number[])).toBe('1'.repeat(60));
  });

  it('lists exactly the well-formed compositions (against a brute-force reference)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,11}$/), fc.integer({ min: 1, max: 4 }), (digits, parts) => {
        expect(sorted([...enumerateSplits(digits, parts)])).toEqual(sorted(referenceSplits(digits, parts)));
      }),
    );
  });
});

describe('enumerateSummedSplits', () => {
  it('reads the issue’s example row 230000023 as 23, 0, 0, 0, 0, 0, 23', () => {
    expect([...enumerateSummedSplits('230000023', 6)]).toEqual([[23, 0, 0, 0, 0, 0, 23]]);
  });

  it('lists exactly the cuts whose last cell is the sum of the others', () => {
    const rowOrNoise = fc.oneof(
      fc.stringMatching(/^[0-9]{1,16}$/),
      fc
        .array(fc.oneof(fc.constant(0), fc.nat(30), fc.nat(2000)), { minLength: 4, maxLength: 4 })
        .map((xs) => joinCells([...xs, xs.reduce((a, b) => a + b, 0)])),
    );
    fc.assert(
      fc.property(rowOrNoise, (digits) => {
        const reference = referenceSplits(digits, 5).filter((x) => x[4] === x[0]! + x[1]! + x[2]! + x[3]!);
        expect(sorted([...enumerateSummedSplits(digits, 4)])).toEqual(sorted(reference));
      }),
    );
  });

  it('always finds the true cells of a valid row among its cuts', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(99_999), { minLength: 6, maxLength: 6 }), (inputs) => {
        const row = [...inputs, inputs.reduce((a, b) => a + b, 0)];
        expect(sorted([...enumerateSummedSplits(joinCells(row), 6)])).toContain(row.join(','));
      }),
    );
  });
});

describe('cells and runs', () => {
  it.each([
    ['２３０', '230'],
    [' 230 ', '230'],
    ['23a', null],
    ['', null],
  ])('normalizes “%s” to %s', (raw, expected) => {
    expect(normalizeDigitRun(raw)).toBe(expected);
  });

  it.each([
    ['023', 0, 3, -1],
    ['023', 0, 1, 0],
    ['023', 1, 3, 23],
    ['12345678', 0, 8, -1],
  ])('reads %s[%i, %i) as %i', (digits, start, end, expected) => {
    expect(readCell(digits, start, end, 7)).toBe(expected);
  });
});

describe('cellsFixedByEveryCut', () => {
  it.each<[string, number, (number | null)[]]>([
    ['000', 3, [0, 0, 0]],
    ['1000', 3, [10, 0, 0]],
    ['12', 1, [12]],
    ['123', 2, [null, null]],
    ['0123', 3, [0, null, null]],
    ['01', 1, [null]],
    ['00202000001324015', 15, [0, 0, null, null, null, 0, 0, 0, null, null, null, null, null, null, null]],
  ])('「%s」 into %i', (digits, parts, want) => {
    expect(cellsFixedByEveryCut(digits, parts)).toEqual(want);
  });
  it('agrees with every cut listed (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,12}$/), fc.integer({ min: 1, max: 6 }), (digits, parts) => {
        const cuts = referenceSplits(digits, parts);
        const fixed = cellsFixedByEveryCut(digits, parts);
        for (let i = 0; i < parts; i++) {
          const values = new Set(cuts.map((c) => c[i]));
          expect(fixed[i]).toBe(cuts.length > 0 && values.size === 1 ? cuts[0]![i] : null);
        }
      }),
    );
  });
});
