// 报告信息 (SPEC §1): 机关名称 and 报告年度 are required; the year is 2008 (the first year of
// 《政府信息公开条例》 reports) to the current year — a report cannot be for a year not yet begun.
// The title, the 前言's 统计期限 and the 发布日期 must agree with that year (meta-consistency.ts).

import { META_LABELS } from '../../report/labels';
import type { ReportDraft } from '../../report/report-schema';
import { MIN_YEAR } from '../../report/year-range';
import { makeResult } from '../result';
import type { CheckResult, RuleContext } from '../types';
import { metaConsistency } from './meta-consistency';

/** Reads only the draft's 报告信息 and the day, so the 汇总 can rerun it on a stored summary record. */
export function metaChecks(
  ctx: Pick<RuleContext, 'today'> & { draft: Pick<ReportDraft, 'meta'> },
): CheckResult[] {
  const { agencyName, year } = ctx.draft.meta;
  const maxYear = ctx.today.getFullYear();
  const problems: string[] = [];
  const fields: string[] = [];
  if (agencyName.trim() === '') {
    problems.push(`${META_LABELS.agencyName}未填写`);
    fields.push('meta.agencyName');
  }
  if (year === null) {
    problems.push(`${META_LABELS.year}未填写`);
    fields.push('meta.year');
  }
  const yearValid = year !== null && Number.isInteger(year) && year >= MIN_YEAR && year <= maxYear;
  if (year !== null && !yearValid) {
    problems.push(`${META_LABELS.year}${year}超出范围（${MIN_YEAR}—${maxYear}年）`);
    fields.push('meta.year');
  }
  // A year out of range is said once: the title is not compared with it.
  const consistency = metaConsistency({ ...ctx.draft.meta, year: yearValid ? year : null });
  problems.push(...consistency.problems);
  fields.push(...consistency.fields);
  const fingerprint = `${agencyName.trim()}|${year ?? ''}`;
  if (problems.length === 0)
    return [
      makeResult('meta', 'meta', 'passed', `${META_LABELS.agencyName}、${META_LABELS.year}已填写`, {
        part: 'meta',
        fingerprint,
      }),
    ];
  return [makeResult('meta', 'meta', 'failed', problems.join('；'), { part: 'meta', fingerprint, fields })];
}
