// The light record the reports list reads (table `reportList`, schema v3 in db.ts): only what a
// list row shows, filters and sorts by. A StoredReport carries its whole draft (~4 kB each), so
// reading 1,000 of them to draw 1,000 list rows cost ~4 MB of structured-clone work; these rows
// are ~200 bytes. Kept in step with `reports` in the same transaction (report-writes.ts).
import type { ReportKind } from '../domain/report/keys';
import { normalizeOrganName } from '../domain/report/organ-name';
import type { StoredReport } from './stored-report';

export type ReportListItem = Pick<
  StoredReport,
  | 'id'
  | 'agencyName'
  | 'year'
  | 'status'
  | 'errorCount'
  | 'warningCount'
  | 'updatedAt'
  | 'createdAt'
  | 'deletedAt'
  | 'kind'
  | 'origin'
  | 'checkedWith'
> & {
  /** draft.meta.reportKind: decides the 截止日期 (次年1月31日 / 3月31日) shown in the list */
  reportKind: ReportKind;
  /**
   * The organ as last year's report is matched by (normalizeOrganName of agencyName; schema v6
   * indexes [organ+year]): finds the reports whose checks read a report as their previous year
   * (derived-dependents.ts) without reading any. A change of normalizeOrganName needs a schema
   * version that writes it again (db.ts v6 wrote it first).
   */
  organ: string;
};

/** The organ key of a name (a malformed record without one gives ''). */
export const organKey = (agencyName: unknown): string =>
  typeof agencyName === 'string' ? normalizeOrganName(agencyName) : '';

/** The list record of a stored report (a pure projection: same input, same output). */
export function toListItem(r: StoredReport): ReportListItem {
  // Optional chaining although the type says the draft is there: this also runs on records read
  // back from disk during a schema upgrade (db.ts), and one malformed record must not make the
  // upgrade — and so the whole app — fail to open.
  const reportKind = r.draft?.meta?.reportKind ?? 'department';
  return {
    id: r.id,
    agencyName: r.agencyName,
    organ: organKey(r.agencyName),
    year: r.year,
    reportKind,
    status: r.status,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    updatedAt: r.updatedAt,
    createdAt: r.createdAt,
    deletedAt: r.deletedAt,
    kind: r.kind,
    ...(r.origin ? { origin: r.origin } : {}),
    ...(r.checkedWith ? { checkedWith: r.checkedWith } : {}),
  };
}
