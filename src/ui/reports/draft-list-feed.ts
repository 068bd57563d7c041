// The own drafts' list records for React: the repository keeps them in memory for the life of the
// app, patched from each write (storage/draft-list-feed.ts). The app starts the first read when it
// starts, whatever the first route, so the reports list shows at once.
import { useSyncExternalStore } from 'react';
import type { ReportListItem } from '../../storage/report-list-item';
import type { ReportRepository } from '../../storage/report-repository';

/** Starts reading the list in the background (idempotent): call it when the app starts. */
export function warmDraftList(repo: ReportRepository): void {
  repo.draftListFeed();
}

/** The own drafts (not 参考, not in 回收站), 最后保存 newest first; undefined while first read. */
export function useDraftList(repo: ReportRepository): readonly ReportListItem[] | undefined {
  const feed = repo.draftListFeed();
  const { drafts, failure } = useSyncExternalStore(feed.subscribe, feed.snapshot);
  // A failed read goes to the ErrorBoundary (「重新加载」), as useLiveQuery's errors do.
  if (failure !== null) throw failure;
  return drafts;
}

/** The 参考报告 (not in 回收站), 最后保存 newest first; undefined while first read. */
export function useReferenceList(repo: ReportRepository): readonly ReportListItem[] | undefined {
  const feed = repo.draftListFeed();
  const { references, failure } = useSyncExternalStore(feed.subscribe, feed.snapshot);
  if (failure !== null) throw failure;
  return references;
}
