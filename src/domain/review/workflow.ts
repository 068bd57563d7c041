// Review workflow (SPEC §10): 草稿 → 待审核 → 已退回 / 已审定. Transitions are pure functions on the
// review record; each appends a history entry with the actor (from 「设置」), the time and a note.
// Who may take which step on this computer is roles.ts.
import type { CheckRun } from '../checks/types';
import type { ReviewStatus } from '../report/keys';
import { WITHDRAW_SUBMISSION } from '../report/labels';
import type { HistoryEntry, Review } from '../report/review-schema';

export type ReviewAction = 'submit' | 'withdraw' | 'return' | 'approve' | 'unapprove';

const TRANSITIONS: Record<
  ReviewAction,
  { from: readonly ReviewStatus[]; to: ReviewStatus | 'before-submit' }
> = {
  submit: { from: ['draft', 'returned'], to: 'submitted' },
  // 撤回提交 puts the report back where it was before 提交审核 (草稿, or 已退回 with its comments).
  withdraw: { from: ['submitted'], to: 'before-submit' },
  return: { from: ['submitted'], to: 'returned' },
  approve: { from: ['submitted'], to: 'approved' },
  // 撤销审定 is the reviewer's: the report goes back into review (待审核), from where it can be
  // 退回 to the unit with comments, or 审定 again.
  unapprove: { from: ['approved'], to: 'submitted' },
};

export const ACTION_LABELS: Record<ReviewAction, string> = {
  submit: '提交审核',
  withdraw: WITHDRAW_SUBMISSION,
  return: '退回',
  approve: '审定',
  unapprove: '撤销审定',
};

export function canTransition(status: ReviewStatus, action: ReviewAction): boolean {
  return TRANSITIONS[action].from.includes(status);
}

/** Why 「提交审核」 is not possible yet: every error fixed, every warning resolved or explained. */
export function submitBlockers(run: CheckRun): string[] {
  const errors = run.results.filter((r) => r.severity === 'error' && r.status !== 'passed');
  const warnings = run.results.filter((r) => r.severity === 'warning' && r.status === 'failed');
  const out: string[] = [];
  const failedErrors = errors.filter((r) => r.status === 'failed').length;
  const pendingErrors = errors.filter((r) => r.status === 'pending').length;
  if (failedErrors) out.push(`还有${failedErrors}个错误需要改正`);
  if (pendingErrors) out.push(`还有${pendingErrors}项校验因单元格未填而无法判断`);
  if (warnings.length) out.push(`还有${warnings.length}个警告需要处理或填写说明`);
  return out;
}

export type TransitionInput = {
  action: ReviewAction;
  actor: string;
  at: Date;
  note: string;
  revision: number;
};
export type TransitionResult = { ok: true; review: Review } | { ok: false; error: string };

export function transition(review: Review, input: TransitionInput): TransitionResult {
  const t = TRANSITIONS[input.action];
  if (!t.from.includes(review.status)) {
    return { ok: false, error: `当前状态下不能「${ACTION_LABELS[input.action]}」` };
  }
  if (input.action === 'unapprove' && !input.note.trim()) return { ok: false, error: '撤销审定须填写理由' };
  if (input.action === 'return' && !input.note.trim()) return { ok: false, error: '退回须填写退回意见' };
  const to = t.to === 'before-submit' ? (lastOf(review, 'submit')?.from ?? 'draft') : t.to;
  const entry: HistoryEntry = {
    action: input.action,
    actor: input.actor,
    at: input.at.toISOString(),
    from: review.status,
    to,
    note: input.note,
    revision: input.revision,
  };
  // A signed approval belongs to the 已审定 it signs: any later transition leaves it behind (a new
  // 审定 is signed afresh by whoever approves, domain/interchange/approval.ts).
  const { approval: _signed, ...rest } = review;
  return { ok: true, review: { ...rest, status: to, history: [...review.history, entry] } };
}

/** The latest history entry of one action, or null. */
export function lastOf(review: Review, action: HistoryEntry['action']): HistoryEntry | null {
  for (let i = review.history.length - 1; i >= 0; i--) {
    const h = review.history[i]!;
    if (h.action === action) return h;
  }
  return null;
}

/** The revision the reviewer last looked at: the latest 退回 (for 「与上次审阅比较」). */
export function lastReturn(review: Review): HistoryEntry | null {
  return lastOf(review, 'return');
}
