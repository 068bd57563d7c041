// `deadline` (informational, SPEC §1/§6): 《政府信息公开条例》第四十九条 — a government department
// sends its report for year Y by 1月31日 of Y+1; the report of a people's government (本级政府)
// is published by 3月31日 of Y+1. Counted in calendar days of the clerk's local date, and only for
// the current reporting cycle (isCurrentReportingCycle).
import type { ReportKind } from '../../report/keys';
import { REPORT_KIND_LABELS } from '../../report/labels';
import { makeResult } from '../result';
import type { CheckResult, RuleContext } from '../types';

const DUE_MONTH: Record<ReportKind, { month: number; day: number }> = {
  department: { month: 0, day: 31 },
  government: { month: 2, day: 31 },
};
const DAY_MS = 86_400_000;

/** The due date of the report for `year`, at local midnight. */
export function dueDate(year: number, kind: ReportKind): Date {
  const { month, day } = DUE_MONTH[kind];
  return new Date(year + 1, month, day);
}

/** Calendar days from `today` to the due date: 0 on the day itself, negative when overdue. */
export function daysLeft(year: number, kind: ReportKind, today: Date): number {
  const { month, day } = DUE_MONTH[kind];
  // Whole calendar days through UTC, so a daylight-saving shift cannot make a day 23 hours long.
  const due = Date.UTC(year + 1, month, day);
  const now = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((due - now) / DAY_MS);
}

/**
 * Whether the report's due date still means something (issue 15): last year's report (due this
 * year) and this year's (due next year). An earlier year's report is history — 「已逾期1767天」
 * tells nobody anything — so no deadline note is given for it.
 */
export function isCurrentReportingCycle(year: number, today: Date): boolean {
  return year >= today.getFullYear() - 1;
}

const formatDate = (d: Date) => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;

export function deadlineChecks(ctx: RuleContext): CheckResult[] {
  const { year, reportKind } = ctx.draft.meta;
  if (year === null)
    return [
      makeResult('deadline', 'deadline', 'pending', '报告年度未填写，无法计算报送期限', {
        part: 'meta',
        fingerprint: '',
      }),
    ];
  if (!isCurrentReportingCycle(year, ctx.today)) return [];
  const due = formatDate(dueDate(year, reportKind));
  const days = daysLeft(year, reportKind, ctx.today);
  const who = `${REPORT_KIND_LABELS[reportKind]}年度报告`;
  const message =
    days > 0
      ? `${who}报送截止日期为${due}，还有${days}天`
      : days === 0
        ? `${who}报送截止日期为今天（${due}）`
        : `${who}报送截止日期为${due}，已逾期${-days}天`;
  return [
    makeResult('deadline', 'deadline', days < 0 ? 'failed' : 'passed', message, {
      part: 'meta',
      fingerprint: `${due}|${days}`,
    }),
  ];
}
