// What the selected cell has to say — the reviewer's open 批注 first, check messages, 「待填」 or 未填写, the value that would balance
// 「四、结转下年度继续办理」 — on one line above the table, like a spreadsheet's status bar; of the
// draft as last checked (right after a keystroke's frame), like the cell's flag. A
// tooltip under the cell would cover the next cell while the clerk types down a column.
import { useSyncExternalStore } from 'react';
import { balancingCarriedForwardOfReport } from '../../domain/checks/balance-summary';
import { parseCellId } from '../../domain/report/cell-address';
import { readDraftCell } from '../../domain/report/draft-convert';
import type { ApplicantInputColumn } from '../../domain/report/keys';
import { PENDING_INPUT } from '../../domain/report/labels';
import { useCommentTargets } from '../editor/comment-targets';
import type { Checked } from '../editor/draft-store';
import { useShownSelector } from '../editor/use-draft-selector';
import { isWorked, useWorkedStepSet } from '../editor/worked-steps';
import { cellFlags } from './cell-flags';
import type { InteractionStore } from './interaction-store';

export const BLANK_MESSAGE = '未填写（空白不等于0，确实为0的请填写0）';

/** The messages of one cell, one per line, as the checks shown see it (draft-store.ts `shown`). */
export function cellStatusText(s: Checked, cellId: string, worked: boolean): string {
  const a = parseCellId(cellId);
  if (!a) return '';
  const lines = [...(cellFlags(s.flags.get(cellId))?.messages ?? [])];
  const value = readDraftCell(s.draft, a);
  if (value.trim() === '') lines.push(worked ? BLANK_MESSAGE : PENDING_INPUT);
  if (a.part === 'applications' && a.row === 'carriedForward' && a.column !== 'total') {
    const balancing = balancingCarriedForwardOfReport(s.report, a.column as ApplicantInputColumn);
    if (balancing !== null && balancing >= 0 && String(balancing) !== value)
      lines.push(`使本列平衡的值为 ${balancing}（不会自动填入）`);
  }
  return lines.join('\n');
}

export function CellStatus({ id, interaction }: { id: string; interaction: InteractionStore }) {
  const worked = useWorkedStepSet();
  const cell = useSyncExternalStore(interaction.subscribe, () => interaction.get().cell);
  // What the checks shown say, like the cell's flag: a keystroke does not change this line in its
  // own frame (a change here would lay out the page and, with it, the table: issue 17 §3), the
  // check run right after it does.
  const text = useShownSelector((s) =>
    cell ? cellStatusText(s, cell, isWorked(worked, cell.split('.')[0] ?? '')) : '',
  );
  const comments = useCommentTargets().get(cell ?? '') ?? [];
  const lines = text ? text.split('\n') : [];
  return (
    <div className="cell-status" id={id} data-cell-status={cell ?? ''}>
      {comments.map((c) => (
        <span key={c} className="cell-comment">
          {c}
        </span>
      ))}
      {lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </div>
  );
}
