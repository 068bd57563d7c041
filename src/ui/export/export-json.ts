import type { CheckRun } from '../../domain/checks/types';
import { toChecksRecord } from '../../domain/interchange/checks-record';
import { exportFileName, exportReport } from '../../domain/interchange/export-report';
import { draftToReport } from '../../domain/report/draft-convert';
import type { ReportDraft } from '../../domain/report/report-schema';
import type { Review } from '../../domain/report/review-schema';
import { downloadText } from '../components/download';

export const GENERATOR = `nianbao ${typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev'}`;

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
