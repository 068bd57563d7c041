// Issue 17 §2: offices on 麒麟 / 统信UOS run Firefox ESR. The main flow in Debian's Firefox ESR
// (Gecko, not Chromium), driven over WebDriver BiDi (gecko.ts).
import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { longReport } from '../../src/domain/fixtures/long-report';
import { qufuReport } from '../../src/domain/fixtures/qufu-2021';
import { exportReport } from '../../src/domain/interchange/export-report';
import { printedReportProblems } from '../pdf/report-probes';
import { qufuPushedDown } from '../print-seed';
import { clerkOnIntranet, openImport, publishedReportImport } from './clerk-flow';
import { waitFor } from './driver';
import { firefoxInstalled, Gecko } from './gecko';
import { byText } from './in-page';

// CI installs Firefox ESR (.ci/run) and must run this; a developer machine without it skips.
test.skip(
  !firefoxInstalled() && !process.env.CI,
  'Firefox ESR is not installed (apt-get install firefox-esr)',
);
test.setTimeout(120_000);

test('a clerk in Firefox ESR on an intranet server over plain HTTP: type, paste, checks, reload, export; another computer imports and prints', () =>
  clerkOnIntranet(Gecko.launch, '火狐浏览器测试局'));

test('published reports (the sample as text, a PDF) imported in Firefox ESR through the file picker: every number read', ({
  baseURL,
}) => publishedReportImport(Gecko.launch, baseURL ?? ''));

// The print view as Firefox ESR prints it (麒麟 / 统信UOS offices): A4, the type area, tables at full
// text width, every number printed whole. Firefox draws a table's right border thinner than a pixel
// at the check's 100 dpi (grey 165): read as a rule since h87's trial (pdf-ink.ts RULE_INK); before,
// the check put the right border at 146 mm on the pages where it stood alone.
test('print view of the sample, the sample pushed down and a long report in Firefox ESR → PDF: A4, type area, tables fit', async ({
  baseURL,
}) => {
  const browser = await Gecko.launch({});
  const found: string[] = [];
  try {
    for (const [name, report] of [
      ['qufu', qufuReport('ff-print-qufu')],
      ['pushed', qufuPushedDown('ff-print-pushed')],
      ['long', longReport('ff-print-long')],
    ] as const) {
      const file = test.info().outputPath(`${name}.json`);
      writeFileSync(
        file,
        await exportReport({
          report,
          review: { status: 'approved', comments: [], history: [] },
          checks: { catalogVersion: '1', results: [] },
          generator: 'nianbao e2e',
          now: new Date('2026-01-15T08:00:00.000Z'),
        }),
      );
      await browser.goto(`${baseURL}/#/`);
      await browser.setFiles(await openImport(browser), [file]);
      await browser.click(await waitFor(browser, '导入', byText, 'dialog[open] button', '导入', false));
      await waitFor(browser, 'the imported report', () => location.hash.includes('/r/'));
      await browser.goto(`${baseURL}/#/print/${report.id}`);
      await waitFor(
        browser,
        'the title',
        (t: string) => document.querySelector('h1')?.textContent === t,
        report.meta.title,
      );
      const pdf = test.info().outputPath(`${name}.pdf`);
      await browser.pdf(pdf);
      const printed = printedReportProblems(pdf, report);
      expect(printed.pagesWithTables, name).toBeGreaterThan(0);
      for (const problem of printed.problems) found.push(`${name}: ${problem}`);
    }
    expect(found).toEqual([]);
    expect(browser.errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
