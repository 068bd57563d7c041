// SPEC §6/§7: derived values (「总计」 column, 「（七）总计」 row, part 四 「总计」) are recomputed on
// import, never trusted; each total in the file that disagrees with the sum of its parts is
// reported (source value vs. sum). A blank (null) total in a file states nothing, so it is
// filled in silently — older or hand-written files may leave totals out.
import { type CellAddress, cellLabel, isDerivedCell } from '../report/cell-address';
import { deriveAppeals, deriveApplications } from '../report/derive';
import { APPEAL_FIELDS, APPEAL_GROUPS, APPLICANT_COLUMNS, APPLICATION_ROWS } from '../report/keys';
import type { Report } from '../report/report-schema';

export type DerivedDisagreement = { cell: CellAddress; inFile: number; recomputed: number | null };

/** Every derived cell, in table order. */
export const DERIVED_CELLS: readonly CellAddress[] = [
  ...APPLICATION_ROWS.flatMap((row) =>
    APPLICANT_COLUMNS.map((column): CellAddress => ({ part: 'applications', row, column })),
  ),
  ...APPEAL_GROUPS.flatMap((row) =>
    APPEAL_FIELDS.map((column): CellAddress => ({ part: 'appeals', row, column })),
  ),
].filter(isDerivedCell);

type NumGrid = Record<string, Record<string, number | null>>;
const valueAt = (report: Report, cell: CellAddress) =>
  (report[cell.part] as NumGrid)[cell.row]?.[cell.column] ?? null;

export function recomputeDerived(report: Report): { report: Report; disagreements: DerivedDisagreement[] } {
  const recomputed: Report = {
    ...report,
    applications: deriveApplications(report.applications),
    appeals: deriveAppeals(report.appeals),
  };
  const disagreements: DerivedDisagreement[] = [];
  for (const cell of DERIVED_CELLS) {
    const inFile = valueAt(report, cell);
    const sum = valueAt(recomputed, cell);
    if (inFile !== null && inFile !== sum) disagreements.push({ cell, inFile, recomputed: sum });
  }
  return { report: recomputed, disagreements };
}

export function describeDisagreement(d: DerivedDisagreement): string {
  const sum = d.recomputed === null ? '空白' : String(d.recomputed);
  return `「${cellLabel(d.cell)}」文件中为${d.inFile}，与各项之和（${sum}）不一致，已按重新计算的值导入`;
}
