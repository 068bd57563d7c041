// 「导出网页版」 and 「复制网页版」: the web page of the report as it is now, with the interchange file
// of 「导出JSON」 as its data block (so it carries the same digest), its article, and a plain-text
// twin for the clipboard.
import type { CheckRun } from '../../../domain/checks/types';
import { toChecksRecord } from '../../../domain/interchange/checks-record';
import { buildExportFile } from '../../../domain/interchange/export-report';
import { draftToReport } from '../../../domain/report/draft-convert';
import type { ReportDraft } from '../../../domain/report/report-schema';
import type { Review } from '../../../domain/report/review-schema';
import { parseHtml } from '../../../domain/text-import/html-to-text';
import { reportWebPage, webPageFileName } from '../../../domain/web-export/web-page';
import { webTable } from '../../../domain/web-export/web-tables';
import { GENERATOR } from '../generator';

export type WebExport = { page: string; text: string; fileName: string; digest: string };

export async function buildWebExport(draft: ReportDraft, review: Review, run: CheckRun): Promise<WebExport> {
  const file = await buildExportFile({
    report: draftToReport(draft),
    review,
    checks: toChecksRecord(run),
    generator: GENERATOR,
    now: new Date(),
  });
  // The file's report has its totals recomputed: the page shows exactly what the data block holds.
  const report = file.report;
  const page = reportWebPage({
    report,
    dataJson: JSON.stringify(file),
    table: (part) => webTable(part, report),
  });
  // The plain-text twin is the page's text without its <title> line (htmlToText adds one).
  return {
    page,
    text: parseHtml(page).text,
    fileName: webPageFileName(report.meta),
    digest: file.digest.value,
  };
}
