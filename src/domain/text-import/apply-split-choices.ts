// The user's pick among the splits of a run-together table (nianbao issue 9): the importer never
// chooses between splits that all fit, it lists them (`summary.splitChoices`); the import dialog
// asks, and this writes the picked values into the draft and the summary before anything is saved.
import { cloneData } from '../clone-data';
import { isDerivedCell, parseCellId } from '../report/cell-address';
import { writeDraftCell } from '../report/draft-convert';
import type { TextImportResult } from './import-summary';

/** `picks`: SplitChoice.key → index of the picked candidate. Returns a new result; the input is kept. */
export function applySplitChoices(
  result: TextImportResult,
  picks: Readonly<Record<string, number>>,
): TextImportResult {
  let draft = result.draft;
  const summary = cloneData(result.summary);
  for (const choice of summary.splitChoices) {
    const index = Object.hasOwn(picks, choice.key) ? picks[choice.key] : undefined;
    const picked = index === undefined ? undefined : choice.candidates[index];
    if (index === undefined || picked === undefined || choice.picked !== undefined) continue;
    choice.picked = index;
    const rows = new Set(choice.rows.map((r) => r.row));
    const runs = summary.runTogether.filter(
      (r) => r.part === choice.part && (rows.has(r.row) || r.row === 'all'),
    );
    const snippet = runs[0]?.snippet ?? '';
    for (const [id, value] of Object.entries(picked.cells)) {
      const cell = parseCellId(id);
      if (!cell) continue;
      if (!isDerivedCell(cell)) draft = writeDraftCell(draft, cell, String(value));
      summary.unread = summary.unread.filter((u) => u.cell !== id);
      if (!summary.numbers.some((n) => n.cell === id))
        summary.numbers.push({ cell: id, value, snippet: `${snippet}（按所选拆法）` });
    }
    for (const run of runs) if (run.status === 'choose') run.status = 'read';
  }
  return { draft, summary };
}
