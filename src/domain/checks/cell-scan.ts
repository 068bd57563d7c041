// One pass over the raw text of every input cell: which are blank (required) and which are not
// numbers (number-format). Parsing goes through numbers/*, which normalise full-width digits,
// thousands separators and spaces — those are accepted input, not errors (SPEC §6).
import { type CellAddress, INPUT_CELLS, isFeeCell, type TablePart } from '../report/cell-address';
import { parseDraftCell, readDraftCell } from '../report/draft-convert';
import type { ReportDraft } from '../report/report-schema';

export const TABLE_PARTS: readonly TablePart[] = ['proactive', 'applications', 'appeals'];

export type CellScan = {
  blank: Record<TablePart, CellAddress[]>;
  invalid: Record<TablePart, { cell: CellAddress; text: string }[]>;
};

// Fast path for what nearly every cell holds — plain ASCII digits — so a keystroke does not
// re-run the full normaliser over 165 cells; anything else goes through the real parsers.
const PLAIN_COUNT = /^\d{1,15}$/;
const PLAIN_FEE = /^\d{1,12}(?:\.\d{1,6})?$/;

export function scanCells(draft: ReportDraft): CellScan {
  const scan: CellScan = {
    blank: { proactive: [], applications: [], appeals: [] },
    invalid: { proactive: [], applications: [], appeals: [] },
  };
  for (const cell of INPUT_CELLS) {
    const raw = readDraftCell(draft, cell);
    if (raw === '') {
      scan.blank[cell.part].push(cell);
      continue;
    }
    if ((isFeeCell(cell) ? PLAIN_FEE : PLAIN_COUNT).test(raw)) continue;
    const parsed = parseDraftCell(draft, cell);
    if (parsed.kind === 'blank') scan.blank[cell.part].push(cell);
    else if (parsed.kind === 'invalid') scan.invalid[cell.part].push({ cell, text: parsed.text });
  }
  return scan;
}
