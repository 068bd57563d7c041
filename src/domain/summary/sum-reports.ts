// 汇总: a supervising office (政务公开办) adds up the part 二, 三 and 四 tables of the reports
// of its units, cell by cell (SPEC §1). Blank is not zero (SPEC §6 `required`): a member's blank
// cell is left out of the sum and counted in `missing`, so the UI can say 「N个单位未填」 instead of
// passing a partial sum off as complete. Fees are added as integer units of 1e-6 万元
// (numbers/parse-fee.ts), never as floats. Derived totals are recomputed by report/derive.ts.
import { FEE_DECIMALS, feeToUnits, formatFeeUnits } from '../numbers/parse-fee';
import { cellAddress, cellId, INPUT_CELLS, isFeeCell } from '../report/cell-address';
import { deriveAppeals, deriveApplications } from '../report/derive';
import {
  APPEAL_GROUPS,
  APPEAL_INPUT_FIELDS,
  APPLICANT_INPUT_COLUMNS,
  APPLICATION_INPUT_ROWS,
  RESULT_ROWS,
} from '../report/keys';
import type { Appeals, Applications, Proactive, Report } from '../report/report-schema';

export type SummedTables = {
  proactive: Proactive;
  /** all 25 rows × 7 columns; derived cells recomputed from the summed inputs */
  applications: Applications;
  appeals: Appeals;
  /**
   * The summed fee as its exact decimal text (e.g. 「0.3」), null when every member left it blank.
   * `proactive.fees.amount` is the same value as a JS number (exact up to 15 significant digits).
   */
  feeText: string | null;
  /**
   * cellId → how many members left the cell blank; only cells with at least one are listed.
   * Input cells: members whose own cell was blank. Derived cells (「总计」, 「（七）总计」): members
   * in which at least one of the cell's parts was blank — the summed total then understates.
   * A cell blank in every member is null in the sum and listed with `memberCount`.
   */
  missing: Record<string, number>;
  memberCount: number;
};

type NumGrid = Record<string, Record<string, number | null>>;

/** One input cell, resolved once at module load so the hot loop only reads properties. */
type FlatCell = { part: 'proactive' | 'applications' | 'appeals'; row: string; column: string; id: string };
const CELLS: readonly FlatCell[] = INPUT_CELLS.map((c) => ({
  part: c.part,
  row: c.row,
  column: c.column,
  id: cellId(c),
}));
const FEE_INDEX = INPUT_CELLS.findIndex(isFeeCell);
/** The input cells grouped by table row, so each row object is looked up once per report. */
type FlatRow = { part: FlatCell['part']; row: string; columns: readonly string[]; first: number };
const ROWS: readonly FlatRow[] = CELLS.reduce<FlatRow[]>((rows, c, i) => {
  const last = rows.at(-1);
  if (last && last.part === c.part && last.row === c.row) (last.columns as string[]).push(c.column);
  else rows.push({ part: c.part, row: c.row, columns: [c.column], first: i });
  return rows;
}, []);

// Derived cells and, per input cell, the derived cells it feeds (for the derived `missing` counts).
const DERIVED_IDS: string[] = [];
const FEEDS: number[][] = CELLS.map(() => []);
const indexOf = (id: string) => CELLS.findIndex((c) => c.id === id);
const addDerived = (id: string, parts: readonly string[]) => {
  const d = DERIVED_IDS.push(id) - 1;
  for (const p of parts) FEEDS[indexOf(p)]!.push(d);
};
for (const row of APPLICATION_INPUT_ROWS)
  addDerived(
    cellId(cellAddress('applications', row, 'total')),
    APPLICANT_INPUT_COLUMNS.map((c) => cellId(cellAddress('applications', row, c))),
  );
for (const c of APPLICANT_INPUT_COLUMNS)
  addDerived(
    cellId(cellAddress('applications', 'totalHandled', c)),
    RESULT_ROWS.map((r) => cellId(cellAddress('applications', r, c))),
  );
addDerived(
  cellId(cellAddress('applications', 'totalHandled', 'total')),
  RESULT_ROWS.flatMap((r) => APPLICANT_INPUT_COLUMNS.map((c) => cellId(cellAddress('applications', r, c)))),
);
for (const g of APPEAL_GROUPS)
  addDerived(
    cellId(cellAddress('appeals', g, 'total')),
    APPEAL_INPUT_FIELDS.map((f) => cellId(cellAddress('appeals', g, f))),
  );

const FEE_SCALE_BIG = 10n ** BigInt(FEE_DECIMALS);

/** Exact decimal text of integer fee units, also beyond 2^53 (a sum of many large fees). */
export function formatFeeUnitsBig(units: bigint): string {
  if (units <= BigInt(Number.MAX_SAFE_INTEGER)) return formatFeeUnits(Number(units));
  const frac = (units % FEE_SCALE_BIG).toString().padStart(FEE_DECIMALS, '0').replace(/0+$/, '');
  const whole = (units / FEE_SCALE_BIG).toString();
  return frac ? `${whole}.${frac}` : whole;
}

/** Sums the tables of the given reports cell by cell (see SummedTables). */
export function sumReports(
  reports: readonly Pick<Report, 'proactive' | 'applications' | 'appeals'>[],
): SummedTables {
  const n = CELLS.length;
  const sums = new Float64Array(n);
  const blanks = new Uint32Array(n);
  const derivedBlanks = new Uint32Array(DERIVED_IDS.length);
  const seen = new Uint8Array(DERIVED_IDS.length);
  let feeUnits = 0n;

  for (const report of reports) {
    seen.fill(0);
    for (const { part, row, columns, first } of ROWS) {
      const cells = (report[part] as NumGrid)[row];
      for (let k = 0; k < columns.length; k++) {
        const i = first + k;
        const v = cells?.[columns[k]!] ?? null;
        if (v === null) {
          blanks[i]!++;
          for (const d of FEEDS[i]!) seen[d] = 1;
        } else if (i === FEE_INDEX) feeUnits += BigInt(feeToUnits(v));
        else sums[i]! += v;
      }
    }
    for (let d = 0; d < seen.length; d++) derivedBlanks[d]! += seen[d]!;
  }

  const memberCount = reports.length;
  const grids: Record<FlatCell['part'], NumGrid> = { proactive: {}, applications: {}, appeals: {} };
  const missing: Record<string, number> = {};
  let feeText: string | null = null;
  for (let i = 0; i < n; i++) {
    const c = CELLS[i]!;
    const known = memberCount - blanks[i]!;
    if (blanks[i]! > 0) missing[c.id] = blanks[i]!;
    let value: number | null = null;
    if (known > 0) {
      if (i === FEE_INDEX) {
        feeText = formatFeeUnitsBig(feeUnits);
        value = Number(feeText);
      } else value = sums[i]!;
    }
    grids[c.part][c.row] ??= {};
    grids[c.part][c.row]![c.column] = value;
  }
  for (let d = 0; d < DERIVED_IDS.length; d++)
    if (derivedBlanks[d]! > 0) missing[DERIVED_IDS[d]!] = derivedBlanks[d]!;

  return {
    proactive: grids.proactive as Proactive,
    applications: deriveApplications(grids.applications),
    appeals: deriveAppeals(grids.appeals),
    feeText,
    missing,
    memberCount,
  };
}
