import { describe, expect, it } from 'vitest';
import type { CheckResult, CheckRun } from '../checks/types';
import { cellAddress, cellId } from '../report/cell-address';
import { emptyReview } from '../report/empty-review';
import type { Review } from '../report/review-schema';
import { addComment, openCommentTargets, replyTo, setResolved } from './comments';
import { canTransition, lastReturn, type ReviewAction, submitBlockers, transition } from './workflow';

const at = new Date('2022-01-10T08:00:00Z');
const run = (results: Partial<CheckResult>[]): CheckRun =>
  ({
    catalogVersion: 'x',
    results: results.map((r, i) => ({
      id: `c${i}`,
      severity: 'error',
      status: 'passed',
      message: '',
      cells: [],
      fields: [],
      part: 'meta',
      fingerprint: '',
      ...r,
    })),
    counts: { errors: 0, warnings: 0, pending: 0, info: 0 },
  }) as CheckRun;

describe('review workflow', () => {
  it('goes 草稿 → 待审核 → 已退回 → 待审核 → 已审定 → (撤销审定) 待审核, recording each step', () => {
    let review = emptyReview();
    for (const [action, note] of [
      ['submit', ''],
      ['return', '请核对第三部分'],
      ['submit', ''],
      ['approve', ''],
      ['unapprove', '发现错字'],
    ] as const) {
      const r = transition(review, { action, actor: '张三', at, note, revision: 3 });
      if (!r.ok) throw new Error(r.error);
      review = r.review;
    }
    expect(review.status).toBe('submitted');
    expect(review.history.map((h) => `${h.from}>${h.to}`)).toEqual([
      'draft>submitted',
      'submitted>returned',
      'returned>submitted',
      'submitted>approved',
      'approved>submitted',
    ]);
    expect(lastReturn(review)?.note).toBe('请核对第三部分');
  });
  it('撤回提交 goes back to where 提交审核 started: 草稿, or 已退回 with its comments', () => {
    const step = (review: Review, action: ReviewAction, note = '') => {
      const r = transition(review, { action, actor: '张三', at, note, revision: 1 });
      if (!r.ok) throw new Error(r.error);
      return r.review;
    };
    const submitted = step(emptyReview(), 'submit');
    expect(step(submitted, 'withdraw').status).toBe('draft');
    const returned = step(submitted, 'return', '请核对');
    const again = step(returned, 'submit');
    const back = step(again, 'withdraw');
    expect(back.status).toBe('returned');
    expect(back.history.at(-1)).toMatchObject({ action: 'withdraw', from: 'submitted', to: 'returned' });
    expect(transition(returned, { action: 'withdraw', actor: 'a', at, note: '', revision: 1 }).ok).toBe(
      false,
    );
  });

  it('refuses 退回 without a 退回意见', () => {
    const submitted = { ...emptyReview(), status: 'submitted' as const };
    expect(transition(submitted, { action: 'return', actor: 'a', at, note: ' ', revision: 1 })).toEqual({
      ok: false,
      error: '退回须填写退回意见',
    });
  });

  it('refuses transitions from the wrong status and an unapprove without a reason', () => {
    expect(transition(emptyReview(), { action: 'approve', actor: 'a', at, note: '', revision: 1 }).ok).toBe(
      false,
    );
    expect(canTransition('draft', 'submit')).toBe(true);
    expect(canTransition('approved', 'submit')).toBe(false);
    const approved = { ...emptyReview(), status: 'approved' as const };
    expect(transition(approved, { action: 'unapprove', actor: 'a', at, note: ' ', revision: 1 })).toEqual({
      ok: false,
      error: '撤销审定须填写理由',
    });
  });
  it('says what blocks 提交审核', () => {
    expect(submitBlockers(run([{ status: 'passed' }, { severity: 'warning', status: 'accepted' }]))).toEqual(
      [],
    );
    expect(
      submitBlockers(
        run([{ status: 'failed' }, { status: 'pending' }, { severity: 'warning', status: 'failed' }]),
      ),
    ).toEqual(['还有1个错误需要改正', '还有1项校验因单元格未填而无法判断', '还有1个警告需要处理或填写说明']);
  });
});

describe('comments', () => {
  it('adds, replies, resolves and reopens; markers count open comments by target', () => {
    let r = addComment(
      emptyReview(),
      { kind: 'cell', target: cellId(cellAddress('applications', 'granted', 'natural')) },
      { id: 'c1', author: '李四', at, text: '请核对' },
    );
    r = addComment(
      r,
      { kind: 'field', target: 'overview.proactive' },
      { id: 'c2', author: '李四', at, text: '太简略' },
    );
    r = replyTo(r, 'c1', { id: 'r1', author: '张三', at, text: '已核对' });
    expect(r.comments[0]?.replies).toHaveLength(1);
    r = setResolved(r, 'c1', true);
    expect([...openCommentTargets(r)]).toEqual([['overview.proactive', 1]]);
    r = setResolved(r, 'c1', false);
    expect(openCommentTargets(r).get(cellId(cellAddress('applications', 'granted', 'natural')))).toBe(1);
  });
});
