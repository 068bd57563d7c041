// fast-check generators for the 汇总 tests (imported by *.test.ts only). Reports carry random
// counts and blanks; fees are generated as integer units and written as decimal text here, so a
// test's expected fee sum does not go through the code under test.
import fc from 'fast-check';
import { qufuReport } from '../fixtures/qufu-2021';
import { INPUT_CELLS, isFeeCell } from '../report/cell-address';
import { deriveAppeals, deriveApplications } from '../report/derive';
import type { Report } from '../report/report-schema';

type NumGrid = Record<string, Record<string, number | null>>;

/** 「12.000305」 from 12000305 units of 1e-6 万元, written independently of parse-fee.ts. */
export function unitsToDecimalText(units: bigint): string {
  const s = units.toString().padStart(7, '0');
  return `${s.slice(0, -6)}.${s.slice(-6)}`;
}

const countArb = fc.option(fc.oneof(fc.nat(50), fc.nat(1_000_000_000)), { nil: null, freq: 4 });
/** ≤ 15 significant digits, so the fee survives as a JS number exactly. */
export const feeUnitsArb = fc.option(fc.oneof(fc.bigInt(0n, 999_999n), fc.bigInt(0n, 999_999_999_999_999n)), {
  nil: null,
  freq: 4,
});

export type GeneratedReport = { report: Report; feeUnits: bigint | null };

/** A report whose input cells are random; the derived cells computed as the app does. */
export const generatedReportArb: fc.Arbitrary<GeneratedReport> = fc
  .record({
    counts: fc.array(countArb, { minLength: INPUT_CELLS.length, maxLength: INPUT_CELLS.length }),
    feeUnits: feeUnitsArb,
  })
  .map(({ counts, feeUnits }) => {
    const report = structuredClone(qufuReport());
    INPUT_CELLS.forEach((cell, i) => {
      const grid = report[cell.part] as NumGrid;
      grid[cell.row]![cell.column] = isFeeCell(cell)
        ? feeUnits === null
          ? null
          : Number(unitsToDecimalText(feeUnits))
        : counts[i]!;
    });
    report.applications = deriveApplications(report.applications);
    report.appeals = deriveAppeals(report.appeals);
    return { report, feeUnits };
  });
