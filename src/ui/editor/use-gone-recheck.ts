// The open report's live query (dexie-react-hooks) runs again when a page of this app writes — not
// when the browser's data is cleared under the page (「清除浏览数据」, a cleaning tool, a policy):
// the editor then went on showing 已保存 over a report that no longer existed, until the clerk's next
// keystroke failed to save. So the report is looked up again when IndexedDB closes the connection
// under the app (a clear closes every open connection) and when the clerk comes back to the page
// (focus, the tab shown again: the data may have been cleared from the browser's settings in
// another tab). Only when it is gone does the live query run again (ReportEditor then keeps the
// page's content and offers to save it again): a report still there re-renders nothing.
import { useEffect, useState } from 'react';
import type { ReportRepository } from '../../storage/report-repository';

/**
 * A number that changes when report `id` is found gone: put it in the report's live query's
 * dependencies so that the query runs again.
 */
export function useGoneRecheck(repo: ReportRepository, id: string): number {
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    const check = () => {
      repo.get(id).then(
        (record) => {
          if (live && (!record || record.deletedAt)) setTick((t) => t + 1);
        },
        () => undefined, // the database cannot be read now: the next write says so
      );
    };
    const onVisibility = () => document.visibilityState === 'visible' && check();
    const unsubscribe = repo.onConnectionClosed(check);
    window.addEventListener('focus', check);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      unsubscribe();
      window.removeEventListener('focus', check);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [repo, id]);
  return tick;
}
