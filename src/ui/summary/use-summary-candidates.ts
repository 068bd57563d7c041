// Every live report (own drafts and 参考 reports, not those in 回收站) as a 汇总 candidate: its
// checked numbers and its hard-check errors computed here (hard-checks.ts says why the stored
// count is not used). The costly part is cached per report write (revision and write identity:
// every content write bumps the one and renews the other, and a restored report may repeat a
// revision), so a change to one report re-checks only that one.
import { useMemo, useRef } from 'react';
import type { Report } from '../../domain/report/report-schema';
import { hardCheckedReport } from '../../domain/summary/hard-checks';
import type { SummaryCandidate } from '../../domain/summary/select-members';
import type { StoredReport } from '../../storage/stored-report';

export type Candidate = SummaryCandidate & {
  report: Report;
  /** the stored count of the last full check run (warnings need last year's report, so not recomputed here) */
  warningCount: number;
};

type Checked = { revision: number; writeId: string | undefined; report: Report; errorCount: number };

export function useSummaryCandidates(
  stored: readonly StoredReport[] | undefined,
  today: Date,
): Candidate[] | undefined {
  const cache = useRef(new Map<string, Checked>());
  return useMemo(() => {
    if (stored === undefined) return undefined;
    const next = new Map<string, Checked>();
    const out = stored.map((r): Candidate => {
      const hit = cache.current.get(r.id);
      const checked =
        hit && hit.revision === r.revision && hit.writeId === r.writeId
          ? hit
          : { revision: r.revision, writeId: r.writeId, ...hardCheckedReport(r.draft, today) };
      next.set(r.id, checked);
      return {
        id: r.id,
        agencyName: r.agencyName,
        year: r.year,
        kind: r.kind,
        status: r.status,
        errorCount: checked.errorCount,
        updatedAt: r.updatedAt,
        report: checked.report,
        warningCount: r.warningCount,
      };
    });
    cache.current = next;
    return out;
  }, [stored, today]);
}
