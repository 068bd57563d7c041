// Issue 17 §2: offices on 麒麟 / 统信UOS run Firefox ESR. The main flow in Debian's Firefox ESR
// (Gecko, not Chromium), driven over WebDriver BiDi (gecko.ts).
import { test } from '@playwright/test';
import { clerkOnIntranet, publishedReportImport } from './clerk-flow';
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
