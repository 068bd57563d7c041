import { describe, expect, it } from 'vitest';
import { cellAddress, cellId } from '../report/cell-address';
import type { HistoryEntry, Review } from '../report/review-schema';
import { addComment, replyTo, setResolved } from '../review/comments';
import { localOnlyComments, mergeImportedReview } from './import-review';

const step = (
  action: HistoryEntry['action'],
  at: string,
  from: HistoryEntry['from'],
  to: HistoryEntry['to'],
) => ({ action, actor: '某科员', at, from, to, note: '', revision: 4 }) as HistoryEntry;
const submit = step('submit', '2025-02-01T01:00:00.000Z', 'draft', 'submitted');
const withdraw = step('withdraw', '2025-02-01T02:00:00.000Z', 'submitted', 'draft');
const again = step('submit', '2025-02-02T01:00:00.000Z', 'draft', 'submitted');
const ret = step('return', '2025-02-03T01:00:00.000Z', 'submitted', 'returned');

const cell = { kind: 'cell', target: cellId(cellAddress('applications', 'granted', 'legal')) } as const;
const field = { kind: 'field', target: 'overview.platforms' } as const;
const note = (id: string, at: string, text: string) => ({ id, author: '钱审核', at: new Date(at), text });

const sent: Review = { status: 'submitted', comments: [], history: [submit] };

describe('mergeImportedReview', () => {
  it('keeps the comments written here when the same 送审 file is opened again', () => {
    const here = addComment(
      addComment(sent, cell, note('c1', '2025-02-01T05:00:00.000Z', '法律服务机构一栏请核实。')),
      field,
      note('c2', '2025-02-01T05:10:00.000Z', '平台建设未写网站栏目调整情况。'),
    );
    const merged = mergeImportedReview(here, sent);
    expect(merged.comments.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(merged.history).toEqual([submit]);
    expect(merged.status).toBe('submitted');
    expect(localOnlyComments(here, sent)).toBe(2);
  });

  it('takes the later steps of the file and keeps the comments of both sides', () => {
    const here = addComment(sent, cell, note('c1', '2025-02-01T05:00:00.000Z', '请核对此格。'));
    const resent: Review = { status: 'submitted', comments: [], history: [submit, withdraw, again] };
    const merged = mergeImportedReview(here, resent);
    expect(merged.history).toEqual([submit, withdraw, again]);
    expect(merged.comments.map((c) => c.text)).toEqual(['请核对此格。']);
  });

  it('takes the file’s comments, replies and resolution when it carries the next step', () => {
    const returned = setResolved(
      replyTo(
        addComment(
          { ...sent, history: [submit, ret], status: 'returned' },
          cell,
          note('c1', '2025-02-02T05:00:00.000Z', '此数偏大。'),
        ),
        'c1',
        note('r1', '2025-02-02T06:00:00.000Z', '已改为3件。'),
      ),
      'c1',
      true,
    );
    const here = addComment(sent, cell, note('c1', '2025-02-02T05:00:00.000Z', '此数偏大。'));
    const merged = mergeImportedReview(here, returned);
    expect(merged.status).toBe('returned');
    expect(merged.comments).toHaveLength(1);
    expect(merged.comments[0]!.resolved).toBe(true);
    expect(merged.comments[0]!.replies.map((r) => r.text)).toEqual(['已改为3件。']);
  });

  it('joins the replies of one comment answered on both sides, in time order, each once', () => {
    const asked = addComment(sent, field, note('c1', '2025-02-01T05:00:00.000Z', '请补充培训次数。'));
    const here = replyTo(asked, 'c1', note('r-here', '2025-02-01T09:00:00.000Z', '本机答复'));
    const there = replyTo(asked, 'c1', note('r-there', '2025-02-01T08:00:00.000Z', '文件中的答复'));
    const merged = mergeImportedReview(here, there);
    expect(merged.comments[0]!.replies.map((r) => r.id)).toEqual(['r-there', 'r-here']);
    expect(mergeImportedReview(merged, there).comments[0]!.replies).toHaveLength(2);
  });

  it('adds the file’s new comments after this copy’s, in time order', () => {
    const here = addComment(sent, cell, note('c-here', '2025-02-01T07:00:00.000Z', '本机批注'));
    const there = addComment(sent, field, note('c-there', '2025-02-01T06:00:00.000Z', '文件批注'));
    expect(mergeImportedReview(here, there).comments.map((c) => c.id)).toEqual(['c-there', 'c-here']);
    expect(localOnlyComments(here, there)).toBe(1);
  });

  it('changes nothing when both hold the same comments', () => {
    const both = addComment(sent, cell, note('c1', '2025-02-01T05:00:00.000Z', '同一条'));
    expect(mergeImportedReview(both, both)).toEqual(both);
    expect(localOnlyComments(both, both)).toBe(0);
  });
});
