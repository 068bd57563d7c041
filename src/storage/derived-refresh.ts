// Derives again the stored records of reports whose counts were computed with other checks than
// this code's (derived-staleness.ts finds them): the report's 错误/警告 counts, its list record and
// its 汇总 record. After an update of the app, a report nobody opened since kept the old checks'
// counts: the list showed wrong 错误/警告 figures and the 汇总 flagged and summed units by them.
//
// A cache refresh, not an edit: the draft, review, revision, write identity and updatedAt stay as
// they are (no version is recorded, 最后保存 does not move, an open editor sees no other write).
// Counted as the editor counts (domain/checks/check-context.ts): with the linked or matching
// previous-year report (previous-year.ts), the settings' required items of part 六, the report's
// accepted warnings, and today.
//
// Read, count, then write in a transaction of its own that writes a report only if it is still the
// write the counts were taken from, with the same stale mark: a save in between wins (it stored its
// own counts), a change of its context in between leaves it stale for the next pass, and the
// counting holds no lock while it runs. Loaded on demand (runChecks is the editor's code), a few
// reports at a time, by the app in idle time (app/stale-records.ts); each chunk commits on its
// own, so a tab closed midway leaves the rest stale, found again at the next start.
import { type CheckContext, checksInContext } from '../domain/checks/check-context';
import { draftToReport } from '../domain/report/draft-convert';
import type { Report } from '../domain/report/report-schema';
import type { NianbaoDb } from './db';
import { findPreviousYear, type YearListing } from './previous-year';
import type { ReportListItem } from './report-list-item';
import { bulkPutCounts, reportTables, withCounts } from './report-writes';
import { createSettingsStore } from './settings-store';
import type { Counts, StoredReport } from './stored-report';

export type RefreshOptions = {
  /** the clerk's today (the checks of 报告年度 depend on it) */
  now: Date;
  /** tests only: runs after counting, before the write (another tab's save lands here) */
  beforeWrite?: () => Promise<void>;
};

export type RefreshOutcome = {
  /** records written with this code's counts */
  refreshed: number;
  /** written in between by a save (its own counts win), gone, or already current */
  skipped: number;
  /** could not be counted (a malformed record): left as it is */
  failed: number;
  /** time spent counting (synchronous, on the main thread), for sizing the next chunk */
  countingMs: number;
};

/**
 * Still the write the counts were taken from, in the same context: a change of last year's report
 * or of 设置 since marked it stale again with another mark (derived-dependents.ts).
 */
const sameWrite = (a: StoredReport, b: StoredReport) =>
  a.revision === b.revision &&
  (a.writeId ?? null) === (b.writeId ?? null) &&
  a.updatedAt === b.updatedAt &&
  (a.checkedWith ?? null) === (b.checkedWith ?? null);

/** Derives again the counts and records of the reports `ids` (one chunk: a few, not thousands). */
export async function refreshDerived(
  db: NianbaoDb,
  ids: readonly string[],
  opts: RefreshOptions,
): Promise<RefreshOutcome> {
  const records = (await db.reports.bulkGet([...ids])).filter((r): r is StoredReport => r !== undefined);
  const settings = await createSettingsStore(db).getSettings();
  // One read of a year's list records and one conversion of a previous report for the whole chunk.
  const years = new Map<number, Promise<ReportListItem[]>>();
  const listYear: YearListing = (year) => {
    let listed = years.get(year);
    if (!listed) {
      listed = db.reportList.where('year').equals(year).toArray();
      years.set(year, listed);
    }
    return listed;
  };
  const previous: (StoredReport | undefined)[] = [];
  for (const r of records) {
    try {
      previous.push(await findPreviousYear(db, r, listYear));
    } catch {
      previous.push(undefined); // a malformed record: counted below without, or failed there
    }
  }

  const started = performance.now();
  const converted = new Map<string, Report | null>();
  const previousReport = (p: StoredReport | undefined): Report | null => {
    if (!p) return null;
    const key = `${p.id}@${p.revision}`;
    let report = converted.get(key);
    if (report === undefined) {
      try {
        report = draftToReport(p.draft);
      } catch {
        report = null;
      }
      converted.set(key, report);
    }
    return report;
  };
  const counted: { from: StoredReport; counts: Counts }[] = [];
  let failed = 0;
  records.forEach((r, i) => {
    try {
      const ctx: CheckContext = {
        previous: previousReport(previous[i]),
        requiredOtherMatters: settings.requiredOtherMatters,
        accepted: r.acceptedFingerprints ?? {},
      };
      const { errors, warnings } = checksInContext(r.draft, draftToReport(r.draft), ctx, opts.now).counts;
      counted.push({ from: r, counts: { errorCount: errors, warningCount: warnings } });
    } catch {
      failed++;
    }
  });
  const countingMs = performance.now() - started;

  await opts.beforeWrite?.();
  const refreshed = await db.transaction('rw', reportTables(db), async () => {
    const now = await db.reports.bulkGet(counted.map((c) => c.from.id));
    const next: StoredReport[] = [];
    counted.forEach(({ from, counts }, i) => {
      const current = now[i];
      if (current && sameWrite(current, from)) next.push(withCounts(current, counts));
    });
    if (next.length > 0) await bulkPutCounts(db, next);
    return next.length;
  });
  return { refreshed, skipped: ids.length - refreshed - failed, failed, countingMs };
}
