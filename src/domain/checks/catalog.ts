// The catalogue of checks (SPEC §6): every family, its severity and how its ids are built.
// CHECK_CATALOG_VERSION is recorded with the results in every export, so a reader knows which
// rule set produced them; bump it whenever a rule, an id or a severity changes.
//
// Id scheme:
// - required:<table>, number-format:<table>  — one result per table (proactive | applications | appeals)
//   listing its cells, matching the per-table 「空白填0」 action;
// - balance:<column>                         — the six applicant columns and `total`;
// - meta (2021.7: also the title's year, the 前言's 统计期限 and the 发布日期 against the 报告年度);
// - carry-over:<column>                      — the six input columns (total follows from them);
// - in-force:<regulations|normativeDocuments>;
// - contact-format:<website|contactPhone> (2021.8): 网站 holding no web address, 联系电话 no phone number;
// - narrative-empty:<part.sub>, similar-to-last-year:<part.sub> (2021.3: a sub-item of 一 whose subject
//   is written in the 总述 or another sub-item passes, as part 六's already did);
// - narrative-number:<part.sub>:<metric>[:<n>] — one per count found in a narrative (2021.2 added the
//   metrics grantedAndPartial, granted, partiallyGranted: 「予以公开及部分公开N件」; 2021.5 the result groups
//   withheld, unavailable, notProcessed, otherHandling: 「无法提供2件」; 2021.6 applications: the applications
//   named with no verb, 「依申请公开95件」, against 一, 一＋二 or （七）总计); n (from 2)
//   numbers repeated statements of the same metric in the same sub-item. Keyed by field and
//   metric rather than by a running index so that a 说明 stays with its sentence when other
//   sentences are added;
// - carried-forward-unexplained (2021.4: passes when the preamble or part 一 states the carry-over),
//   fee-unexplained, deadline.
import { APPLICANT_COLUMNS, APPLICANT_INPUT_COLUMNS, DOCUMENT_ROWS, NARRATIVE_PARTS } from '../report/keys';
import { NARRATIVE_LABELS } from '../report/labels';
import type { Severity } from './types';

export const CHECK_CATALOG_VERSION = '2021.8';

export const CHECK_FAMILIES = [
  'meta',
  'required',
  'number-format',
  'balance',
  'carry-over',
  'in-force',
  'contact-format',
  'narrative-empty',
  'narrative-number',
  'similar-to-last-year',
  'carried-forward-unexplained',
  'fee-unexplained',
  'deadline',
] as const;
export type CheckFamily = (typeof CHECK_FAMILIES)[number];

export type CatalogEntry = {
  family: CheckFamily;
  severity: Severity;
  /** short Chinese name for the checks panel */
  title: string;
  /** only runs when the previous-year report is given */
  needsPrevious: boolean;
};

const entry = (family: CheckFamily, severity: Severity, title: string, needsPrevious = false) => ({
  family,
  severity,
  title,
  needsPrevious,
});

export const CHECK_CATALOG: Readonly<Record<CheckFamily, CatalogEntry>> = {
  meta: entry('meta', 'error', '报告信息'),
  required: entry('required', 'error', '必填'),
  'number-format': entry('number-format', 'error', '数字格式'),
  balance: entry('balance', 'error', '勾稽关系'),
  'carry-over': entry('carry-over', 'warning', '上年结转衔接', true),
  'in-force': entry('in-force', 'warning', '现行有效件数衔接', true),
  'contact-format': entry('contact-format', 'warning', '网站与电话格式'),
  'narrative-empty': entry('narrative-empty', 'warning', '内容未填写'),
  'narrative-number': entry('narrative-number', 'warning', '文字与表格数字'),
  'similar-to-last-year': entry('similar-to-last-year', 'warning', '内容雷同', true),
  'carried-forward-unexplained': entry('carried-forward-unexplained', 'warning', '结转未说明'),
  'fee-unexplained': entry('fee-unexplained', 'warning', '信息处理费未说明'),
  deadline: entry('deadline', 'info', '报送期限'),
};

export const SEVERITY_OF: Readonly<Record<CheckFamily, Severity>> = Object.fromEntries(
  CHECK_FAMILIES.map((f) => [f, CHECK_CATALOG[f].severity]),
) as Record<CheckFamily, Severity>;

/** The family of a check id (the text before the first 「:」), or null for an unknown id. */
export function familyOf(id: string): CheckFamily | null {
  const cut = id.indexOf(':');
  const family = cut === -1 ? id : id.slice(0, cut);
  return (CHECK_FAMILIES as readonly string[]).includes(family) ? (family as CheckFamily) : null;
}

const TABLES = ['proactive', 'applications', 'appeals'] as const;
const narrativeSubs = NARRATIVE_PARTS.flatMap((p) =>
  Object.keys(NARRATIVE_LABELS[p]).map((k) => `${p}.${k}`),
);

/** Every id a run can produce, except the per-sentence narrative-number ids. */
export const STATIC_CHECK_IDS: readonly string[] = [
  'meta',
  ...TABLES.map((t) => `required:${t}`),
  ...TABLES.map((t) => `number-format:${t}`),
  ...APPLICANT_COLUMNS.map((c) => `balance:${c}`),
  ...APPLICANT_INPUT_COLUMNS.map((c) => `carry-over:${c}`),
  ...DOCUMENT_ROWS.map((r) => `in-force:${r}`),
  'contact-format:website',
  'contact-format:contactPhone',
  // 总述 (overview.intro) is optional, so it is never checked for emptiness.
  ...narrativeSubs.filter((s) => s !== 'overview.intro').map((s) => `narrative-empty:${s}`),
  ...narrativeSubs.map((s) => `similar-to-last-year:${s}`),
  'carried-forward-unexplained',
  'fee-unexplained',
  'deadline',
];
