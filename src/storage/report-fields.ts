// Pure helpers that keep a StoredReport's denormalised fields and its draft in step.

import { emptyReview } from '../domain/report/empty-review';
import { defaultTitle } from '../domain/report/labels';
import type { ReportDraft } from '../domain/report/report-schema';
import type { Review } from '../domain/report/review-schema';
import type { ReportOrigin } from '../domain/review/roles';
import { CHECKED_WITH } from '../domain/summary/summary-facts';
import type { Counts, StoredReport, StoredReportKind } from './stored-report';
import { newWriteId } from './write-identity';

export const COPY_SUFFIX = '（副本）';

/** The list/index fields derived from the draft and the review (written on every save). */
export function denormalised(
  draft: ReportDraft,
  review: Review,
): Pick<StoredReport, 'agencyName' | 'year' | 'status'> {
  return { agencyName: draft.meta.agencyName, year: draft.meta.year, status: review.status };
}

/**
 * The draft with a new organ name. A title still equal to the default built from the old name
 * follows the new name; a title the clerk wrote differently is theirs and is left alone.
 */
export function renamedDraft(draft: ReportDraft, agencyName: string): ReportDraft {
  const { meta } = draft;
  const titleWasDefault = meta.title === defaultTitle(meta.agencyName, meta.year);
  return {
    ...draft,
    meta: { ...meta, agencyName, title: titleWasDefault ? defaultTitle(agencyName, meta.year) : meta.title },
  };
}

export type CreateOptions = {
  kind?: StoredReportKind;
  importSummary?: unknown | null;
  previousYearId?: string | null;
  review?: Review;
  /** the counts of the checks run now (with this code's catalog); absent = not counted, 0 and 0 until refreshed */
  counts?: Counts;
  /** the counts given are not those of this draft's checks: kept, and derived again at start */
  countsStale?: boolean;
  /** warnings accepted with a 说明 (an imported report keeps its sender's, see imported-checks.ts) */
  acceptedFingerprints?: Record<string, string>;
  /** a unit's report received for review; own when absent */
  origin?: ReportOrigin;
};

/** A report as first stored (revision 1): what 「新建报告」 and the importers write, and test seeds copy. */
export function newStoredRecord(draft: ReportDraft, opts: CreateOptions, nowIso: string): StoredReport {
  const review = opts.review ?? emptyReview();
  return {
    id: draft.id,
    revision: 1,
    writeId: newWriteId(),
    createdAt: nowIso,
    updatedAt: nowIso,
    deletedAt: null,
    kind: opts.kind ?? 'draft',
    draft,
    review,
    acceptedFingerprints: { ...opts.acceptedFingerprints },
    ...(opts.origin ? { origin: opts.origin } : {}),
    previousYearId: opts.previousYearId ?? null,
    importSummary: opts.importSummary ?? null,
    ...denormalised(draft, review),
    errorCount: opts.counts?.errorCount ?? 0,
    warningCount: opts.counts?.warningCount ?? 0,
    ...(opts.counts && !opts.countsStale ? { checkedWith: CHECKED_WITH } : {}),
  };
}
