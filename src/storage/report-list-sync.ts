// Repairs `reportList` when its set of reports differs from `reports` (run each time the database
// opens, see db.ts). The app itself writes both tables in one transaction (report-writes.ts), so
// from its own writes they always agree; but anything that adds or removes reports behind the
// app's back — an e2e test or the benchmark seeding raw IndexedDB, a clerk's devtools — would
// otherwise leave the list showing reports that no longer exist, or missing ones that do.
// This runs before the first query of every page load, so the usual case (the tables agree) must
// cost next to nothing: it compares the two counts and the lowest and highest ids (six key-only
// requests). Only when they differ are all ids compared and the missing reports read whole.
// A raw change that keeps the same ids (or swaps ids between the ends and keeps the count) goes
// unnoticed: catching it would take reading every report, which the list table exists to avoid.
import type { Dexie, EntityTable } from 'dexie';
import { type ReportListItem, toListItem } from './report-list-item';
import type { StoredReport } from './stored-report';

/** The two tables this repair reads, as NianbaoDb (db.ts) holds them: db.ts calls the repair when it opens. */
export type ReportTables = Dexie & {
  reports: EntityTable<StoredReport, 'id'>;
  reportList: EntityTable<ReportListItem, 'id'>;
};

export type ListRepair = { written: number; removed: number };

/** Count and the lowest and highest primary key: equal for both tables when they agree. */
async function outline(table: ReportTables['reports'] | ReportTables['reportList']): Promise<string> {
  const [count, first, last] = await Promise.all([
    table.count(),
    table.toCollection().limit(1).primaryKeys(),
    table.toCollection().reverse().limit(1).primaryKeys(),
  ]);
  return JSON.stringify([count, first, last]);
}

export async function reconcileReportList(db: ReportTables): Promise<ListRepair> {
  return db.transaction('rw', db.reports, db.reportList, async () => {
    if ((await outline(db.reports)) === (await outline(db.reportList))) return { written: 0, removed: 0 };
    const reportIds = (await db.reports.toCollection().primaryKeys()) as string[];
    const listIds = (await db.reportList.toCollection().primaryKeys()) as string[];
    const listed = new Set(listIds);
    const existing = new Set(reportIds);
    const missing = reportIds.filter((id) => !listed.has(id));
    const orphans = listIds.filter((id) => !existing.has(id));
    if (missing.length > 0) {
      const records = (await db.reports.bulkGet(missing)).filter((r): r is StoredReport => r !== undefined);
      await db.reportList.bulkPut(records.map(toListItem));
    }
    if (orphans.length > 0) await db.reportList.bulkDelete(orphans);
    return { written: missing.length, removed: orphans.length };
  });
}
