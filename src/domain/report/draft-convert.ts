// Draft (raw text per cell) ⇄ checked report (number | null per cell, derived values computed).
import { cellValue, parseCount } from '../numbers/parse-count';
import { feeToUnits, formatFeeUnits, parseFee } from '../numbers/parse-fee';
import { type CellAddress, INPUT_CELLS, isFeeCell } from './cell-address';
import { applicationRow, applicationsOfRows, deriveAppeals, deriveApplications } from './derive';
import { RESULT_ROWS } from './keys';
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

type TablePart = 'proactive' | 'applications' | 'appeals';
const TABLE_PARTS: readonly TablePart[] = ['proactive', 'applications', 'appeals'];
const INPUT_CELLS_OF: Record<TablePart, readonly CellAddress[]> = {
  proactive: INPUT_CELLS.filter((c) => c.part === 'proactive'),
  applications: INPUT_CELLS.filter((c) => c.part === 'applications'),
  appeals: INPUT_CELLS.filter((c) => c.part === 'appeals'),
};

/** One table of the checked report: its cells parsed, its totals derived. */
function tableOf<P extends TablePart>(draft: ReportDraft, part: P): Report[P] {
  const grid: NumGrid = {};
  for (const cell of INPUT_CELLS_OF[part]) {
    grid[cell.row] ??= {};
    grid[cell.row]![cell.column] = cellValue(parseDraftCell(draft, cell));
  }
  if (part === 'applications') return deriveApplications(grid) as Report[P];
  if (part === 'appeals') return deriveAppeals(grid) as Report[P];
  return grid as Report[P];
}

const RESULT_ROW_SET: ReadonlySet<string> = new Set(RESULT_ROWS);
const INPUT_CELLS_OF_ROW = new Map<string, CellAddress[]>();
for (const cell of INPUT_CELLS_OF.applications)
  INPUT_CELLS_OF_ROW.set(cell.row, [...(INPUT_CELLS_OF_ROW.get(cell.row) ?? []), cell]);

/**
 * The matrix of `draft`, taking from the report before each row whose draft row is the same
 * object, and 「（七）总计」 when no result row changed: a keystroke parses one row and sums one
 * row and the totals row again, not the 144 cells (issue 17 §3). Equal to tableOf's (tested).
 */
function applicationsReusing(
  draft: ReportDraft,
  previous: { draft: ReportDraft; report: Report },
): Report['applications'] {
  const rowsBefore = previous.draft.applications as Grid;
  const rows = draft.applications as Grid;
  const before = previous.report.applications;
  let resultsSame = true;
  return applicationsOfRows(
    (row) => {
      if (rows[row] === rowsBefore[row]) return before[row];
      if (RESULT_ROW_SET.has(row)) resultsSame = false;
      const cells: Record<string, number | null> = {};
      for (const cell of INPUT_CELLS_OF_ROW.get(row) ?? [])
        cells[cell.column] = cellValue(parseDraftCell(draft, cell));
      return applicationRow(cells);
    },
    () => (resultsSame ? before.totalHandled : null),
  );
}

/** The checked report of a draft: invalid or blank text becomes null (the checks say why). */
export function draftToReport(draft: ReportDraft): Report {
  return draftToReportReusing(draft, null);
}

/**
 * draftToReport, taking from `previous` — the report of an earlier draft — every part whose draft
 * part is the same object (a draft updated with structural sharing, as the editor does at each
 * keystroke: a digit typed in the matrix converts the matrix alone). The parts are shared, never
 * to be changed in place, like the reports themselves.
 */
export function draftToReportReusing(
  draft: ReportDraft,
  previous: { draft: ReportDraft; report: Report } | null,
): Report {
  const same = (key: keyof ReportDraft) => previous !== null && previous.draft[key] === draft[key];
  const tables = {} as Pick<Report, TablePart>;
  for (const part of TABLE_PARTS)
    (tables as Record<TablePart, unknown>)[part] = same(part)
      ? previous!.report[part]
      : part === 'applications' && previous !== null
        ? applicationsReusing(draft, previous)
        : tableOf(draft, part);
  return {
    id: draft.id,
    meta: same('meta') ? previous!.report.meta : { ...draft.meta },
    overview: same('overview') ? previous!.report.overview : { ...draft.overview },
    ...tables,
    problems: same('problems') ? previous!.report.problems : { ...draft.problems },
    otherMatters: same('otherMatters') ? previous!.report.otherMatters : { ...draft.otherMatters },
    explanations: same('explanations') ? previous!.report.explanations : { ...draft.explanations },
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
