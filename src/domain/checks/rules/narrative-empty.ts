// `narrative-empty` (SPEC §6): the format says no part may be omitted, so a required narrative
// sub-item must say something — 「无」 is a valid answer. Required: the five sub-items of
// 一、总体情况 (its optional 总述 is not), both halves of 五, and the sub-items of 六 that the
// province requires (a setting; （一）信息处理费收取情况 by default).
import { narrativeId, narrativeLabel } from '../../report/cell-address';
import type { NarrativePart, OtherMattersKey, ProblemsKey } from '../../report/keys';
import { narrativeText, narrativeWhere } from '../narrative-fields';
import { OTHER_MATTERS_TOPICS, otherMattersMentioning } from '../other-matters-topics';
import { OVERVIEW_TOPICS, type OverviewSubKey, overviewMentioning } from '../overview-topics';
import { improvementsOnly, problemsMentioning } from '../problems-topics';
import { makeResult } from '../result';
import type { CheckResult, RuleContext } from '../types';

export const DEFAULT_REQUIRED_OTHER_MATTERS: readonly OtherMattersKey[] = ['processingFees'];

const ALWAYS_REQUIRED: readonly { part: NarrativePart; key: string }[] = [
  { part: 'overview', key: 'proactive' },
  { part: 'overview', key: 'onRequest' },
  { part: 'overview', key: 'management' },
  { part: 'overview', key: 'platforms' },
  { part: 'overview', key: 'oversight' },
  { part: 'problems', key: 'problems' },
  { part: 'problems', key: 'improvements' },
];

function mentionedElsewhere(ctx: RuleContext, part: NarrativePart, key: string): string | null {
  if (part === 'otherMatters') {
    const topic = OTHER_MATTERS_TOPICS[key as OtherMattersKey];
    return topic ? otherMattersMentioning(ctx.draft, key as OtherMattersKey, topic) : null;
  }
  if (part === 'overview' && key !== 'intro') {
    return overviewMentioning(ctx.draft, key as OverviewSubKey, OVERVIEW_TOPICS[key as OverviewSubKey]);
  }
  if (part === 'problems') return problemsMentioning(ctx.draft, key as ProblemsKey);
  return null;
}

export function narrativeEmptyChecks(ctx: RuleContext): CheckResult[] {
  const required = [
    ...ALWAYS_REQUIRED,
    ...ctx.requiredOtherMatters.map((key) => ({ part: 'otherMatters' as const, key })),
  ];
  return required.map(({ part, key }) => {
    const field = narrativeId({ part, key });
    const filled = narrativeText(ctx.draft, part, key).trim() !== '';
    const where = narrativeWhere(part, key);
    // 存在的主要问题 holding part 五's improvements and no shortcoming anywhere (an undivided part 五
    // that never states its problems): filled in form only.
    if (filled && part === 'problems' && key === 'problems' && improvementsOnly(ctx.draft))
      return makeResult(
        'narrative-empty',
        `narrative-empty:${field}`,
        'failed',
        `${where}未填写：所填内容只有改进措施（没有可报告的问题时请填写「无」）`,
        { part, fields: [field], fingerprint: 'improvements-only' },
      );
    // Parts 一, 五 and 六 are often one undivided text: the content may stand under another
    // sub-item or the 总述 (issue 18).
    const elsewhere = filled ? null : mentionedElsewhere(ctx, part, key);
    const message = filled
      ? `${where}已填写`
      : elsewhere
        ? `${where}的内容已写在「${narrativeLabel({ part, key: elsewhere })}」中`
        : `${where}未填写（没有可报告的内容时请填写「无」）`;
    return makeResult(
      'narrative-empty',
      `narrative-empty:${field}`,
      filled || elsewhere ? 'passed' : 'failed',
      message,
      {
        part,
        fields: [field],
        fingerprint: filled ? 'filled' : elsewhere ? `in:${elsewhere}` : 'empty',
      },
    );
  });
}
