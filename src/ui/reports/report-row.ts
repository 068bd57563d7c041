import { daysLeft, dueDate, isCurrentReportingCycle } from '../../domain/checks/rules/deadline';
import type { ReviewStatus } from '../../domain/report/keys';
import { type BrowserUse, DEFAULT_BROWSER_USE, originOf } from '../../domain/review/roles';
import type { ReportListItem } from '../../storage/report-list-item';

/** One line of the reports list: what a clerk scans for. */
export type ReportRow = {
  id: string;
  agencyName: string;
  year: number | null;
  status: ReviewStatus;
  errors: number;
  warnings: number;
  updatedAt: string;
  due: Date | null;
  /** days to the due date (negative: overdue); null when unknown or not the current reporting cycle */
  daysLeft: number | null;
  /** a 参考报告: not anyone's submission, so no status to act on and no due date */
  reference: boolean;
  /** a unit's report received here for review (review/roles.ts) */
  received: boolean;
};

/** From the light list record (storage listSummaries): the list never reads whole reports. */
export function toReportRow(
  r: ReportListItem,
  today: Date,
  use: BrowserUse = DEFAULT_BROWSER_USE,
): ReportRow {
  const kind = r.reportKind;
  const dated = r.year !== null && r.kind !== 'reference';
  return {
    id: r.id,
    agencyName: r.agencyName,
    year: r.year,
    status: r.status,
    errors: r.errorCount,
    warnings: r.warningCount,
    updatedAt: r.updatedAt,
    due: dated ? dueDate(r.year!, kind) : null,
    daysLeft: dated && isCurrentReportingCycle(r.year!, today) ? daysLeft(r.year!, kind, today) : null,
    reference: r.kind === 'reference',
    received: r.kind !== 'reference' && originOf(r.origin, use) === 'received',
  };
}
