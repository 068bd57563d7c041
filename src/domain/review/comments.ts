// Review comments anchored to a part, a narrative sub-item or a cell, with replies, resolve, reopen.
import type { CommentAnchor, Review, ReviewComment } from '../report/review-schema';

export type CommentInput = { id: string; author: string; at: Date; text: string };

export function addComment(review: Review, anchor: CommentAnchor, c: CommentInput): Review {
  const comment: ReviewComment = {
    id: c.id,
    anchor,
    author: c.author,
    at: c.at.toISOString(),
    text: c.text,
    resolved: false,
    replies: [],
  };
  return { ...review, comments: [...review.comments, comment] };
}

const update = (review: Review, id: string, f: (c: ReviewComment) => ReviewComment): Review => ({
  ...review,
  comments: review.comments.map((c) => (c.id === id ? f(c) : c)),
});

export function replyTo(review: Review, commentId: string, r: CommentInput): Review {
  return update(review, commentId, (c) => ({
    ...c,
    replies: [...c.replies, { id: r.id, author: r.author, at: r.at.toISOString(), text: r.text }],
  }));
}

export function setResolved(review: Review, commentId: string, resolved: boolean): Review {
  return update(review, commentId, (c) => ({ ...c, resolved }));
}

/**
 * A comment on the 说明 of a warning (the text accepting it) is a field anchor 「explanations.<check id>」:
 * before, on the 「校验与导出」 step the only place offered was 「报告信息」, so a supervisor's remark
 * on a 说明 reached the clerk under 报告信息, away from the 说明 it was about.
 */
const EXPLANATION_PREFIX = 'explanations.';
export const explanationAnchor = (checkId: string): CommentAnchor => ({
  kind: 'field',
  target: `${EXPLANATION_PREFIX}${checkId}`,
});
/** The check whose 说明 the anchor points at, or null. */
export function explainedCheck(anchor: CommentAnchor): string | null {
  return anchor.kind === 'field' && anchor.target.startsWith(EXPLANATION_PREFIX)
    ? anchor.target.slice(EXPLANATION_PREFIX.length) || null
    : null;
}

export function openComments(review: Review): ReviewComment[] {
  return review.comments.filter((c) => !c.resolved);
}

/** Open comment counts by anchor target, for the markers on cells and fields. */
export function openCommentTargets(review: Review): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of openComments(review)) m.set(c.anchor.target, (m.get(c.anchor.target) ?? 0) + 1);
  return m;
}
