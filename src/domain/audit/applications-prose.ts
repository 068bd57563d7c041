// Sentences printed in part 三 before its table (「2023年，共收到政府信息公开申请0条。」) belong to no
// narrative field, so narrative-number never sees them; a count of applications received they state
// that the table does not have is the same text-vs-table disagreement (nianbao issue 18, 平潭综合实验区
// 经济发展局 2023: 0 stated, 3 in the table). Accepted as narrative-number accepts 「收到」: 一, or 一＋二.

import { evaluate } from '../checks/expr';
import { findNarrativeCounts } from '../checks/narrative-counts';
import { COMPARISONS } from '../checks/rules/narrative-number';
import { draftToReport } from '../report/draft-convert';
import { PART_TITLES } from '../report/labels';
import type { ReportDraft } from '../report/report-schema';
import type { ImportSummary } from '../text-import/import-summary';
import type { AuditFinding } from './audit-types';

export function applicationsProseBreaks(summary: ImportSummary, draft: ReportDraft): AuditFinding[] {
  const text = summary.applicationsProse ?? '';
  if (text === '') return [];
  const { alternatives, cells } = COMPARISONS.received;
  const env = { current: draftToReport(draft), previous: null };
  const values = alternatives.map((a) => evaluate(a.expr, env));
  // A blank cell: the table cannot be read against the sentence (narrative-number says 待填).
  if (values.includes(null)) return [];
  const known = alternatives.map((a, i) => `${a.label}为${values[i]}`).join('，');
  return findNarrativeCounts(text)
    .filter((c) => c.metric === 'received' && !values.includes(c.value))
    .map((found, k) => ({
      kind: 'narrative-number' as const,
      severity: 'warning' as const,
      id: `narrative-number:applications.intro:received${k > 0 ? `:${k + 1}` : ''}`,
      message: `${PART_TITLES.applications}表前的文字“${found.sentence}”中的${found.value}与表格不一致：${known}`,
      cells: [...cells],
      fields: [],
      quote: found.sentence,
    }));
}
