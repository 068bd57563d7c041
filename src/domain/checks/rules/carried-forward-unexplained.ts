// `carried-forward-unexplained` (SPEC §6): applications still open on 31 December
// (「四、结转下年度继续办理」 > 0) should be explained under 「（五）数据统计需要说明的事项」.
// A bare 「无」 there explains nothing, so it counts as empty for this check. Many reports state the
// carry-over where they tell the year's applications instead — the preamble or 「一、总体情况」
// (「1件结转下年度继续办理」「结转至2026年6件」): the text is there, so the check does not fire
// (issue 18: a warning on published reports whose numbers agree). Whether the stated count agrees
// with the table is narrative-number's carriedForward.
import { cellId } from '../../report/cell-address';
import { OVERVIEW_KEYS } from '../../report/keys';
import { APPLICATION_ROW_LABELS, OTHER_MATTERS_LABELS, PART_TITLES } from '../../report/labels';
import type { ReportDraft } from '../../report/report-schema';
import { evaluate } from '../expr';
import { appCell, rowExpr } from '../matrix-exprs';
import {
  CARRY_FORWARD_STATED,
  CARRY_FORWARD_WORDS,
  otherMattersMentioning,
  wordsOf,
} from '../other-matters-topics';
import { makeResult } from '../result';
import type { CheckResult, RuleContext } from '../types';

const ID = 'carried-forward-unexplained';
const FORWARD = rowExpr('carriedForward', 'total');
const FIELD = 'otherMatters.statisticsNotes';
const NOTHING = /^[\s无。.．]*$/u;
/** Where else the report states its carry-over: the preamble or a sub-item of part 一. */
function statedElsewhere(draft: ReportDraft): string | null {
  if (CARRY_FORWARD_STATED.test(wordsOf(draft.meta.preamble))) return '报告开头';
  return OVERVIEW_KEYS.some((k) => CARRY_FORWARD_STATED.test(wordsOf(draft.overview[k])))
    ? `「${PART_TITLES.overview}」`
    : null;
}

export function carriedForwardUnexplainedChecks(ctx: RuleContext): CheckResult[] {
  const forward = evaluate(FORWARD, ctx.env);
  const notes = ctx.draft.otherMatters.statisticsNotes;
  // Explained in 「（五）」, or elsewhere in part 六 when it is written as one paragraph (issue 18).
  const inPartSix =
    !NOTHING.test(notes) ||
    otherMattersMentioning(ctx.draft, 'statisticsNotes', CARRY_FORWARD_WORDS) !== null;
  const elsewhere = inPartSix ? null : statedElsewhere(ctx.draft);
  const explained = inPartSix || elsewhere !== null;
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
        elsewhere && forward !== 0
          ? `结转下年度${forward}件，已在${elsewhere}中说明`
          : `结转下年度${forward}件，无需说明或已说明`,
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
