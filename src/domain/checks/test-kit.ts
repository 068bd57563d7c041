// Shared helpers for the checks tests (not used by the app).
import { qufuReport } from '../fixtures/qufu-2021';
import { parseCellId } from '../report/cell-address';
import { reportToDraft, writeDraftCell } from '../report/draft-convert';
import type { ReportDraft } from '../report/report-schema';
import { runChecks } from './run-checks';
import type { CheckInput, CheckResult, CheckRun } from './types';

export const TODAY = new Date(2022, 0, 15);

export function fixtureDraft(): ReportDraft {
  return reportToDraft(qufuReport());
}

/** A copy of the draft with some cells' raw text replaced, by cell id. */
export function withCells(draft: ReportDraft, cells: Record<string, string>): ReportDraft {
  let out = draft;
  for (const [id, text] of Object.entries(cells)) {
    const cell = parseCellId(id);
    if (!cell) throw new Error(`not a cell: ${id}`);
    out = writeDraftCell(out, cell, text);
  }
  return out;
}

export function run(draft: ReportDraft, input: Partial<Omit<CheckInput, 'draft'>> = {}): CheckRun {
  return runChecks({ today: TODAY, ...input, draft });
}

export function resultOf(r: CheckRun, id: string): CheckResult {
  const found = r.results.find((x) => x.id === id);
  if (!found) throw new Error(`no result ${id}; have ${r.results.map((x) => x.id).join(', ')}`);
  return found;
}

export function failed(r: CheckRun, prefix = ''): CheckResult[] {
  return r.results.filter((x) => x.status === 'failed' && x.id.startsWith(prefix));
}
