// 「导出汇总JSON」: the 汇总 in the interchange envelope of one report (SPEC §7) — format, version,
// generator, the summed `report` with its check results and digest, built and validated by the
// interchange's own buildExportFile — plus a top-level `summary` block beside it that names the
// member reports and their digests (summary-report.ts).
//
// Choice: a summary file is NOT importable as a report, on purpose. The envelope schema is strict,
// so importReport rejects the file whole (「含有未知字段：summary」) and writes nothing. A sum has no
// organ, no narrative and no review of its own: taken in as one organ's report it would be counted
// again in the next 汇总 and take part in 上年结转 checks as if an organ had filed it. Readers that
// want the numbers read `report` (valid against the report schema, digest checked as usual).
import type { ChecksRecord, ExportFile } from '../interchange/envelope-schema';
import { buildExportFile } from '../interchange/export-report';
import { emptyReview } from '../report/empty-review';
import { type SummaryBlock, type SummaryExportInput, summaryExport } from './summary-report';

export type SummaryFile = ExportFile & { summary: SummaryBlock };

export type SummaryFileInput = SummaryExportInput & {
  /** the check run of the summed report (the UI records it as for any export) */
  checks: ChecksRecord;
  generator: string;
};

/** The file object; throws SummaryExportError / ExportError when the parts cannot be written. */
export async function buildSummaryFile(input: SummaryFileInput): Promise<SummaryFile> {
  const { report, summary } = summaryExport(input);
  const file = await buildExportFile({
    report,
    // a 汇总 is not reviewed as a report is: an empty review, status 草稿
    review: emptyReview(),
    checks: input.checks,
    generator: input.generator,
    now: input.createdAt,
  });
  return { ...file, summary };
}

/** The text of the file: 2-space indented JSON, ending with a newline (as exportReport writes). */
export async function summaryFileText(input: SummaryFileInput): Promise<string> {
  return `${JSON.stringify(await buildSummaryFile(input), null, 2)}\n`;
}
