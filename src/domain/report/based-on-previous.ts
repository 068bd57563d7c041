// 「基于上年报告」: last year's 「四、结转下年度继续办理」 is this year's 「二、上年结转政府信息公开申请数量」,
// column by column (SPEC §12). Narratives are deliberately NOT copied: copied text is how reports
// become 「内容雷同」; the editor shows last year's text beside each text area instead.
import { APPLICANT_INPUT_COLUMNS } from './keys';
import type { ReportDraft } from './report-schema';

export function carryOverFromPrevious(draft: ReportDraft, previous: ReportDraft): ReportDraft {
  const carriedOver = { ...draft.applications.carriedOver };
  for (const c of APPLICANT_INPUT_COLUMNS) carriedOver[c] = previous.applications.carriedForward[c];
  return { ...draft, applications: { ...draft.applications, carriedOver } };
}
