// The only writes to the `reports` table. Each one writes the report's list record
// (report-list-item.ts) too, so the two tables cannot disagree: both changes commit or neither.
// Every function here must run inside a readwrite transaction that includes BOTH tables
// (`reportTables(db)`); Dexie rejects a write to a table outside the current transaction, so a
// caller that forgets `reportList` fails loudly instead of letting the list drift.
import type { NianbaoDb } from './db';
import { toListItem } from './report-list-item';
import type { Counts, StoredReport } from './stored-report';

/** The tables a transaction that writes reports must include. */
export const reportTables = (db: NianbaoDb) => [db.reports, db.reportList] as const;

export async function putReport(db: NianbaoDb, record: StoredReport): Promise<void> {
  await db.reports.put(record);
  await db.reportList.put(toListItem(record));
}

/** Rejects (ConstraintError) if the id is taken, writing neither table. */
export async function addReport(db: NianbaoDb, record: StoredReport): Promise<void> {
  await db.reports.add(record);
  await db.reportList.add(toListItem(record));
}

export async function bulkPutReports(db: NianbaoDb, records: readonly StoredReport[]): Promise<void> {
  await db.reports.bulkPut([...records]);
  await db.reportList.bulkPut(records.map(toListItem));
}

export async function deleteReport(db: NianbaoDb, id: string): Promise<void> {
  await db.reports.delete(id);
  await db.reportList.delete(id);
}

export async function clearReports(db: NianbaoDb): Promise<void> {
  await db.reports.clear();
  await db.reportList.clear();
}

/** The 错误/警告 counts of one report (no revision bump, see setCounts); false if it does not exist. */
export async function updateCounts(db: NianbaoDb, id: string, counts: Counts): Promise<boolean> {
  const current = await db.reports.get(id);
  if (!current) return false;
  await putReport(db, { ...current, ...counts });
  return true;
}
