// The only writes to the `reports` table. Each one writes the report's list record
// (report-list-item.ts) and its 汇总 record (report-sum-record.ts) too, so the tables cannot
// disagree: all changes commit or none. Every function here must run inside a readwrite
// transaction that includes ALL of them (`reportTables(db)`); Dexie rejects a write to a table
// outside the current transaction, so a caller that forgets one fails loudly instead of letting
// the list or the 汇总 drift.
// A write of a report also marks stale the counts of the reports that read it as last year's
// (derived-dependents.ts), except a write of counts alone (updateCounts, bulkPutCounts).
import { CHECKED_WITH } from '../domain/summary/summary-facts';
import type { NianbaoDb } from './db';
import { isCurrent, markDependentsStale } from './derived-dependents';
import { announceStale } from './derived-staleness';
import { type ReportListItem, toListItem } from './report-list-item';
import { sumRecords, toSumRecord } from './report-sum-record';
import type { Counts, StoredReport } from './stored-report';

/** The tables a transaction that writes reports must include. */
export const reportTables = (db: NianbaoDb) => [db.reports, db.reportList, db.reportSums] as const;

/** A draft that cannot be summed has no 汇总 record (toSumRecord): never a failed save. */
async function putSum(db: NianbaoDb, record: StoredReport): Promise<void> {
  const sum = toSumRecord(record);
  if (sum) await db.reportSums.put(sum);
  else await db.reportSums.delete(record.id);
}

/**
 * The report written, in all three tables, and nothing else: for writes that change only its
 * counts (updateCounts, derived-refresh.ts), which no other report's checks read.
 */
async function putRecord(db: NianbaoDb, record: StoredReport): Promise<void> {
  await db.reports.put(record);
  await db.reportList.put(toListItem(record));
  await putSum(db, record);
}

/** Tells the refresher when a record was written with counts that are not this code's. */
function announceIfStale(db: NianbaoDb, records: readonly StoredReport[]): void {
  if (records.some((r) => !isCurrent(r.checkedWith))) announceStale(db);
}

/**
 * A write of a report's content, review, name, year, status or place in 回收站: the reports that
 * read it as last year's (before and after the write) have stale counts now (derived-dependents.ts).
 */
export async function putReport(db: NianbaoDb, record: StoredReport): Promise<void> {
  const before = await db.reportList.get(record.id);
  await putRecord(db, record);
  await markDependentsStale(db, before ? [before, record] : [record], new Set([record.id]));
  announceIfStale(db, [record]);
}

/** Rejects (ConstraintError) if the id is taken, writing no table. */
export async function addReport(db: NianbaoDb, record: StoredReport): Promise<void> {
  await db.reports.add(record);
  await db.reportList.add(toListItem(record));
  await putSum(db, record);
  await markDependentsStale(db, [record], new Set([record.id]));
  announceIfStale(db, [record]);
}

async function bulkPutRecords(db: NianbaoDb, records: readonly StoredReport[]): Promise<void> {
  await db.reports.bulkPut([...records]);
  await db.reportList.bulkPut(records.map(toListItem));
  const sums = sumRecords(records);
  if (sums.length < records.length) {
    const summed = new Set(sums.map((r) => r.id));
    await db.reportSums.bulkDelete(records.filter((r) => !summed.has(r.id)).map((r) => r.id));
  }
  await db.reportSums.bulkPut(sums);
}

/** Many reports written whole (a restored backup): putReport's rule for each, in bulk. */
export async function bulkPutReports(db: NianbaoDb, records: readonly StoredReport[]): Promise<void> {
  const ids = records.map((r) => r.id);
  const before = (await db.reportList.bulkGet(ids)).filter((r): r is ReportListItem => r !== undefined);
  await bulkPutRecords(db, records);
  await markDependentsStale(db, [...before, ...records], new Set(ids));
  announceIfStale(db, records);
}

/** Counts of this code's checks for reports whose content is as it was (derived-refresh.ts). */
export async function bulkPutCounts(db: NianbaoDb, records: readonly StoredReport[]): Promise<void> {
  await bulkPutRecords(db, records);
}

export async function deleteReport(db: NianbaoDb, id: string): Promise<void> {
  const before = await db.reportList.get(id);
  await db.reports.delete(id);
  await db.reportList.delete(id);
  await db.reportSums.delete(id);
  if (before) await markDependentsStale(db, [before], new Set([id]));
}

export async function clearReports(db: NianbaoDb): Promise<void> {
  await db.reports.clear();
  await db.reportList.clear();
  await db.reportSums.clear();
}

/**
 * The 错误/警告 counts of one report, counted now with this code's checks (no revision bump, see
 * setCounts); false if it does not exist.
 */
export async function updateCounts(db: NianbaoDb, id: string, counts: Counts): Promise<boolean> {
  const current = await db.reports.get(id);
  if (!current) return false;
  await putRecord(db, withCounts(current, counts));
  return true;
}

/** The report with counts of the checks run now: everything else — draft, revision, updatedAt — as it is. */
export const withCounts = (r: StoredReport, counts: Counts): StoredReport => ({
  ...r,
  errorCount: counts.errorCount,
  warningCount: counts.warningCount,
  checkedWith: CHECKED_WITH,
});
