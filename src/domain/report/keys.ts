// Canonical keys of every number and narrative in the report (SPEC §1–5).
// Order matters: it is the order of the national format, used by tables, print and import.

export const APPLICANT_INPUT_COLUMNS = [
  'natural',
  'business',
  'research',
  'publicInterest',
  'legal',
  'otherOrg',
] as const;
export type ApplicantInputColumn = (typeof APPLICANT_INPUT_COLUMNS)[number];
export const APPLICANT_COLUMNS = [...APPLICANT_INPUT_COLUMNS, 'total'] as const;
export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number];

/** The 21 rows of 「三、本年度办理结果」 summed into 「（七）总计」. */
export const RESULT_ROWS = [
  'granted',
  'partiallyGranted',
  'withheldStateSecret',
  'withheldOtherLaw',
  'withheldSafetyStability',
  'withheldThirdParty',
  'withheldInternalAffairs',
  'withheldProcessInfo',
  'withheldEnforcementFile',
  'withheldQueryMatter',
  'unavailableNotHeld',
  'unavailableNeedsCreation',
  'unavailableUnclear',
  'notProcessedComplaint',
  'notProcessedDuplicate',
  'notProcessedPublication',
  'notProcessedMassRepeated',
  'notProcessedConfirmation',
  'otherNoCorrection',
  'otherUnpaidFee',
  'otherOther',
] as const;
export type ResultRow = (typeof RESULT_ROWS)[number];

export const APPLICATION_INPUT_ROWS = [
  'newReceived',
  'carriedOver',
  ...RESULT_ROWS,
  'carriedForward',
] as const;
export type ApplicationInputRow = (typeof APPLICATION_INPUT_ROWS)[number];
export const APPLICATION_ROWS = [
  'newReceived',
  'carriedOver',
  ...RESULT_ROWS,
  'totalHandled',
  'carriedForward',
] as const;
export type ApplicationRow = (typeof APPLICATION_ROWS)[number];

export const APPEAL_GROUPS = [
  'reconsideration',
  'litigationDirect',
  'litigationAfterReconsideration',
] as const;
export type AppealGroup = (typeof APPEAL_GROUPS)[number];
export const APPEAL_INPUT_FIELDS = ['upheld', 'corrected', 'other', 'pending'] as const;
export type AppealInputField = (typeof APPEAL_INPUT_FIELDS)[number];
export const APPEAL_FIELDS = [...APPEAL_INPUT_FIELDS, 'total'] as const;
export type AppealField = (typeof APPEAL_FIELDS)[number];

export const DOCUMENT_ROWS = ['regulations', 'normativeDocuments'] as const;
export type DocumentRow = (typeof DOCUMENT_ROWS)[number];
export const DOCUMENT_FIELDS = ['issued', 'repealed', 'inForce'] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];
export const DECISION_ROWS = ['licensing', 'punishment', 'enforcement'] as const;
export type DecisionRow = (typeof DECISION_ROWS)[number];
export const PROACTIVE_ROWS = [...DOCUMENT_ROWS, ...DECISION_ROWS, 'fees'] as const;
export type ProactiveRow = (typeof PROACTIVE_ROWS)[number];
export const PROACTIVE_FIELDS = [...DOCUMENT_FIELDS, 'decisions', 'amount'] as const;
export type ProactiveField = (typeof PROACTIVE_FIELDS)[number];
/** The cells of part 二: the fields each row has, in table order. */
export const PROACTIVE_ROW_FIELDS: { readonly [R in ProactiveRow]: readonly ProactiveField[] } = {
  regulations: DOCUMENT_FIELDS,
  normativeDocuments: DOCUMENT_FIELDS,
  licensing: ['decisions'],
  punishment: ['decisions'],
  enforcement: ['decisions'],
  fees: ['amount'],
};

export const OVERVIEW_KEYS = [
  'intro',
  'proactive',
  'onRequest',
  'management',
  'platforms',
  'oversight',
] as const;
export type OverviewKey = (typeof OVERVIEW_KEYS)[number];
export const PROBLEMS_KEYS = ['problems', 'improvements'] as const;
export type ProblemsKey = (typeof PROBLEMS_KEYS)[number];
export const OTHER_MATTERS_KEYS = [
  'processingFees',
  'workPlan',
  'proposals',
  'innovation',
  'statisticsNotes',
  'otherItems',
  'specialRequirements',
] as const;
export type OtherMattersKey = (typeof OTHER_MATTERS_KEYS)[number];

export const NARRATIVE_PARTS = ['overview', 'problems', 'otherMatters'] as const;
export type NarrativePart = (typeof NARRATIVE_PARTS)[number];

export const REPORT_KINDS = ['department', 'government'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REVIEW_STATUSES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
