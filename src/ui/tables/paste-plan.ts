// What a paste at a cell would write, decided before anything is written: values land on input
// cells from the focused one; totals (derived) are skipped; cells that fall outside the table or
// do not read as numbers are problems the user must confirm in a preview.

import type { CellChange } from '../editor/undo-stack';
import type { GridColumn, GridRow } from './grid-model';
import { classifyPasteCell, stripLabels, targetLines } from './paste-block';

export type PasteProblem = { i: number; j: number; reason: 'outside' | 'invalid'; text: string };
export type PastePlan = {
  block: string[][];
  writes: { cell: string; text: string }[];
  problems: PasteProblem[];
  notices: string[];
};

export function planPaste(
  rows: readonly GridRow[],
  columns: readonly GridColumn[],
  cellOf: (row: string, column: string) => string,
  start: { r: number; c: number },
  raw: string[][],
  positional = false,
): PastePlan {
  // A range copied from the app's grids (range-copy.ts) holds no labels, and its lines land where
  // they were copied from, totals included (and skipped).
  const { block, droppedHeaderRows, droppedLabelColumn } = positional
    ? { block: raw, droppedHeaderRows: 0, droppedLabelColumn: false }
    : stripLabels(raw);
  const width = Math.max(0, ...block.map((r) => r.length));
  const tRows = targetLines(
    rows.map((r, index) => ({ index, derived: r.derived })),
    start.r,
    block.length,
    positional,
  );
  const tCols = targetLines(
    columns.map((c, index) => ({ index, derived: c.derived })),
    start.c,
    width,
    positional,
  );
  // A block shorter than the rest of the table is taken to leave its totals out (a sheet of inputs
  // only); one that did hold a total there cannot be told apart, so the clerk is told which total
  // was passed over and that the numbers after it moved on by one (Ctrl+Z undoes the paste).
  const passed = [
    ...passedOver(rows, start.r, tRows).map((r) => rows[r]!.label),
    ...passedOver(columns, start.c, tCols).map((c) => columns[c]!.label),
  ];
  const writes: PastePlan['writes'] = [];
  const problems: PasteProblem[] = [];
  let dashes = 0;
  let derivedSkipped = 0;
  block.forEach((line, i) => {
    line.forEach((text, j) => {
      const r = tRows[i];
      const c = tCols[j];
      if (r == null || c == null) {
        if (text.trim()) problems.push({ i, j, reason: 'outside', text });
        return;
      }
      const row = rows[r]!;
      const col = columns[c]!;
      if (row.derived || col.derived) {
        if (text.trim()) derivedSkipped++;
        return;
      }
      const cell = classifyPasteCell(text, col.decimal);
      if (cell.kind === 'invalid') problems.push({ i, j, reason: 'invalid', text });
      else {
        if (cell.kind === 'dash') dashes++;
        writes.push({ cell: cellOf(row.key, col.key), text: cell.kind === 'blank' ? '' : cell.text });
      }
    });
  });
  const notices: string[] = [];
  if (dashes) notices.push(`${dashes}个单元格中的「/」「-」「—」已按0填入`);
  if (derivedSkipped) notices.push(`${derivedSkipped}个合计值未写入（总计由系统自动计算）`);
  if (droppedHeaderRows) notices.push(`已忽略${droppedHeaderRows}行表头`);
  if (droppedLabelColumn) notices.push('已忽略首列的行标题');
  for (const label of passed)
    notices.push(
      `粘贴内容按不含「${label}」处理，其后的数字依次填入下一行或下一列（如复制的内容含这一合计，请按 Ctrl+Z 撤销）`,
    );
  return { block, writes, problems, notices };
}

/** The derived lines inside the span from `start` that the block's lines were laid past (not onto). */
function passedOver(
  lines: readonly { derived: boolean }[],
  start: number,
  targets: (number | null)[],
): number[] {
  const last = targets.reduce<number>((m, t) => (t !== null && t > m ? t : m), -1);
  const used = new Set(targets);
  const out: number[] = [];
  for (let i = start; i < last; i++) if (lines[i]!.derived && !used.has(i)) out.push(i);
  return out;
}

export type Rect = { top: number; left: number; bottom: number; right: number };

/**
 * A paste with a range selected: one value fills every input cell of the range, as in Excel
 * (totals skipped); a block lands once from the range's top-left corner, as without a range (Excel
 * would repeat a block whose size divides the range's: rare for a report's tables, not done).
 */
export function planRangePaste(
  rows: readonly GridRow[],
  columns: readonly GridColumn[],
  cellOf: (row: string, column: string) => string,
  rect: Rect,
  raw: string[][],
  positional = false,
): PastePlan {
  const start = { r: rect.top, c: rect.left };
  if (raw.length !== 1 || raw[0]!.length !== 1)
    return planPaste(rows, columns, cellOf, start, raw, positional);
  // One value: the range's own shape filled with it, cell for cell; a value that is no number is
  // one problem, not one per cell.
  const text = raw[0]![0]!;
  const filled = Array.from({ length: rect.bottom - rect.top + 1 }, () =>
    Array.from({ length: rect.right - rect.left + 1 }, () => text),
  );
  const plan = planPaste(rows, columns, cellOf, start, filled, true);
  return { ...plan, block: raw, problems: plan.problems.slice(0, 1).map((p) => ({ ...p, i: 0, j: 0 })) };
}

/** The undo entry of a set of writes, given the current text of each cell. */
export function changesOf(writes: PastePlan['writes'], current: (cell: string) => string): CellChange[] {
  return writes.map((w) => ({ cell: w.cell, before: current(w.cell), after: w.text }));
}
