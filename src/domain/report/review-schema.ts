// Review state that travels with a report between PCs (SPEC §7 `review`).
import '../zod-setup';
import { z } from 'zod';
import { signedApprovalSchema } from './approval-schema';
import { REVIEW_STATUSES } from './keys';

const when = z.iso.datetime({ offset: true, error: '时间格式不正确' });
const name = z.string().max(100);
const body = z.string().max(20_000);
const commentId = z.string().min(1).max(100);

/**
 * The largest revision (save counter) a file may carry. Far beyond any real count (a save every
 * second for 30 years), and far below 2^53, where +1 stops changing a JavaScript number — a file
 * with revision 2^53−1 once switched off conflict detection (issue 16). Local revisions are never
 * taken from files anyway (storage/backup-restore.ts); this keeps every counter read sane.
 */
export const MAX_REVISION = 1_000_000_000;
export const revisionSchema = z
  .int({ error: '保存次数应为整数' })
  .min(0, { error: '保存次数不能为负数' })
  .max(MAX_REVISION, { error: `保存次数超出范围（上限${MAX_REVISION}）` });

/** What a comment is anchored to: a part, a narrative sub-item (`data-field`) or a cell (`data-cell`). */
export const commentAnchorSchema = z.strictObject({
  kind: z.enum(['part', 'field', 'cell']),
  target: z.string().min(1).max(200),
});
export type CommentAnchor = z.infer<typeof commentAnchorSchema>;

export const replySchema = z.strictObject({ id: commentId, author: name, at: when, text: body });
export const commentSchema = z.strictObject({
  id: commentId,
  anchor: commentAnchorSchema,
  author: name,
  at: when,
  text: body,
  resolved: z.boolean(),
  replies: z.array(replySchema).max(1000),
});
export type ReviewComment = z.infer<typeof commentSchema>;

export const HISTORY_ACTIONS = [
  'create',
  'submit',
  'return',
  'approve',
  'unapprove',
  // 撤回提交 (issue 15): the clerk takes a submission back while nothing has come back for it.
  'withdraw',
  'import',
  'restore',
] as const;
export const historyEntrySchema = z.strictObject({
  action: z.enum(HISTORY_ACTIONS),
  actor: name,
  at: when,
  from: z.enum(REVIEW_STATUSES).nullable(),
  to: z.enum(REVIEW_STATUSES),
  note: body,
  /** the report's revision at the moment of the transition (lets 与上次审阅比较 find the snapshot) */
  revision: revisionSchema,
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const reviewSchema = z.strictObject({
  status: z.enum(REVIEW_STATUSES),
  comments: z.array(commentSchema).max(10_000),
  history: z.array(historyEntrySchema).max(10_000),
  /** present while 已审定: the reviewer's signature of the approval (domain/interchange/approval.ts) */
  approval: signedApprovalSchema.optional(),
});
export type Review = z.infer<typeof reviewSchema>;
