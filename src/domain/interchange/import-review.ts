// The review a report has here after 「替换本机的报告」. The file's review used to replace this
// copy's whole: a supervisor who had written comments on a received 送审 report and then opened the
// same file again from the mailbox (「两边的内容相同」) lost every comment not yet sent back, and a
// 送审 file sent again after 撤回提交 dropped the comments written on the first one. Comments are
// only ever added, answered and resolved (domain/review/comments.ts), never deleted, so nothing of
// either side is dropped: every comment and reply of both is kept, once (by id).
// The status, history and approval are the file's when it carries later steps, this copy's when
// both hold the same steps (the file holds nothing newer then; this copy may have resolved since).
import type { Review, ReviewComment } from '../report/review-schema';
import { sameStep } from './import-decision';

const sameHistory = (a: Review, b: Review) =>
  a.history.length === b.history.length && a.history.every((step, i) => sameStep(step, b.history[i]!));

const byTime = <T extends { at: string }>(items: T[]): T[] =>
  items
    .map((item, i) => ({ item, i }))
    .sort((x, y) => (x.item.at < y.item.at ? -1 : x.item.at > y.item.at ? 1 : x.i - y.i))
    .map(({ item }) => item);

function withReplies(base: ReviewComment, other: ReviewComment): ReviewComment {
  const known = new Set(base.replies.map((r) => r.id));
  const added = other.replies.filter((r) => !known.has(r.id));
  return added.length === 0 ? base : { ...base, replies: byTime([...base.replies, ...added]) };
}

export function mergeImportedReview(local: Review, incoming: Review): Review {
  const base = sameHistory(local, incoming) ? local : incoming;
  const other = base === local ? incoming : local;
  const others = new Map(other.comments.map((c) => [c.id, c]));
  const comments = base.comments.map((c) => {
    const twin = others.get(c.id);
    return twin ? withReplies(c, twin) : c;
  });
  const known = new Set(base.comments.map((c) => c.id));
  const added = other.comments.filter((c) => !known.has(c.id));
  return { ...base, comments: added.length === 0 ? comments : byTime([...comments, ...added]) };
}

/** This copy's comments the file does not hold: kept on import, and said so in the dialog. */
export function localOnlyComments(local: Review, incoming: Review): number {
  const inFile = new Set(incoming.comments.map((c) => c.id));
  return local.comments.filter((c) => !inFile.has(c.id)).length;
}
