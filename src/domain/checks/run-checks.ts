// Runs every rule of the catalogue over a draft (SPEC §6) and folds in the 说明 written for
// accepted warnings. Called on every keystroke: the draft is converted once, the cells are scanned
// once, rule data and regular expressions are built at module load, narrative work is memoised.
import { draftToReport } from '../report/draft-convert';
import { CHECK_CATALOG_VERSION } from './catalog';
import { scanCells } from './cell-scan';
import { balanceChecks } from './rules/balance';
import { carriedForwardUnexplainedChecks } from './rules/carried-forward-unexplained';
import { carryOverChecks } from './rules/carry-over';
import { contactFormatChecks } from './rules/contact-format';
import { deadlineChecks } from './rules/deadline';
import { feeUnexplainedChecks } from './rules/fee-unexplained';
import { inForceChecks } from './rules/in-force';
import { metaChecks } from './rules/meta';
import { DEFAULT_REQUIRED_OTHER_MATTERS, narrativeEmptyChecks } from './rules/narrative-empty';
import { narrativeNumberChecks } from './rules/narrative-number';
import { numberFormatChecks } from './rules/number-format';
import { requiredChecks } from './rules/required';
import { similarToLastYearChecks } from './rules/similar-to-last-year';
import type { CheckCounts, CheckInput, CheckResult, CheckRun, RuleContext } from './types';

/** In catalogue order: errors first, then warnings, then the informational due date. */
const RULES: readonly ((ctx: RuleContext) => CheckResult[])[] = [
  metaChecks,
  requiredChecks,
  numberFormatChecks,
  balanceChecks,
  carryOverChecks,
  inForceChecks,
  contactFormatChecks,
  narrativeEmptyChecks,
  narrativeNumberChecks,
  similarToLastYearChecks,
  carriedForwardUnexplainedChecks,
  feeUnexplainedChecks,
  deadlineChecks,
];

export function runChecks(input: CheckInput): CheckRun {
  const { draft } = input;
  const report = input.report ?? draftToReport(draft);
  const previous = input.previous ?? null;
  const ctx: RuleContext = {
    draft,
    report,
    previous,
    env: { current: report, previous },
    scan: scanCells(draft),
    requiredOtherMatters: [
      ...new Set(input.settings?.requiredOtherMatters ?? DEFAULT_REQUIRED_OTHER_MATTERS),
    ],
    today: input.today,
  };
  const accepted = input.accepted ?? {};
  const results: CheckResult[] = [];
  const counts: CheckCounts = { errors: 0, warnings: 0, pending: 0, info: 0 };
  for (const rule of RULES) {
    for (const r of rule(ctx)) {
      applyExplanation(r, draft.explanations, accepted);
      if (r.status === 'pending') counts.pending++;
      else if (r.status === 'failed') {
        if (r.severity === 'error') counts.errors++;
        else if (r.severity === 'warning') counts.warnings++;
        else counts.info++;
      }
      results.push(r);
    }
  }
  return { catalogVersion: CHECK_CATALOG_VERSION, results, counts };
}

/**
 * Attaches the saved 说明 and decides acceptance: a failing warning with a 说明 is accepted only
 * while the fingerprint recorded at acceptance equals the current one — when the numbers behind
 * it change, it is failed again (the old 说明 stays attached so the UI can show it).
 * Errors cannot be accepted: they must be fixed before submission (SPEC §6).
 */
function applyExplanation(
  r: CheckResult,
  explanations: Record<string, string>,
  accepted: Record<string, string>,
): void {
  const text = Object.hasOwn(explanations, r.id) ? explanations[r.id] : undefined;
  if (text === undefined || text.trim() === '') return;
  r.explanation = text;
  if (
    r.severity === 'warning' &&
    r.status === 'failed' &&
    Object.hasOwn(accepted, r.id) &&
    accepted[r.id] === r.fingerprint
  )
    r.status = 'accepted';
}
