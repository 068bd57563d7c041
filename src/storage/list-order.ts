// Which list records (or whole reports) a list shows and in what order: one definition for the
// repository's queries and the in-memory list feed (draft-list-feed.ts).
import type { StoredReport, StoredReportKind } from './stored-report';

export type ListOptions = {
  /** include reports in 回收站 (default: only live reports) */
  includeDeleted?: boolean;
  /** only reports in 回收站 */
  onlyDeleted?: boolean;
  kind?: StoredReportKind;
};

export type Listed = Pick<StoredReport, 'updatedAt' | 'status' | 'kind' | 'deletedAt'>;

/** 最后保存, newest first (ISO timestamps order as strings). */
export const byUpdatedDesc = (a: Listed, b: Listed) =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;

/** The rows `opts` selects, newest first (a new array; `rows` is not changed). */
export function selectListed<T extends Listed>(rows: Iterable<T>, opts: ListOptions): T[] {
  const out: T[] = [];
  for (const r of rows) {
    if (opts.kind !== undefined && r.kind !== opts.kind) continue;
    const deleted = r.deletedAt !== null;
    if (opts.onlyDeleted ? !deleted : deleted && !opts.includeDeleted) continue;
    out.push(r);
  }
  return out.sort(byUpdatedDesc);
}
