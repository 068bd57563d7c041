// What a report's checks depend on besides its draft, and the one way to run them with it: the
// editor's draft store (ui/editor/draft-store.ts) and the start-up refresh of stored counts
// (storage/derived-refresh.ts) both call checksInContext, so a count the reports list shows is the
// count the editor would show for the same report, settings and previous year.
import type { OtherMattersKey } from '../report/keys';
import type { Report, ReportDraft } from '../report/report-schema';
import { runChecks } from './run-checks';
import type { CheckRun } from './types';

export type CheckContext = {
  /** the same agency's previous-year report, converted (draftToReport), or null */
  previous: Report | null;
  /** 「设置」: the sub-items of part 六 that must be filled */
  requiredOtherMatters: readonly OtherMattersKey[];
  /** check id → fingerprint recorded when its warning was accepted (StoredReport.acceptedFingerprints) */
  accepted: Record<string, string>;
};

export function checksInContext(
  draft: ReportDraft,
  report: Report,
  ctx: CheckContext,
  today: Date,
): CheckRun {
  return runChecks({
    draft,
    report,
    previous: ctx.previous,
    settings: { requiredOtherMatters: ctx.requiredOtherMatters },
    today,
    accepted: ctx.accepted,
  });
}
