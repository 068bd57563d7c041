// 「批量审核」 (nianbao issue 9): many published reports read at once, each with the findings of its
// import (SPEC §11) and every check of SPEC §6, cross-year checks included between reports of the
// same organ in the set. These are the shapes the audit table, the read-only view and the CSV read.
import type { CheckRun, Severity } from '../checks/types';
import type { OrganMatch } from '../report/organ-variants';
import type { ReportDraft } from '../report/report-schema';
import type { ImportFormat, ImportSummary } from '../text-import/import-summary';

/** What an auditor sorts problems by; `note` is information, not a problem. */
export const AUDIT_KINDS = [
  'total-mismatch',
  'balance',
  'continuity',
  'narrative-number',
  'missing-part',
  'similar',
  'unread',
  'other',
  'note',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];
export type ProblemKind = Exclude<AuditKind, 'note'>;
export const PROBLEM_KINDS: readonly ProblemKind[] = AUDIT_KINDS.filter(
  (k): k is ProblemKind => k !== 'note',
);

/** Column headers of the audit table and the CSV. */
export const AUDIT_KIND_LABELS: Readonly<Record<AuditKind, string>> = {
  'total-mismatch': '原文合计不符',
  balance: '勾稽关系',
  continuity: '衔接（上年结转、现行有效）',
  'narrative-number': '文字与表格',
  'missing-part': '缺少部分',
  similar: '内容雷同',
  unread: '未读取',
  other: '其他',
  note: '说明',
};

export type AuditFinding = {
  kind: AuditKind;
  severity: Severity;
  /** the check id (e.g. `balance:natural`), or `import:<what>` for a finding of the import */
  id: string;
  /** zh-CN, naming the cells, labels and numbers */
  message: string;
  /** cellId of every cell the finding points at */
  cells: string[];
  /** narrativeId of every narrative sub-item it points at */
  fields: string[];
  /** the sentence of the narrative it is about, as written */
  quote?: string;
};

export type AuditRow = {
  id: string;
  /** the file name, or 「第N篇」 for pasted text */
  source: string;
  agencyName: string;
  year: number | null;
  format: ImportFormat;
  /** input cells holding a number / all input cells of the format (SPEC §3–5: 166) */
  cellsRead: number;
  cellsTotal: number;
  counts: Readonly<Record<ProblemKind, number>>;
  problems: number;
  /** the report of the same organ for year − 1 in this set, compared with */
  previousId: string | null;
  /** why that report was linked when its organ's name differs (a variant), else null */
  previousVariant: string | null;
  /** why that report was linked under the organ's former name (organ-renamed.ts), else null */
  previousRenamed: string | null;
};

export type AuditItem = { id: string; source: string; draft: ReportDraft; summary: ImportSummary };

export type AuditedReport = AuditItem & {
  run: CheckRun;
  previousId: string | null;
  /** how the previous year was linked (same name, a variant or a former name with its reason), or null */
  previousLink: { previousId: string; match: OrganMatch } | null;
  findings: AuditFinding[];
  row: AuditRow;
};
