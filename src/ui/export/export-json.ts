import type { CheckRun } from '../../domain/checks/types';
import { toChecksRecord } from '../../domain/interchange/checks-record';
import {
  type ExchangeFileKind,
  exchangeFileName,
  exportFileName,
  exportReport,
} from '../../domain/interchange/export-report';
import { draftToReport } from '../../domain/report/draft-convert';
import type { ReportDraft } from '../../domain/report/report-schema';
import type { Review } from '../../domain/report/review-schema';
import { downloadText } from '../components/download';
import { GENERATOR } from './generator';

export async function exportJsonText(draft: ReportDraft, review: Review, run: CheckRun): Promise<string> {
  return exportReport({
    report: draftToReport(draft),
    review,
    checks: toChecksRecord(run),
    generator: GENERATOR,
    now: new Date(),
  });
}

/** Downloads the report file; returns its digest (remembered as the last exchange). */
export async function downloadReportJson(draft: ReportDraft, review: Review, run: CheckRun): Promise<string> {
  const text = await exportJsonText(draft, review, run);
  downloadText(exportFileName(draft.meta), text);
  return (JSON.parse(text) as { digest: { value: string } }).digest.value;
}

/**
 * The file of a hand-over (issue 15): 送审 after 提交审核, 退回 and 审定 after the reviewer's step,
 * named 「机关名称_年度_送审_日期时间.json」 with the time of that step (so downloading it again gives
 * the same name). Returns its name and digest (remembered as the last exchange).
 */
export async function downloadExchangeFile(
  draft: ReportDraft,
  review: Review,
  run: CheckRun,
  kind: ExchangeFileKind,
  at: Date,
): Promise<{ name: string; digest: string }> {
  const text = await exportJsonText(draft, review, run);
  const name = exchangeFileName(draft.meta, kind, at);
  downloadText(name, text);
  return { name, digest: (JSON.parse(text) as { digest: { value: string } }).digest.value };
}
