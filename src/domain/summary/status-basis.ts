// What a 汇总's totals are made of, by review status (issue 15): printed beside the totals and
// written into the CSV, so a sum that holds drafts is never taken for the final one.
import { REVIEW_STATUS_LABELS } from '../report/labels';
import type { StatusCounts } from './select-members';

export const UNAPPROVED = ['submitted', 'returned', 'draft'] as const;

const listed = (counts: StatusCounts, statuses: readonly (keyof StatusCounts)[]) =>
  statuses
    .filter((s) => counts[s] > 0)
    .map((s) => `${REVIEW_STATUS_LABELS[s]}${counts[s]}份`)
    .join('、');

/** What the totals are made of, e.g. 「已审定3份」 or 「已审定2份，含未审定：待审核1份、草稿1份」. */
export function statusBasis(members: StatusCounts, scoped: StatusCounts, on: boolean): string {
  const approved = `${REVIEW_STATUS_LABELS.approved}${members.approved}份`;
  if (on) {
    const more = listed(members, UNAPPROVED);
    return more ? `${approved}，含未审定：${more}` : approved;
  }
  const left = listed(scoped, UNAPPROVED);
  return left ? `${approved}；未审定的${left}未计入` : approved;
}
