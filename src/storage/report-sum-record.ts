// The 汇总's record of a report (table `reportSums`, schema v4 in db.ts): what the 汇总 lists and
// sums, already checked (domain/summary/summary-facts.ts), ~3 kB instead of the whole report with
// its narratives, read with no draft conversion and no check run. Kept in step with `reports` in
// the same transaction (report-writes.ts), like the list record.
import { type SummaryFacts, summaryFacts } from '../domain/summary/summary-facts';
import type { StoredReport } from './stored-report';

export type ReportSumRecord = Pick<
  StoredReport,
  | 'id'
  | 'agencyName'
  | 'year'
  | 'kind'
  | 'status'
  | 'deletedAt'
  | 'updatedAt'
  | 'warningCount'
  | 'checkedWith'
> &
  SummaryFacts;

/**
 * The sum record of a stored report, or null when its draft cannot be read (a malformed record
 * from disk): such a report cannot be summed, and must keep neither a save nor a schema upgrade
 * — and so the app — from working.
 */
export function toSumRecord(r: StoredReport): ReportSumRecord | null {
  try {
    return {
      id: r.id,
      agencyName: r.agencyName,
      year: r.year,
      kind: r.kind,
      status: r.status,
      deletedAt: r.deletedAt,
      updatedAt: r.updatedAt,
      warningCount: r.warningCount,
      // The facts are derived here, now, with this code's checks; the record is current only if
      // the report's warningCount, copied above, was counted with them too.
      ...(r.checkedWith ? { checkedWith: r.checkedWith } : {}),
      ...summaryFacts(r.draft),
    };
  } catch {
    return null;
  }
}

export const sumRecords = (records: readonly StoredReport[]): ReportSumRecord[] =>
  records.map(toSumRecord).filter((s): s is ReportSumRecord => s !== null);
