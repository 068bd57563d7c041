// Every live own report as a 汇总 candidate, from its summary record (storage/report-sum-record.ts):
// the checked numbers were stored with the report, so opening the 汇总 reads no draft and runs no
// check; only the 报告信息 rule, which depends on the day, is rerun (summary-facts.ts).
import { useMemo } from 'react';
import type { SummaryCandidate } from '../../domain/summary/select-members';
import { type SummaryNumbers, summaryErrorCount } from '../../domain/summary/summary-facts';
import type { ReportSumRecord } from '../../storage/report-sum-record';

export type Candidate = SummaryCandidate & {
  report: SummaryNumbers;
  /** the stored count of the last full check run (warnings need last year's report, so not recomputed here) */
  warningCount: number;
};

export function useSummaryCandidates(
  stored: readonly ReportSumRecord[] | undefined,
  today: Date,
): Candidate[] | undefined {
  return useMemo(
    () =>
      stored?.map(
        (r): Candidate => ({
          id: r.id,
          agencyName: r.agencyName,
          year: r.year,
          kind: r.kind,
          status: r.status,
          errorCount: summaryErrorCount(r, today),
          updatedAt: r.updatedAt,
          report: r.numbers,
          warningCount: r.warningCount,
        }),
      ),
    [stored, today],
  );
}
