import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import { type CellAddress, cellAddress, cellId } from '../report/cell-address';
import {
  APPEAL_FIELDS,
  APPEAL_GROUPS,
  APPEAL_INPUT_FIELDS,
  APPLICANT_COLUMNS,
  APPLICANT_INPUT_COLUMNS,
  APPLICATION_ROWS,
  PROACTIVE_ROWS,
  RESULT_ROWS,
} from '../report/keys';
import type { Report } from '../report/report-schema';
import { formatFeeUnitsBig, sumReports } from './sum-reports';
import { generatedReportArb, unitsToDecimalText } from './test-arbitraries';

type NumGrid = Record<string, Record<string, number | null>>;
const value = (r: Report, part: 'proactive' | 'applications' | 'appeals', row: string, col: string) =>
  (r[part] as NumGrid)[row]![col]!;

/** Every cell of the three tables (input and derived), as [part, row, column], written out here. */
const ALL_CELLS: [part: 'proactive' | 'applications' | 'appeals', row: string, column: string][] = [
  ...PROACTIVE_ROWS.flatMap((row) =>
    Object.keys(qufuReport().proactive[row]).map((col): ['proactive', string, string] => [
      'proactive',
      row,
      col,
    ]),
  ),
  ...APPLICATION_ROWS.flatMap((row) =>
    APPLICANT_COLUMNS.map((col): ['applications', string, string] => ['applications', row, col]),
  ),
  ...APPEAL_GROUPS.flatMap((g) => APPEAL_FIELDS.map((f): ['appeals', string, string] => ['appeals', g, f])),
];
const isDerived = (part: string, row: string, col: string) =>
  col === 'total' || (part === 'applications' && row === 'totalHandled');

/** The input parts of a derived cell, spelled out independently of derive.ts. */
/** The cell's id by the one address builder; the cell list above is the fixture's own, not the domain's. */
const idOf = (part: string, row: string, column: string) => cellId({ part, row, column } as CellAddress);

function partsOf(part: string, row: string, col: string): [string, string][] {
  if (part === 'appeals') return APPEAL_INPUT_FIELDS.map((f) => [row, f]);
  const rows = row === 'totalHandled' ? [...RESULT_ROWS] : [row];
  const cols = col === 'total' ? [...APPLICANT_INPUT_COLUMNS] : [col];
  return rows.flatMap((r) => cols.map((c): [string, string] => [r, c]));
}

/** "12.5" → 12500000n units of 1e-6 万元. */
const textToUnits = (text: string) => {
  const [whole, frac = ''] = text.split('.');
  return BigInt(whole!) * 1_000_000n + BigInt(frac.padEnd(6, '0'));
};

