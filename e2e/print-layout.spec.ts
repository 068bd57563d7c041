// Issue 14 §4: the print view is a published report on A4. Checked on the PDF Chromium prints (not
// on the DOM): GB/T 9704 type area, tables inside it at full text width, header rows repeated on
// every page a table runs onto, no heading as the last line of a page, no page with a single row
// of a table. For the sample report and for a report with long narrative text in every part.
import { expect, type Page, test } from '@playwright/test';
import { longReport } from '../src/domain/fixtures/long-report';
import { qufuReport } from '../src/domain/fixtures/qufu-2021';
import type { Report } from '../src/domain/report/report-schema';
import { tableProblems } from './pdf/layout-rules';
import { printedReportProblems, REPORT_TABLES } from './pdf/report-probes';
import { qufuPushedDown, seedReports } from './print-seed';

async function printToPdf(page: Page, report: Report, path: string): Promise<void> {
  await seedReports(page, [report]);
  await page.goto(`/#/print/${report.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(report.meta.title);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, preferCSSPageSize: true, printBackground: true });
}

const REPORTS = [
  ['the sample report (曲阜 2021)', qufuReport('print-qufu')],
  ['the sample report with part 三 starting at a page foot', qufuPushedDown('print-qufu-pushed')],
  ['a report with long narrative text in every part', longReport('print-long')],
] as const;

for (const [name, report] of REPORTS)
  test(`print view → PDF of ${name}: A4 type area, tables fit and repeat their header, no stranded heading or row`, async ({
    page,
  }, info) => {
    const path = info.outputPath('report.pdf');
    await printToPdf(page, report, path);
    const { text, pagesWithTables, problems } = printedReportProblems(path, report);
    expect(pagesWithTables).toBeGreaterThan(0);
    expect([...problems, ...REPORT_TABLES.flatMap((t) => tableProblems(text, t))]).toEqual([]);
  });
