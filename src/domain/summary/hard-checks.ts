// Whether a member may go into a 汇总 without the supervisor's say-so: it must pass its own hard
// checks (the error families of SPEC §6 — meta, required, number-format, balance). The stored
// 错误 count cannot be trusted for this: it is written only when the report is edited, so a report
// just imported from a file still says 0. runChecks would decide it but costs ~0.8 ms a report,
// almost all in the narrative and history rules; no error family reads the narratives or last
// year's report, so running the error rules alone gives the same errors for 1,000 reports at once.
import type { CheckFamily } from '../checks/catalog';
import { scanCells } from '../checks/cell-scan';
import { balanceChecks } from '../checks/rules/balance';
import { metaChecks } from '../checks/rules/meta';
import { numberFormatChecks } from '../checks/rules/number-format';
import { requiredChecks } from '../checks/rules/required';
import type { CheckResult, RuleContext } from '../checks/types';
import { draftToReport } from '../report/draft-convert';
import type { Report, ReportDraft } from '../report/report-schema';

const HARD_RULES: readonly [CheckFamily, (ctx: RuleContext) => CheckResult[]][] = [
  ['meta', metaChecks],
  ['required', requiredChecks],
  ['number-format', numberFormatChecks],
  ['balance', balanceChecks],
];

/** The families run here; the test holds them equal to the catalogue's error families. */
export const HARD_CHECK_FAMILIES: readonly CheckFamily[] = HARD_RULES.map(([family]) => family);

/** The results of the error rules, in catalogue order, as runChecks would give them. */
export function hardChecks(draft: ReportDraft, today: Date): CheckResult[] {
  return runHard(draft, draftToReport(draft), today);
}

/** How many hard checks fail: runChecks' `counts.errors` for the same draft and day. */
export function hardErrorCount(draft: ReportDraft, today: Date): number {
  return failedErrors(hardChecks(draft, today));
}

/** The checked report of a draft and its hard-check error count, converting the draft once. */
export function hardCheckedReport(draft: ReportDraft, today: Date): { report: Report; errorCount: number } {
  const report = draftToReport(draft);
  return { report, errorCount: failedErrors(runHard(draft, report, today)) };
}

function runHard(draft: ReportDraft, report: Report, today: Date): CheckResult[] {
  return hardRuleResults(draft, report, { today });
}

/** No rule but 报告信息 reads the day: the others are run with any (summary-facts.ts). */
const ANY_DAY = new Date(0);

/** The hard rules' results; `skipMeta` leaves out 报告信息, the one rule that depends on the day. */
export function hardRuleResults(
  draft: ReportDraft,
  report: Report,
  options: { today?: Date; skipMeta?: boolean },
): CheckResult[] {
  const today = options.today ?? ANY_DAY;
  const ctx: RuleContext = {
    draft,
    report,
    previous: null,
    env: { current: report, previous: null },
    scan: scanCells(draft),
    requiredOtherMatters: [],
    today,
  };
  return HARD_RULES.flatMap(([family, rule]) => (options.skipMeta && family === 'meta' ? [] : rule(ctx)));
}

export const failedErrors = (results: readonly CheckResult[]) =>
  results.filter((r) => r.status === 'failed' && r.severity === 'error').length;
