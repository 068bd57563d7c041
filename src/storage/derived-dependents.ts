// A report's stored 错误/警告 counts (and so its list and 汇总 records) depend on more than its own
// draft (domain/checks/check-context.ts): last year's report of the organ (carry-over, 现行有效件数,
// 内容雷同), the settings' required items of part 六, its accepted warnings. When one of those
// changes without a write of the report itself, its counts are stale: this marks them so, in the
// transaction of the change, and derived-refresh.ts counts them again (app/stale-records.ts, in
// idle time, told by announceStale).
//
// The mark is a `checkedWith` that is not CHECKED_WITH ('stale:' and a new random id each time), so
// derived-staleness.ts finds it from the index alone, it survives a closed tab (the next start
// counts it), and a refresh that counted with the old context before the mark refuses to write
// (derived-refresh.ts compares the mark it read). Like setCounts, marking keeps draft, review,
// revision, write identity and 最后保存: an open editor sees no other write.
import { randomUuid } from '../domain/crypto/random-id';
import { CHECKED_WITH } from '../domain/summary/summary-facts';
import type { NianbaoDb } from './db';
import { announceStale } from './derived-staleness';
import { organKey } from './report-list-item';

/** What decides which reports read a report as their previous year (previous-year.ts). */
export type PreviousYearSubject = { id: string; agencyName: string; year: number | null };

const STALE_PREFIX = 'stale:';

/** A marker for stale counts: never CHECKED_WITH, never the same twice. */
export const staleMark = (): string => `${STALE_PREFIX}${randomUuid()}`;

/** Whether a record's counts were computed with this code's checks in their present context. */
export const isCurrent = (checkedWith: string | undefined): boolean => checkedWith === CHECKED_WITH;

/**
 * The ids of the reports whose checks may read one of `subjects` as last year's report: linked to
 * it (previousYearId), or of the same organ (normalised name) one year later. Key-only reads (schema
 * v6 indexes). May name a report that is linked elsewhere: counting it again changes nothing.
 */
export async function dependentsOf(
  db: NianbaoDb,
  subjects: readonly PreviousYearSubject[],
): Promise<string[]> {
  if (subjects.length === 0) return [];
  const keys = new Map<string, [string, number]>();
  for (const s of subjects) {
    const organ = organKey(s.agencyName);
    if (s.year === null || organ === '') continue;
    const key: [string, number] = [organ, s.year + 1];
    keys.set(JSON.stringify(key), key);
  }
  const byOrgan =
    keys.size > 0
      ? await db.reportList
          .where('[organ+year]')
          .anyOf([...keys.values()])
          .primaryKeys()
      : [];
  const linked = await db.reports
    .where('previousYearId')
    .anyOf(subjects.map((s) => s.id))
    .primaryKeys();
  return [...new Set<string>([...byOrgan, ...linked])];
}

/**
 * Marks the counts of `ids` stale in all three tables (inside a readwrite transaction over
 * reportTables), and tells this tab's refresher. Reports that do not exist are skipped.
 */
export async function markStale(db: NianbaoDb, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const checkedWith = staleMark();
  const mark = (r: { checkedWith?: string }) => {
    r.checkedWith = checkedWith;
  };
  await db.reports
    .where(':id')
    .anyOf([...ids])
    .modify(mark);
  await db.reportList
    .where(':id')
    .anyOf([...ids])
    .modify(mark);
  await db.reportSums
    .where(':id')
    .anyOf([...ids])
    .modify(mark);
  announceStale(db);
}

/** Marks stale the reports that read any of `subjects` as last year's, except `written` (just written). */
export async function markDependentsStale(
  db: NianbaoDb,
  subjects: readonly PreviousYearSubject[],
  written: ReadonlySet<string> = new Set(),
): Promise<void> {
  const ids = (await dependentsOf(db, subjects)).filter((id) => !written.has(id));
  await markStale(db, ids);
}

/** Marks every report's counts stale: what all of them depend on (设置) changed. */
export async function markAllStale(db: NianbaoDb): Promise<void> {
  await markStale(db, (await db.reports.toCollection().primaryKeys()) as string[]);
}
