// 报送期限 (《政府信息公开条例》第四十九条, SPEC §1): a government department (部门) sends its report
// for year Y by 1月31日 of Y+1; a people's government's own report (本级政府) is due 3月31日 of Y+1.
// Days are whole calendar days of the user's local date, so the count changes at local midnight.
// (checks/rules/deadline.ts computes the same dates for the `deadline` check; to be folded together.)
import { isCurrentReportingCycle } from '../checks/rules/deadline';
import type { ReportKind, ReviewStatus } from '../report/keys';

const DUE: Record<ReportKind, { month: number; day: number }> = {
  department: { month: 1, day: 31 },
  government: { month: 3, day: 31 },
};
const DAY_MS = 86_400_000;

/** The due date of the report for `year` as an ISO date, e.g. 2021 部门 → 「2022-01-31」. */
export function dueDateIso(year: number, kind: ReportKind): string {
  const { month, day } = DUE[kind];
  return `${String(year + 1).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Calendar days from the due date to `today` (local date): 0 on the due date, 1 the day after, negative before. */
export function daysPastDue(year: number, kind: ReportKind, today: Date): number {
  const { month, day } = DUE[kind];
  // Through UTC, so a daylight-saving shift cannot make a day 23 or 25 hours long.
  const due = Date.UTC(year + 1, month - 1, day);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((now - due) / DAY_MS);
}

/** 「待审核」 and 「已审定」: the unit has handed the report in. */
export function isHandedIn(status: ReviewStatus): boolean {
  return status === 'submitted' || status === 'approved';
}

/**
 * 逾期天数: days past the due date while the report is not handed in (草稿 or 已退回 — a returned
 * report is back with the unit, so it counts as not submitted); 0 on the due date itself, before
 * it, once the report is submitted or approved, when the year is unknown, and for an earlier
 * reporting cycle (a count of years tells nobody anything).
 */
export function overdueDays(
  year: number | null,
  kind: ReportKind,
  status: ReviewStatus,
  today: Date,
): number {
  if (year === null || isHandedIn(status) || !isCurrentReportingCycle(year, today)) return 0;
  return Math.max(0, daysPastDue(year, kind, today));
}
