// Pure helpers that keep a StoredReport's denormalised fields and its draft in step.
import { defaultTitle } from '../domain/report/labels';
import type { ReportDraft } from '../domain/report/report-schema';
import type { Review } from '../domain/report/review-schema';
import type { StoredReport } from './stored-report';

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
