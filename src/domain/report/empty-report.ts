import {
  APPEAL_GROUPS,
  APPEAL_INPUT_FIELDS,
  APPLICANT_INPUT_COLUMNS,
  APPLICATION_INPUT_ROWS,
  OTHER_MATTERS_KEYS,
  OVERVIEW_KEYS,
  PROBLEMS_KEYS,
  type ReportKind,
} from './keys';
import { defaultTitle } from './labels';
import type { ReportDraft } from './report-schema';

const blanks = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, ''])) as Record<K, string>;

export type NewReportInput = { id: string; agencyName: string; year: number | null; reportKind: ReportKind };

/** A new draft: every number cell blank (blank is not zero), every narrative empty. */
export function emptyDraft({ id, agencyName, year, reportKind }: NewReportInput): ReportDraft {
  return {
    id,
    meta: {
      agencyName,
      year,
      reportKind,
      title: agencyName ? defaultTitle(agencyName, year) : '',
      preamble: '',
      website: '',
      contactAddress: '',
      contactPhone: '',
      publishDate: '',
    },
    overview: blanks(OVERVIEW_KEYS),
    proactive: {
      regulations: { issued: '', repealed: '', inForce: '' },
      normativeDocuments: { issued: '', repealed: '', inForce: '' },
      licensing: { decisions: '' },
      punishment: { decisions: '' },
      enforcement: { decisions: '' },
      fees: { amount: '' },
    },
    applications: Object.fromEntries(
      APPLICATION_INPUT_ROWS.map((r) => [r, blanks(APPLICANT_INPUT_COLUMNS)]),
    ) as ReportDraft['applications'],
    appeals: Object.fromEntries(
      APPEAL_GROUPS.map((g) => [g, blanks(APPEAL_INPUT_FIELDS)]),
    ) as ReportDraft['appeals'],
    problems: blanks(PROBLEMS_KEYS),
    otherMatters: blanks(OTHER_MATTERS_KEYS),
    explanations: {},
  };
}
