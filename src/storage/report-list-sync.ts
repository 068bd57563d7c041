// Repairs `reportList` and `reportSums` when their set of reports differs from `reports` (run each
// time the database opens, see db.ts). The app itself writes the three tables in one transaction
// (report-writes.ts), so from its own writes they always agree; but anything that adds or removes
// reports behind the app's back — an e2e test or the benchmark seeding raw IndexedDB, a clerk's
// devtools — would otherwise leave the list (or the 汇总) showing reports that no longer exist, or
// missing ones that do.
// This runs before the first query of every page load, so the usual case (the tables agree) must
// cost next to nothing: it compares the counts and the lowest and highest ids (key-only
// requests). Only when they differ are all ids compared and the missing reports read whole.
// A raw change that keeps the same ids (or swaps ids between the ends and keeps the count) goes
// unnoticed: catching it would take reading every report, which these tables exist to avoid.
import type { Dexie, EntityTable } from 'dexie';
import { type ReportListItem, toListItem } from './report-list-item';
import { type ReportSumRecord, sumRecords } from './report-sum-record';
import type { StoredReport } from './stored-report';

/** The tables this repair reads, as NianbaoDb (db.ts) holds them: db.ts calls the repair when it opens. */
export type ReportTables = Dexie & {
  reports: EntityTable<StoredReport, 'id'>;
  reportList: EntityTable<ReportListItem, 'id'>;
  reportSums: EntityTable<ReportSumRecord, 'id'>;
};

export type ListRepair = { written: number; removed: number };

type Keyed = EntityTable<{ id: string }, 'id'>;

/** Count and the lowest and highest primary key: equal for both tables when they agree. */
async function outline(table: Keyed): Promise<string> {
  const [count, first, last] = await Promise.all([
    table.count(),
    table.toCollection().limit(1).primaryKeys(),
    table.toCollection().reverse().limit(1).primaryKeys(),
  ]);
  return JSON.stringify([count, first, last]);
}

/**
 * Makes `derived` hold a record for each report, and none for a report that is gone. One
 * transaction per table: inside Dexie's on('ready') a transaction must not await our own async
 * functions between its requests (it would commit early), so each one is a single callback.
 */
function repair(
  db: ReportTables,
  derived: Keyed,
  build: (records: StoredReport[]) => { id: string }[],
): Promise<ListRepair> {
  return db.transaction('rw', db.reports, derived, async () => {
    if ((await outline(db.reports as unknown as Keyed)) === (await outline(derived)))
      return { written: 0, removed: 0 };
    const reportIds = (await db.reports.toCollection().primaryKeys()) as string[];
    const derivedIds = (await derived.toCollection().primaryKeys()) as string[];
    const listed = new Set(derivedIds);
    const existing = new Set(reportIds);
    const missing = reportIds.filter((id) => !listed.has(id));
    const orphans = derivedIds.filter((id) => !existing.has(id));
    if (missing.length > 0) {
      const records = (await db.reports.bulkGet(missing)).filter((r): r is StoredReport => r !== undefined);
      await derived.bulkPut(build(records));
    }
    if (orphans.length > 0) await derived.bulkDelete(orphans);
    return { written: missing.length, removed: orphans.length };
  });
}

export async function reconcileReportList(db: ReportTables): Promise<{ list: ListRepair; sums: ListRepair }> {
  const list = await repair(db, db.reportList as unknown as Keyed, (records) => records.map(toListItem));
  const sums = await repair(db, db.reportSums as unknown as Keyed, sumRecords);
  return { list, sums };
}
