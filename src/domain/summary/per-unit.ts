// One row per unit for the 汇总 dashboard table: who has reported, how far along, the key totals,
// and how many days late (due-date.ts). Takes what storage keeps for a report (the draft with its
// raw cell text, the review status and the counts of the last check run), or a checked Report.
import { draftToReport } from '../report/draft-convert';
import type { ReportKind, ReviewStatus } from '../report/keys';
import type { ReportDraft } from '../report/report-schema';
import { dueDateIso, overdueDays } from './due-date';
import type { SummaryNumbers } from './summary-facts';

export type PerUnitSource = {
  id: string;
  status: ReviewStatus;
  errorCount: number;
  warningCount: number;
} & ({ draft: ReportDraft; report?: undefined } | { report: SummaryNumbers; draft?: undefined });

export type PerUnitRow = {
  id: string;
  agencyName: string;
  reportKind: ReportKind;
  year: number | null;
  status: ReviewStatus;
  errors: number;
  warnings: number;
  /** 「一、本年新收…申请数量」 总计 */
  newReceived: number | null;
  /** 「（七）总计」 总计 */
  totalHandled: number | null;
  /** 「四、结转下年度继续办理」 总计 */
  carriedForward: number | null;
  /** 「行政复议」 总计 */
  reconsiderationTotal: number | null;
  /** 「行政诉讼」 总计: 未经复议直接起诉 + 复议后起诉 */
  litigationTotal: number | null;
  /** ISO date; null while 报告年度 is blank */
  dueDate: string | null;
  /** see overdueDays in due-date.ts: > 0 only when past due and not submitted or approved */
  overdueDays: number;
};

const plus = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);

export function perUnitRow(source: PerUnitSource, today: Date): PerUnitRow {
  const report = source.report ?? draftToReport(source.draft);
  const { agencyName, year, reportKind } = report.meta;
  const { applications: apps, appeals } = report;
  return {
    id: source.id,
    agencyName,
    reportKind,
    year,
    status: source.status,
    errors: source.errorCount,
    warnings: source.warningCount,
    newReceived: apps.newReceived.total,
    totalHandled: apps.totalHandled.total,
    carriedForward: apps.carriedForward.total,
    reconsiderationTotal: appeals.reconsideration.total,
    litigationTotal: plus(appeals.litigationDirect.total, appeals.litigationAfterReconsideration.total),
    dueDate: year === null ? null : dueDateIso(year, reportKind),
    overdueDays: overdueDays(year, reportKind, source.status, today),
  };
}

export function perUnitRows(sources: readonly PerUnitSource[], today: Date): PerUnitRow[] {
  return sources.map((s) => perUnitRow(s, today));
}
