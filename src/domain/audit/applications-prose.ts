// Sentences printed in part 三 before its table (「2023年，共收到政府信息公开申请0条。」) belong to no
// narrative field, so narrative-number never sees them; a count of applications received they state
// that the table does not have is the same text-vs-table disagreement (nianbao issue 18, 平潭综合实验区
// 经济发展局 2023: 0 stated, 3 in the table). Accepted as narrative-number accepts 「收到」: 一, or 一＋二.

import { findNarrativeCounts } from '../checks/narrative-counts';
import { cellAddress, cellId } from '../report/cell-address';
import { readDraftCell } from '../report/draft-convert';
import { APPLICANT_INPUT_COLUMNS } from '../report/keys';
import { APPLICANT_LABELS, APPLICATION_ROW_LABELS, PART_TITLES } from '../report/labels';
import type { ReportDraft } from '../report/report-schema';
import type { ImportSummary } from '../text-import/import-summary';
import type { AuditFinding } from './audit-types';

type Row = 'newReceived' | 'carriedOver';
const ROWS: readonly Row[] = ['newReceived', 'carriedOver'];

/** The row's 总计 as the sum of its applicant cells; null when one is blank or not a count. */
function rowTotal(draft: ReportDraft, row: Row): number | null {
  let total = 0;
  for (const column of APPLICANT_INPUT_COLUMNS) {
    const raw = readDraftCell(draft, cellAddress('applications', row, column)).trim();
    if (!/^\d+$/u.test(raw)) return null;
    total += Number(raw);
  }
  return total;
}

export function applicationsProseBreaks(summary: ImportSummary, draft: ReportDraft): AuditFinding[] {
  const text = summary.applicationsProse ?? '';
  if (text === '') return [];
  const [received, carried] = ROWS.map((row) => rowTotal(draft, row));
  if (received === null || received === undefined || carried === null || carried === undefined) return [];
  return findNarrativeCounts(text)
    .filter((c) => c.metric === 'received' && c.value !== received && c.value !== received + carried)
    .map((found, k) => ({
      kind: 'narrative-number' as const,
      severity: 'warning' as const,
      id: `narrative-number:applications.intro:received${k > 0 ? `:${k + 1}` : ''}`,
      message: `${PART_TITLES.applications}表前的文字“${found.sentence}”中的${found.value}与表格不一致：「${APPLICATION_ROW_LABELS.newReceived}」${APPLICANT_LABELS.total}为${received}，「${APPLICATION_ROW_LABELS.carriedOver}」${APPLICANT_LABELS.total}为${carried}`,
      cells: ROWS.map((row) => cellId(cellAddress('applications', row, 'total'))),
      fields: [],
      quote: found.sentence,
    }));
}
