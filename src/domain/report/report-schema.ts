// The report in zod, per SPEC §1–5. Two shapes:
// - ReportDraft: what is stored while a clerk edits. Number cells keep the raw text typed
//   (「12a」, 「」, 「１２」) so nothing the clerk typed is lost; checks report what is wrong.
// - Report: the checked report of the interchange format: every number cell is number | null,
//   derived cells included (recomputed on import, never trusted).
import '../zod-setup';
import { z } from 'zod';
import { isExactFee } from '../numbers/parse-fee';
import {
  APPEAL_GROUPS,
  APPEAL_INPUT_FIELDS,
  APPLICANT_COLUMNS,
  APPLICANT_INPUT_COLUMNS,
  APPLICATION_INPUT_ROWS,
  APPLICATION_ROWS,
  DOCUMENT_FIELDS,
  OTHER_MATTERS_KEYS,
  OVERVIEW_KEYS,
  PROBLEMS_KEYS,
  REPORT_KINDS,
} from './keys';
import { MAX_YEAR, MIN_YEAR } from './year-range';

/** A strict object with the same schema under every key (extra keys are rejected). */
export function keyed<K extends string, S extends z.ZodType>(keys: readonly K[], schema: S) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, schema])) as Record<K, S>);
}

export { MAX_YEAR, MIN_YEAR } from './year-range';
/** Long enough for any real narrative (the longest published ones are a few thousand characters). */
export const MAX_TEXT = 100_000;
export const MAX_CELL_TEXT = 64;

const text = z.string().max(MAX_TEXT, { error: `文字过长（超过${MAX_TEXT}字）` });
const shortText = z.string().max(2000, { error: '文字过长' });
const isoDate = z.union([z.literal(''), z.iso.date({ error: '日期格式应为 YYYY-MM-DD' })]);
export const reportIdSchema = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/, { error: '报告编号只能包含字母、数字、-、_' });

export const metaSchema = z.strictObject({
  agencyName: z.string().max(200),
  year: z.int().min(MIN_YEAR).max(MAX_YEAR).nullable(),
  reportKind: z.enum(REPORT_KINDS),
  title: shortText,
  preamble: text,
  website: shortText,
  contactAddress: shortText,
  contactPhone: shortText,
  publishDate: isoDate,
});
export type ReportMeta = z.infer<typeof metaSchema>;

export const overviewSchema = keyed(OVERVIEW_KEYS, text);
export const problemsSchema = keyed(PROBLEMS_KEYS, text);
export const otherMattersSchema = keyed(OTHER_MATTERS_KEYS, text);
export type Overview = z.infer<typeof overviewSchema>;
export type Problems = z.infer<typeof problemsSchema>;
export type OtherMatters = z.infer<typeof otherMattersSchema>;

/** 说明 written for accepted warnings, by check id. */
export const explanationsSchema = z
  .record(z.string().max(200), z.string().max(MAX_TEXT))
  .refine((r) => Object.keys(r).length <= 500, { error: '说明过多' });

// ---- stored draft ----------------------------------------------------------------------
const rawCell = z.string().max(MAX_CELL_TEXT, { error: '单元格内容过长' });
const documentCells = keyed(DOCUMENT_FIELDS, rawCell);
const decisionCell = z.strictObject({ decisions: rawCell });
export const draftProactiveSchema = z.strictObject({
  regulations: documentCells,
  normativeDocuments: documentCells,
  licensing: decisionCell,
  punishment: decisionCell,
  enforcement: decisionCell,
  fees: z.strictObject({ amount: rawCell }),
});
export const draftApplicationsSchema = keyed(APPLICATION_INPUT_ROWS, keyed(APPLICANT_INPUT_COLUMNS, rawCell));
export const draftAppealsSchema = keyed(APPEAL_GROUPS, keyed(APPEAL_INPUT_FIELDS, rawCell));

export const reportDraftSchema = z.strictObject({
  id: reportIdSchema,
  meta: metaSchema,
  overview: overviewSchema,
  proactive: draftProactiveSchema,
  applications: draftApplicationsSchema,
  appeals: draftAppealsSchema,
  problems: problemsSchema,
  otherMatters: otherMattersSchema,
  explanations: explanationsSchema,
});
export type ReportDraft = z.infer<typeof reportDraftSchema>;
export type DraftProactive = ReportDraft['proactive'];
export type DraftApplications = ReportDraft['applications'];
export type DraftAppeals = ReportDraft['appeals'];

// ---- checked report (interchange) -------------------------------------------------------
/** Largest input count; totals may reach 126× this (「（七）总计」 of the 总计 column), still far below 2^53. */
export const MAX_COUNT = 1e12;
export const MAX_DERIVED_COUNT = 1e15;
const count = z
  .number({ error: '应为数字或 null' })
  .int({ error: '应为非负整数' })
  .min(0, { error: '不能为负数' })
  .max(MAX_COUNT, { error: '数值过大' })
  .nullable();
const derivedCount = z
  .number({ error: '应为数字或 null' })
  .int({ error: '应为非负整数' })
  .min(0, { error: '不能为负数' })
  .max(MAX_DERIVED_COUNT, { error: '数值过大' })
  .nullable();
const fee = z
  .number({ error: '应为数字或 null' })
  .min(0, { error: '不能为负数' })
  .refine(isExactFee, { error: '收费金额最多保留6位小数' })
  .nullable();

export const proactiveSchema = z.strictObject({
  regulations: keyed(DOCUMENT_FIELDS, count),
  normativeDocuments: keyed(DOCUMENT_FIELDS, count),
  licensing: z.strictObject({ decisions: count }),
  punishment: z.strictObject({ decisions: count }),
  enforcement: z.strictObject({ decisions: count }),
  fees: z.strictObject({ amount: fee }),
});
const applicationRow = z.strictObject({
  ...Object.fromEntries(APPLICANT_INPUT_COLUMNS.map((c) => [c, count])),
  total: derivedCount,
} as Record<(typeof APPLICANT_INPUT_COLUMNS)[number], typeof count> & { total: typeof derivedCount });
export const applicationsSchema = z.strictObject({
  ...Object.fromEntries(APPLICATION_ROWS.map((r) => [r, applicationRow])),
  totalHandled: keyed(APPLICANT_COLUMNS, derivedCount),
} as Record<(typeof APPLICATION_ROWS)[number], typeof applicationRow>);
const appealGroup = z.strictObject({
  ...Object.fromEntries(APPEAL_INPUT_FIELDS.map((f) => [f, count])),
  total: derivedCount,
} as Record<(typeof APPEAL_INPUT_FIELDS)[number], typeof count> & { total: typeof derivedCount });
export const appealsSchema = keyed(APPEAL_GROUPS, appealGroup);
export type Proactive = z.infer<typeof proactiveSchema>;
export type Applications = z.infer<typeof applicationsSchema>;
export type Appeals = z.infer<typeof appealsSchema>;

export const reportSchema = z.strictObject({
  id: reportIdSchema,
  meta: metaSchema,
  overview: overviewSchema,
  proactive: proactiveSchema,
  applications: applicationsSchema,
  appeals: appealsSchema,
  problems: problemsSchema,
  otherMatters: otherMattersSchema,
  explanations: explanationsSchema,
});
export type Report = z.infer<typeof reportSchema>;
