// One cell of a checked report: its value, and its text as print, Word and the 汇总 show it —
// blank for null, counts as they are, fees through their integer units so 0.000001 never prints
// as 「1e-6」.
import { feeToUnits, formatFeeUnits } from '../numbers/parse-fee';
import { type CellAddress, isFeeCell } from './cell-address';
import type { Report } from './report-schema';

type NumGrid = Record<string, Record<string, number | null | undefined>>;

export function readReportCell(report: Report, cell: CellAddress): number | null {
  return (report[cell.part] as NumGrid)[cell.row]?.[cell.column] ?? null;
}

export function reportCellText(report: Report, cell: CellAddress): string {
  const value = readReportCell(report, cell);
  if (value === null) return '';
  return isFeeCell(cell) ? formatFeeUnits(feeToUnits(value)) : String(value);
}
