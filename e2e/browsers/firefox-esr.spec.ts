// Issue 17 §2: offices on 麒麟 / 统信UOS run Firefox ESR. The main flow in Debian's Firefox ESR
// (Gecko, not Chromium), driven over WebDriver BiDi (gecko.ts).
import { expect, test } from '@playwright/test';
import { longReport } from '../../src/domain/fixtures/long-report';
import { qufuReport } from '../../src/domain/fixtures/qufu-2021';
import { qufuPushedDown } from '../print-seed';
import { clerkOnIntranet, importAndPrint, publishedReportImport } from './clerk-flow';
import { firefoxInstalled, Gecko } from './gecko';

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
      const printed = await importAndPrint(browser, baseURL ?? '', report, name);
      expect(printed.pagesWithTables, name).toBeGreaterThan(0);
      for (const problem of printed.problems) found.push(`${name}: ${problem}`);
    }
    expect(found).toEqual([]);
    expect(browser.errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
