// Test support (unit and e2e): every 「」 label the Word export must print — the part titles and
// the labels of the three tables (SPEC §2–5), read from labels.ts and the table layouts.
import {
  APPEAL_FIELD_LABELS,
  APPEAL_GROUP_LABELS,
  APPLICANT_HEADER,
  APPLICANT_LABELS,
  APPLICATION_GROUP_LABELS,
  APPLICATION_ROW_LABELS,
  DECISIONS_LABEL,
  DOCUMENT_FIELD_LABELS,
  FEE_AMOUNT_LABEL,
  LITIGATION_HEADER,
  MATRIX_NOTE,
  ORGANIZATION_HEADER,
  PART_TITLES,
  PROACTIVE_CONTENT_HEADER,
  PROACTIVE_ROW_LABELS,
} from '../../../domain/report/labels';
import { PROACTIVE_SECTIONS } from '../../../domain/tables/proactive-table';

export const WORD_TABLE_LABELS: readonly string[] = [
  ...Object.values(PART_TITLES),
  ...Object.values(APPLICATION_ROW_LABELS),
  ...Object.values(APPLICATION_GROUP_LABELS),
  ...Object.values(APPLICANT_LABELS),
  APPLICANT_HEADER,
  ORGANIZATION_HEADER,
  ...Object.values(APPEAL_FIELD_LABELS),
  ...Object.values(APPEAL_GROUP_LABELS),
  LITIGATION_HEADER,
  ...Object.values(PROACTIVE_ROW_LABELS),
  ...Object.values(DOCUMENT_FIELD_LABELS),
  ...PROACTIVE_SECTIONS.map((s) => s.article),
  PROACTIVE_CONTENT_HEADER,
  DECISIONS_LABEL,
  FEE_AMOUNT_LABEL,
  MATRIX_NOTE,
];
