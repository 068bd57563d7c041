// What a 汇总 needs of one report, small enough to keep beside it in storage (issue 17 §3: opening
// the 汇总 of 1,000 units read and checked 1,000 whole drafts, ≈ 1 s). Written with every save
// (storage/report-sum-record.ts), so the 汇总 reads only these.
// The numbers are the checked report's tables (draftToReport: derived totals recomputed, bad text
// null). The hard-check errors (hard-checks.ts) are kept apart from the 报告信息 (meta) rule, the
// only one that depends on the day (a 报告年度 after the current year is an error): that one is
// recomputed on reading, so a count stored last December is still right in January.
import { CHECK_CATALOG_VERSION } from '../checks/catalog';
import { metaChecks } from '../checks/rules/meta';
import { draftToReport } from '../report/draft-convert';
import type { Report, ReportDraft } from '../report/report-schema';
import { failedErrors, hardRuleResults } from './hard-checks';

/**
 * Bump when what summaryFacts gives for the same draft changes other than through the checks (the
 * shape of the facts, the conversion of a draft's text to numbers): the stored records are then
 * derived again at start-up, like after a change of the checks (CHECK_CATALOG_VERSION).
 */
export const SUMMARY_FACTS_VERSION = 1;

/**
 * What a report's stored derived data — its 错误/警告 counts, its list record and its 汇总 record —
 * was computed with. Stored beside them (StoredReport.checkedWith); a record with another value
 * (or none: written before it was recorded) is stale and derived again (storage/derived-refresh.ts).
 */
export const CHECKED_WITH = `${CHECK_CATALOG_VERSION}/${SUMMARY_FACTS_VERSION}`;

/** The parts of a checked report a 汇总 sums, lists and charts. */
export type SummaryNumbers = Pick<Report, 'id' | 'meta' | 'proactive' | 'applications' | 'appeals'>;

export type SummaryFacts = {
  numbers: SummaryNumbers;
  /** failed hard checks other than 报告信息 (they do not depend on the day) */
  errorsApartFromMeta: number;
};

export function summaryFacts(draft: ReportDraft): SummaryFacts {
  const report = draftToReport(draft);
  const { id, meta, proactive, applications, appeals } = report;
  return {
    numbers: { id, meta, proactive, applications, appeals },
    errorsApartFromMeta: failedErrors(hardRuleResults(draft, report, { skipMeta: true })),
  };
}

/** hardErrorCount(draft, today) of the draft the facts were taken from. */
export function summaryErrorCount(facts: SummaryFacts, today: Date): number {
  return facts.errorsApartFromMeta + failedErrors(metaChecks({ draft: { meta: facts.numbers.meta }, today }));
}
