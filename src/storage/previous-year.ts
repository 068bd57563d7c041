// Last year's report of a report: the one the editor checks it against (carry-over, 现行有效件数,
// 内容雷同) and the start-up refresh of stored counts too (derived-refresh.ts), so both count the
// same. The linked report if it is there, else the best report of the same organ for year − 1.
import { normalizeOrganName } from '../domain/report/organ-name';
import type { NianbaoDb } from './db';
import { byUpdatedDesc, type Listed } from './list-order';
import type { ReportListItem } from './report-list-item';
import { reportTables } from './report-writes';
import type { StoredReport } from './stored-report';

/** Last year's candidates: 已审定 first (that is what was published), own drafts before references, newest. */
const previousYearRank = (a: Listed, b: Listed) =>
  Number(b.status === 'approved') - Number(a.status === 'approved') ||
  Number(b.kind === 'draft') - Number(a.kind === 'draft') ||
  byUpdatedDesc(a, b);

export type PreviousYearOf = Pick<StoredReport, 'id' | 'previousYearId' | 'agencyName' | 'year'>;

/** The list records of one year: a caller looking up many reports may share one read per year. */
export type YearListing = (year: number) => Promise<ReportListItem[]>;

export async function findPreviousYear(
  db: NianbaoDb,
  report: PreviousYearOf,
  listYear: YearListing = (year) => db.reportList.where('year').equals(year).toArray(),
): Promise<StoredReport | undefined> {
  if (report.previousYearId) {
    const linked = await db.reports.get(report.previousYearId);
    if (linked && linked.deletedAt === null) return linked;
  }
  const name = normalizeOrganName(report.agencyName);
  if (report.year === null || name === '') return undefined;
  // Rank the candidates on their list records and read only the winner whole: last year may
  // hold hundreds of reports, and their drafts are not needed to choose.
  const year = report.year - 1;
  return db.transaction('r', reportTables(db), async () => {
    const sameYear = await listYear(year);
    const best = sameYear
      .filter((r) => r.deletedAt === null && r.id !== report.id && normalizeOrganName(r.agencyName) === name)
      .sort(previousYearRank)[0];
    return best ? db.reports.get(best.id) : undefined;
  });
}
