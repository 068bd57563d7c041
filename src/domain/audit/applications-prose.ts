// Sentences printed in parts 三 and 四 before their tables (「2023年，共收到政府信息公开申请0条。」
// 「本年度发生行政复议2件。」) belong to no narrative field, so narrative-number never sees them; a count
// they state that the table does not have is the same text-vs-table disagreement (nianbao issue 18, 平潭
// 综合实验区经济发展局 2023: 0 stated, 3 in the table). Compared as narrative-number compares (COMPARISONS).

import { evaluate } from '../checks/expr';
import { findNarrativeCounts } from '../checks/narrative-counts';
import { COMPARISONS } from '../checks/rules/narrative-number';
import { draftToReport } from '../report/draft-convert';
import { PART_TITLES } from '../report/labels';
import type { ReportDraft } from '../report/report-schema';
import type { ImportSummary } from '../text-import/import-summary';
import type { AuditFinding } from './audit-types';

export function applicationsProseBreaks(summary: ImportSummary, draft: ReportDraft): AuditFinding[] {
  const env = { current: draftToReport(draft), previous: null };
  return (['applications', 'appeals'] as const).flatMap((part) => {
    const seen = new Map<string, number>();
    return findNarrativeCounts(summary[`${part}Prose`] ?? '').flatMap((found) => {
      const n = (seen.get(found.metric) ?? 0) + 1;
      seen.set(found.metric, n);
      const { alternatives, cells } = COMPARISONS[found.metric];
      const values = alternatives.map((a) => evaluate(a.expr, env));
      // A blank cell: the table cannot be read against the sentence (narrative-number says 待填).
      if (values.includes(null) || values.includes(found.value)) return [];
      const known = alternatives.map((a, i) => `${a.label}为${values[i]}`).join('，');
      return [
        {
          kind: 'narrative-number' as const,
          severity: 'warning' as const,
          id: `narrative-number:${part}.intro:${found.metric}${n > 1 ? `:${n}` : ''}`,
          message: `${PART_TITLES[part]}表前的文字“${found.sentence}”中的${found.value}与表格不一致：${known}`,
          cells: [...cells],
          fields: [],
          quote: found.sentence,
        },
      ];
    });
  });
}
