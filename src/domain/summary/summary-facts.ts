// What a 汇总 needs of one report, small enough to keep beside it in storage (issue 17 §3: opening
// the 汇总 of 1,000 units read and checked 1,000 whole drafts, ≈ 1 s). Written with every save
// (storage/report-sum-record.ts), so the 汇总 reads only these.
// The numbers are the checked report's tables (draftToReport: derived totals recomputed, bad text
// null). The hard-check errors (hard-checks.ts) are kept apart from the 报告信息 (meta) rule, the
// only one that depends on the day (a 报告年度 after the current year is an error): that one is
// recomputed on reading, so a count stored last December is still right in January.
import { metaChecks } from '../checks/rules/meta';
import { draftToReport } from '../report/draft-convert';
import type { Report, ReportDraft } from '../report/report-schema';
import { failedErrors, hardRuleResults } from './hard-checks';

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
