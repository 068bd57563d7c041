// 「<机关名称><年度>年政府信息公开工作年度报告.docx」: the JSON export's name rule (illegal file-name
// characters → _, agency name capped for 255-byte file systems) with the Word extension. Kept apart
// from build-docx.ts so the button can name the file without loading docx.
import { exportFileName } from '../../../domain/interchange/export-report';
import type { ReportMeta } from '../../../domain/report/report-schema';

export function docxFileName(meta: Pick<ReportMeta, 'agencyName' | 'year'>): string {
  return exportFileName(meta).replace(/\.json$/, '.docx');
}
