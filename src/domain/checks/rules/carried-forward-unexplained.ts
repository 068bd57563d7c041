// `carried-forward-unexplained` (SPEC §6): applications still open on 31 December
// (「四、结转下年度继续办理」 > 0) should be explained under 「（五）数据统计需要说明的事项」.
// A bare 「无」 there explains nothing, so it counts as empty for this check.
import { cellId } from '../../report/cell-address';
import { APPLICATION_ROW_LABELS, OTHER_MATTERS_LABELS } from '../../report/labels';
import { evaluate } from '../expr';
import { appCell, rowExpr } from '../matrix-exprs';
import { CARRY_FORWARD_WORDS, otherMattersMentioning } from '../other-matters-topics';
import { makeResult } from '../result';
import type { CheckResult, RuleContext } from '../types';

const ID = 'carried-forward-unexplained';
const FORWARD = rowExpr('carriedForward', 'total');
const FIELD = 'otherMatters.statisticsNotes';
const NOTHING = /^[\s无。.．]*$/u;

export function carriedForwardUnexplainedChecks(ctx: RuleContext): CheckResult[] {
  const forward = evaluate(FORWARD, ctx.env);
  const notes = ctx.draft.otherMatters.statisticsNotes;
  // Explained in 「（五）」, or elsewhere in part 六 when it is written as one paragraph (issue 18).
  const explained =
    !NOTHING.test(notes) ||
    otherMattersMentioning(ctx.draft, 'statisticsNotes', CARRY_FORWARD_WORDS) !== null;
  const details = {
    part: 'otherMatters' as const,
    cells: [cellId(appCell('carriedForward', 'total'))],
    fields: [FIELD],
    fingerprint: `${forward ?? ''}|${explained}`,
  };
  if (forward === null)
    return [
      makeResult(
        'carried-forward-unexplained',
        ID,
        'pending',
        `「${APPLICATION_ROW_LABELS.carriedForward}」待填`,
        details,
      ),
    ];
  if (forward === 0 || explained)
    return [
      makeResult(
        'carried-forward-unexplained',
        ID,
        'passed',
        `结转下年度${forward}件，无需说明或已说明`,
        details,
      ),
    ];
  return [
    makeResult(
      'carried-forward-unexplained',
      ID,
      'failed',
      `「${APPLICATION_ROW_LABELS.carriedForward}」总计为${forward}，但「${OTHER_MATTERS_LABELS.statisticsNotes}」未作说明`,
      { ...details, hint: '请说明结转的申请为何未能在年内办结（如延期答复、征求第三方意见等）' },
    ),
  ];
}
