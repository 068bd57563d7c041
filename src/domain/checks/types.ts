// The result type of the checks engine (SPEC §6). Every rule — arithmetic or text — returns
// CheckResult, so the checks panel, the per-cell flags, the wizard step badges and the JSON
// export all read one shape.
import type { OtherMattersKey } from '../report/keys';
import type { PartKey } from '../report/labels';
import type { Report, ReportDraft } from '../report/report-schema';
import type { CellScan } from './cell-scan';
import type { EvalEnv } from './expr';

export type Severity = 'error' | 'warning' | 'info';

/**
 * - `failed`: the check found a problem;
 * - `passed`: nothing to report;
 * - `pending`: an input is still blank, so the check cannot be decided yet (「待填」);
 * - `accepted`: a failing warning that carries a 说明 whose fingerprint still matches.
 */
export type CheckStatus = 'failed' | 'passed' | 'pending' | 'accepted';

/** Where the clerk fixes the result: a part of the report, or 「报告信息」. */
export type CheckPart = PartKey | 'meta';

export type CheckResult = {
  id: string;
  severity: Severity;
  status: CheckStatus;
  /** Chinese; a failed result names the cells/labels and the numbers involved. */
  message: string;
  /** data-cell ids (cellId()) the result points at, for highlighting and jump-to-cell */
  cells: string[];
  /** narrative ids (narrativeId(), e.g. 'otherMatters.statisticsNotes'); `meta.<key>` for 报告信息 */
  fields: string[];
  part: CheckPart;
  /** the 说明 saved for this check id, if any (also on a re-opened warning, to show the old text) */
  explanation?: string;
  /** stable text of the inputs behind the result: an accepted warning re-opens when it changes */
  fingerprint: string;
  /** what would fix it, when the engine can tell (e.g. the balancing value) */
  hint?: string;
};

export type CheckSettings = {
  /** 六、其他需要报告的事项 sub-items that must not be empty; provinces differ (SPEC §2) */
  requiredOtherMatters?: readonly OtherMattersKey[];
};

export type CheckInput = {
  draft: ReportDraft;
  /** draftToReport(draft), when the caller has it already (the editor converts once per keystroke) */
  report?: Report;
  /** the same agency's previous-year report, when it is in the app */
  previous?: Report | null;
  settings?: CheckSettings;
  /** the clerk's today: range of 报告年度 and the days to the due date */
  today: Date;
  /** check id → fingerprint recorded when its warning was accepted */
  accepted?: Record<string, string>;
};

export type CheckCounts = {
  /** failed errors */
  errors: number;
  /** failed warnings that are not accepted */
  warnings: number;
  /** results still waiting for input */
  pending: number;
  /** failed informational results (e.g. the due date has passed) */
  info: number;
};

export type CheckRun = {
  catalogVersion: string;
  results: CheckResult[];
  counts: CheckCounts;
};

/** What every rule sees: computed once per run. */
export type RuleContext = {
  draft: ReportDraft;
  /** draftToReport(draft): invalid or blank text is null */
  report: Report;
  previous: Report | null;
  /** blank and unreadable input cells, by table */
  scan: CellScan;
  /** { current: report, previous } for the expression evaluator */
  env: EvalEnv;
  requiredOtherMatters: readonly OtherMattersKey[];
  today: Date;
};
