// Who does what with a report on this computer (issue 15). A 政务公开办 runs review between two
// computers: the unit's clerk fills the report (填报) and hands it over as a file; the supervisor
// receives it (审核), comments, and sends a file back. 「设置」 says what this browser is used for
// (填报, 审核, or both); each report remembers whether it is this computer's own or received.
// - own report: 提交审核 while 草稿 or 已退回; 撤回提交 while 待审核 (nothing came back yet);
//   never 退回 / 审定 — a clerk does not approve their own report.
// - received report: 退回 / 审定 while 待审核, 撤销审定 once 已审定; never edited here — the
//   reviewer comments, the unit changes the report.
import type { ReviewStatus } from '../report/keys';
import type { ReviewAction } from './workflow';

export const REPORT_ORIGINS = ['own', 'received'] as const;
export type ReportOrigin = (typeof REPORT_ORIGINS)[number];

/** 「设置」: what this browser is used for; at least one is true. */
export type BrowserUse = { fill: boolean; review: boolean };
/** Both, so that an installation from before this setting keeps every button it had. */
export const DEFAULT_BROWSER_USE: BrowserUse = { fill: true, review: true };

/**
 * A report's origin here. Reports stored before origins were recorded have none: on a browser
 * used only for 审核 they are the units' reports it received, otherwise its own.
 */
export function originOf(origin: ReportOrigin | undefined, use: BrowserUse): ReportOrigin {
  return origin ?? (use.review && !use.fill ? 'received' : 'own');
}

/**
 * The origin of a report that arrives in a file and is new here: a browser used for one thing
 * takes it as that; used for both, a 待审核 file is one a unit sent for review.
 */
export function importedOrigin(status: ReviewStatus, use: BrowserUse): ReportOrigin {
  if (use.review !== use.fill) return use.review ? 'received' : 'own';
  return status === 'submitted' ? 'received' : 'own';
}

const ACTIONS: Record<ReportOrigin, Record<ReviewStatus, readonly ReviewAction[]>> = {
  own: { draft: ['submit'], returned: ['submit'], submitted: ['withdraw'], approved: [] },
  received: { draft: [], returned: [], submitted: ['return', 'approve'], approved: ['unapprove'] },
};

/** The review steps offered on a report of this origin and status, in the order shown. */
export function reviewActions(origin: ReportOrigin, status: ReviewStatus): readonly ReviewAction[] {
  return ACTIONS[origin][status];
}

/**
 * Whether the report's content (numbers, texts, 说明) is read-only here: 已审定 everywhere; 待审核
 * on the clerk's side (it has been handed over); always on the reviewer's side. Comments are not
 * content: the reviewer writes them on a read-only report.
 */
export function isContentLocked(origin: ReportOrigin, status: ReviewStatus): boolean {
  return origin === 'received' || status === 'approved' || status === 'submitted';
}
