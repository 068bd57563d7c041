// Draft (raw text per cell) ⇄ checked report (number | null per cell, derived values computed).
import { cellValue, parseCount } from '../numbers/parse-count';
import { feeToUnits, formatFeeUnits, parseFee } from '../numbers/parse-fee';
import { type CellAddress, INPUT_CELLS, isFeeCell } from './cell-address';
import { deriveAppeals, deriveApplications } from './derive';
import type { Report, ReportDraft } from './report-schema';

type Grid = Record<string, Record<string, string>>;
type NumGrid = Record<string, Record<string, number | null>>;

export function readDraftCell(draft: ReportDraft, cell: CellAddress): string {
  return ((draft[cell.part] as Grid)[cell.row]?.[cell.column] ?? '') as string;
}

/** Returns a new draft with one cell's raw text replaced (structural sharing for the rest). */
export function writeDraftCell(draft: ReportDraft, cell: CellAddress, text: string): ReportDraft {
  const part = draft[cell.part] as Grid;
  const row = part[cell.row] ?? {};
  return { ...draft, [cell.part]: { ...part, [cell.row]: { ...row, [cell.column]: text } } };
}

export function parseDraftCell(draft: ReportDraft, cell: CellAddress) {
  const raw = readDraftCell(draft, cell);
  return isFeeCell(cell) ? parseFee(raw) : parseCount(raw);
}

/** The checked report of a draft: invalid or blank text becomes null (the checks say why). */
export function draftToReport(draft: ReportDraft): Report {
  const grids: Record<'proactive' | 'applications' | 'appeals', NumGrid> = {
    proactive: {},
    applications: {},
    appeals: {},
  };
  for (const cell of INPUT_CELLS) {
    const grid = grids[cell.part];
    grid[cell.row] ??= {};
    grid[cell.row]![cell.column] = cellValue(parseDraftCell(draft, cell));
  }
  return {
    id: draft.id,
    meta: { ...draft.meta },
    overview: { ...draft.overview },
    proactive: grids.proactive as Report['proactive'],
    applications: deriveApplications(grids.applications),
    appeals: deriveAppeals(grids.appeals),
    problems: { ...draft.problems },
    otherMatters: { ...draft.otherMatters },
    explanations: { ...draft.explanations },
  };
}

/** A checked report back to a draft (numbers as text; fees as their exact decimal text). */
export function reportToDraft(report: Report): ReportDraft {
  const grids: Record<'proactive' | 'applications' | 'appeals', Grid> = {
    proactive: {},
    applications: {},
    appeals: {},
  };
  for (const cell of INPUT_CELLS) {
    const value = (report[cell.part] as NumGrid)[cell.row]?.[cell.column] ?? null;
    const grid = grids[cell.part];
    grid[cell.row] ??= {};
    grid[cell.row]![cell.column] =
      value === null ? '' : isFeeCell(cell) ? formatFeeUnits(feeToUnits(value)) : String(value);
  }
  return {
    id: report.id,
    meta: { ...report.meta },
    overview: { ...report.overview },
    proactive: grids.proactive as ReportDraft['proactive'],
    applications: grids.applications as ReportDraft['applications'],
    appeals: grids.appeals as ReportDraft['appeals'],
    problems: { ...report.problems },
    otherMatters: { ...report.otherMatters },
    explanations: { ...report.explanations },
  };
}