describe('sumReports', () => {
  it('sums every input cell of the members, leaving blanks out and counting them', () => {
    fc.assert(
      fc.property(fc.array(generatedReportArb, { maxLength: 8 }), (members) => {
        const reports = members.map((m) => m.report);
        const summed = sumReports(reports);
        expect(summed.memberCount).toBe(reports.length);
        for (const [part, row, col] of ALL_CELLS) {
          if (isDerived(part, row, col) || (part === 'proactive' && row === 'fees')) continue;
          let sum = 0;
          let blank = 0;
          for (const r of reports) {
            const v = value(r, part, row, col);
            if (v === null) blank++;
            else sum += v;
          }
          const id = idOf(part, row, col);
          expect(value(summed as unknown as Report, part, row, col), id).toBe(
            blank === reports.length ? null : sum,
          );
          expect(summed.missing[id], id).toBe(blank > 0 ? blank : undefined);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('sums fees exactly as integer units', () => {
    fc.assert(
      fc.property(fc.array(generatedReportArb, { maxLength: 30 }), (members) => {
        const summed = sumReports(members.map((m) => m.report));
        const known = members.filter((m) => m.feeUnits !== null);
        const units = known.reduce((acc, m) => acc + m.feeUnits!, 0n);
        if (known.length === 0) {
          expect(summed.feeText).toBeNull();
          expect(summed.proactive.fees.amount).toBeNull();
        } else {
          expect(textToUnits(summed.feeText!)).toBe(units);
          expect(summed.proactive.fees.amount).toBe(Number(unitsToDecimalText(units)));
        }
        const blanks = members.length - known.length;
        expect(summed.missing[cellId(cellAddress('proactive', 'fees', 'amount'))]).toBe(
          blanks > 0 ? blanks : undefined,
        );
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    [[0.1, 0.2], '0.3'],
    [Array<number>(10).fill(0.1), '1'],
    [[1.000001, 2.999999, 0.123456], '4.123456'],
    [[24252.311082, 0.000001, 0.7], '24253.011083'],
    [[0.000001, 0.000002], '0.000003'],
    // 20 × 999999999999999 units: beyond 2^53 units, still exact
    [Array<number>(20).fill(999999999.999999), '19999999999.99998'],
  ])('fees %j sum to exactly %s', (fees, text) => {
    const reports = fees.map((amount, i) => {
      const r = qufuReport(`r${i}`);
      r.proactive.fees.amount = amount;
      return r;
    });
    const summed = sumReports(reports);
    expect(summed.feeText).toBe(text);
    expect(summed.proactive.fees.amount).toBe(Number(text));
  });

  it('recomputes derived totals: each equals the sum of the members’ derived totals', () => {
    fc.assert(
      fc.property(fc.array(generatedReportArb, { maxLength: 8 }), (members) => {
        const reports = members.map((m) => m.report);
        const summed = sumReports(reports) as unknown as Report;
        for (const [part, row, col] of ALL_CELLS) {
          if (!isDerived(part, row, col)) continue;
          const totals = reports.map((r) => value(r, part, row, col));
          const known = totals.filter((t): t is number => t !== null);
          const expected = known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
          expect(value(summed, part, row, col), idOf(part, row, col)).toBe(expected);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('counts, for a derived cell, the members with any blank part', () => {
    fc.assert(
      fc.property(fc.array(generatedReportArb, { maxLength: 8 }), (members) => {
        const reports = members.map((m) => m.report);
        const summed = sumReports(reports);
        for (const [part, row, col] of ALL_CELLS) {
          if (!isDerived(part, row, col)) continue;
          const withBlank = reports.filter((r) =>
            partsOf(part, row, col).some(([pr, pc]) => value(r, part, pr, pc) === null),
          ).length;
          expect(summed.missing[idOf(part, row, col)]).toBe(withBlank > 0 ? withBlank : undefined);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('sums nothing to an all-blank table', () => {
    const summed = sumReports([]);
    expect(summed.memberCount).toBe(0);
    expect(summed.missing).toEqual({});
    expect(summed.applications.totalHandled.total).toBeNull();
    expect(summed.feeText).toBeNull();
  });

  it('does not change its inputs', () => {
    const reports = [qufuReport('a'), qufuReport('b')];
    const before = structuredClone(reports);
    sumReports(reports);
    expect(reports).toEqual(before);
  });

  it('sums 1,000 reports (speed is measured by npm run bench)', () => {
    const reports = fc.sample(generatedReportArb, { numRuns: 1000, seed: 42 }).map((m) => m.report);
    const summed = sumReports(reports);
    expect(summed.memberCount).toBe(1000);
    expect(summed.applications.newReceived.natural).toBe(
      reports.reduce((acc, r) => acc + (r.applications.newReceived.natural ?? 0), 0),
    );
  });
});

describe('formatFeeUnitsBig', () => {
  it.each([
    [0n, '0'],
    [1n, '0.000001'],
    [12_500_000n, '12.5'],
    [2n ** 60n, '1152921504606.846976'],
    [2n ** 60n - 846_976n, '1152921504606'],
  ])('%s units → %s', (units, text) => {
    expect(formatFeeUnitsBig(units)).toBe(text);
    expect(textToUnits(text)).toBe(units);
  });
});
