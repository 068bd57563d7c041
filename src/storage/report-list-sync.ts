// Repairs `reportList` when it disagrees with `reports` (run each time the database opens, see
// db.ts). The app itself writes both tables in one transaction (report-writes.ts), so from its own
// writes they always agree; but anything that writes `reports` behind the app's back — an e2e test
// or the benchmark seeding raw IndexedDB, a clerk's devtools — would otherwise leave the list
// showing reports that no longer exist or missing ones that do. The check reads keys only (no
// drafts), so an agreeing database costs two key reads; only disagreeing reports are read whole.
import type { NianbaoDb } from './db';
import { toListItem } from './report-list-item';
import type { StoredReport } from './stored-report';

export type ListRepair = { written: number; removed: number };

export async function reconcileReportList(db: NianbaoDb): Promise<ListRepair> {
  return db.transaction('rw', db.reports, db.reportList, async () => {
    // [updatedAt, id] of every report from the updatedAt index alone, without loading a record.
    const stamped = new Map<string, string>();
    await db.reports.orderBy('updatedAt').eachKey((key, cursor) => {
      stamped.set(String(cursor.primaryKey), String(key));
    });
    const listed = new Map<string, string>();
    await db.reportList.orderBy('updatedAt').eachKey((key, cursor) => {
      listed.set(String(cursor.primaryKey), String(key));
    });
    // Reports without an updatedAt are absent from the index: fall back to their primary keys.
    const allIds = (await db.reports.toCollection().primaryKeys()) as string[];
    const stale = allIds.filter((id) => !listed.has(id) || listed.get(id) !== stamped.get(id));
    const existing = new Set(allIds);
    const listIds = (await db.reportList.toCollection().primaryKeys()) as string[];
    const orphans = listIds.filter((id) => !existing.has(id));
    if (stale.length > 0) {
      const records = (await db.reports.bulkGet(stale)).filter((r): r is StoredReport => r !== undefined);
      await db.reportList.bulkPut(records.map(toListItem));
    }
    if (orphans.length > 0) await db.reportList.bulkDelete(orphans);
    return { written: stale.length, removed: orphans.length };
  });
}
