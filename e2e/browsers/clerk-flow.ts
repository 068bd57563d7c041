// One clerk's day, run in each browser Playwright cannot drive (driver.ts): the same real key, mouse
// and clipboard input, files and reloads, in Firefox ESR (BiDi) and Chromium 86 (CDP).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { expectedCell } from '../../src/domain/corpus/evaluate';
import { SHAPES } from '../../src/domain/corpus/shapes';
import { WRITTEN_REPORTS } from '../../src/domain/corpus/written-reports';
import { canonicalJson } from '../../src/domain/interchange/canonical-json';
import { exportReport } from '../../src/domain/interchange/export-report';
import { cellAddress, cellId, INPUT_CELLS } from '../../src/domain/report/cell-address';
import { WIZARD_STEPS, type WizardStepKey } from '../../src/domain/report/labels';
import type { Report } from '../../src/domain/report/report-schema';
import { CHROMIUM_ARGS, chromiumExecutable } from '../chromium';
import { INPUT_COLUMNS, INPUT_ROWS, matrixTsv, matrixValue } from '../fixture-data';
import { INTRANET_HOST, nginxBinary, startNginx } from '../intranet/nginx-server';
import { printedReportProblems } from '../pdf/report-probes';
import { type ClerkBrowser, KEY, type NodeRef, waitFor } from './driver';
import {
  attr,
  attrIs,
  byText,
  clipboardSource,
  coveredBy,
  focusedCell,
  inputValue,
  labelled,
  presentValue,
  query,
  textOf,
} from './in-page';

export type Launch = (options: { localHosts?: string[] }) => Promise<ClerkBrowser>;

const cell = (row: (typeof INPUT_ROWS)[number], column: (typeof INPUT_COLUMNS)[number]) =>
  `[data-cell="${cellId(cellAddress('applications', row, column))}"]`;

/**
 * A real click on the control: only once nothing lies over its centre, as a clerk would see it. A
 * notice over a button takes the click a clerk aims at the button; then this fails naming the
 * notice, instead of clicking it blindly (9ba1cb6's moved 「已可离线使用」 took the 「导入」 click).
 */
async function clickText(b: ClerkBrowser, selector: string, text: string, partly = false) {
  const node = await waitFor<NodeRef>(b, `${selector} 「${text}」`, byText, selector, text, partly);
  const until = Date.now() + 10_000;
  for (;;) {
    const over = await b.call<string>(coveredBy, node);
    if (!over) break;
    if (Date.now() > until) throw new Error(`「${text}」 stayed covered for 10 s by ${over}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await b.click(node);
}

async function typeInto(b: ClerkBrowser, node: NodeRef, text: string) {
  await b.click(node);
  await b.press('a', [KEY.Control]);
  await b.press(text);
}

async function step(b: ClerkBrowser, key: WizardStepKey) {
  const label = WIZARD_STEPS.find((s) => s.key === key)!.label;
  await clickText(b, 'nav a', label, true);
  await waitFor(b, `step ${label}`, byText, 'nav a[aria-current="step"]', label, true);
}

/** The downloaded .json once the browser has finished writing it (it may appear empty first). */
async function downloadedJson(dir: string): Promise<{ path: string; text: string }> {
  const until = Date.now() + 10_000;
  for (;;) {
    const name = existsSync(dir) ? readdirSync(dir).find((n) => n.endsWith('.json')) : undefined;
    if (name) {
      const text = readFileSync(join(dir, name), 'utf8');
      try {
        JSON.parse(text);
        return { path: join(dir, name), text };
      } catch {}
    }
    if (Date.now() > until) throw new Error(`no complete .json file appeared in ${dir}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function openImport(b: ClerkBrowser) {
  // A real click lands where the button was when it was found: if the list page was still laying
  // out (a notice appearing above it), the click missed and the dialog never came (Firefox ESR, once
  // in CI). Clicked again, found again, while no dialog has opened.
  for (let attempt = 0; attempt < 3; attempt++) {
    await clickText(b, 'button', '导入');
    const until = Date.now() + 3_000;
    while (Date.now() < until) {
      const picker = await b.call<NodeRef | null>(labelled, 'dialog', '选择文件').catch(() => null);
      if (picker) return picker;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return waitFor<NodeRef>(b, 'the file picker', labelled, 'dialog', '选择文件');
}

/**
 * A clerk on an intranet server over plain HTTP: create, type, Tab, 空白填0, a block copied and pasted,
 * checks, reload, export JSON (digest checked); another computer imports it and opens the print view.
 */
export async function clerkOnIntranet(launch: Launch, agency: string) {
  const info = test.info();
  test.skip(!nginxBinary() && !process.env.CI, 'nginx is not installed (apt-get install nginx)');
  const server = await startNginx({ https: false });
  const clerk = await launch({ localHosts: [INTRANET_HOST] });
  const other = await launch({ localHosts: [INTRANET_HOST] });
  const baseURL = server.appUrl.replace(/\/$/, '');
  try {
    await clerk.goto(`${baseURL}/#/`);
    // What an intranet page lacks, in every engine: ids, digests and signatures must not need them.
    expect(
      await clerk.call(() => ({
        secure: window.isSecureContext,
        randomUUID: typeof crypto.randomUUID,
        subtle: typeof crypto.subtle,
        serviceWorker: 'serviceWorker' in navigator,
      })),
    ).toEqual({ secure: false, randomUUID: 'undefined', subtle: 'undefined', serviceWorker: false });
    await clickText(clerk, 'button', '新建报告');
    await typeInto(clerk, await waitFor(clerk, '机关名称', labelled, 'dialog', '机关名称'), agency);
    await typeInto(clerk, await waitFor(clerk, '报告年度', labelled, 'dialog', '报告年度'), '2024');
    await clerk.click(await waitFor(clerk, '部门', labelled, 'dialog', '部门'));
    await clickText(clerk, 'dialog button', '创建');
    await waitFor(clerk, 'the editor', () => /#\/r\//.test(location.hash));
    const id = decodeURIComponent(
      (await clerk.call<string>(() => location.hash)).replace(/^#\/r\/([^/?]+).*$/, '$1'),
    );

    // Keyboard as in Excel: type, Tab to the next column, Enter down.
    await step(clerk, 'applications');
    await typeInto(clerk, await waitFor(clerk, 'a matrix cell', query, cell('newReceived', 'natural')), '3');
    await clerk.press(KEY.Tab);
    expect(await clerk.call(focusedCell)).toBe(
      cellId(cellAddress('applications', 'newReceived', 'business')),
    );
    await clickText(clerk, 'button', '空白填0', true);
    await waitFor(clerk, 'balance differs', attrIs, '[data-balance="natural"]', 'data-state', 'differs');
    await typeInto(clerk, await waitFor(clerk, 'granted cell', query, cell('granted', 'natural')), '3');
    await clerk.press(KEY.Enter);
    await waitFor(clerk, 'balance equal', attrIs, '[data-balance="natural"]', 'data-state', 'equal');
    await waitFor(clerk, '已保存', query, '[data-save-state="saved"]');

    // A block copied from Excel (Ctrl+C) and pasted (Ctrl+V) on a cell fills the whole matrix.
    const source = await clerk.call<NodeRef>(clipboardSource, matrixTsv());
    await clerk.click(source);
    await clerk.press('a', [KEY.Control]);
    await clerk.press('c', [KEY.Control]);
    await clerk.call((box: Element) => box.remove(), source);
    const first = cell('newReceived', 'natural');
    await clerk.click(await waitFor<NodeRef>(clerk, 'the first cell', query, first));
    await clerk.press('v', [KEY.Control]);
    await waitFor(
      clerk,
      'the pasted block',
      (s: string, v: string) => (document.querySelector(s) as HTMLInputElement | null)?.value === v,
      first,
      String(matrixValue('newReceived', 'natural')),
    );
    await waitFor(clerk, '已保存', query, '[data-save-state="saved"]');

    // Reload: every number is still there (IndexedDB).
    await clerk.reload();
    await step(clerk, 'applications');
    for (const row of INPUT_ROWS)
      for (const col of INPUT_COLUMNS)
        expect(await waitFor(clerk, `${row}/${col}`, inputValue, cell(row, col)), `${row}/${col}`).toBe(
          String(matrixValue(row, col)),
        );

    await step(clerk, 'checks');
    await clickText(clerk, 'button', '导出JSON');
    const { path, text } = await downloadedJson(clerk.downloads);
    const file = JSON.parse(text) as { report: unknown; digest: { value: string } };
    expect(file.digest.value).toBe(createHash('sha256').update(canonicalJson(file.report)).digest('hex'));

    // Another computer: import the file, open the print preview.
    await other.goto(`${baseURL}/#/`);
    await other.setFiles(await openImport(other), [path]);
    await waitFor(other, 'the preview', byText, 'dialog *', agency, true);
    await clickText(other, 'dialog button', '导入');
    await waitFor(
      other,
      'the imported report',
      (h: string) => location.hash.startsWith(h),
      `#/r/${encodeURIComponent(id)}/`,
    );
    await other.goto(`${baseURL}/#/print/${encodeURIComponent(id)}`);
    const printed = `[data-print-cell="${cellId(cellAddress('applications', 'granted', 'natural'))}"]`;
    expect(await waitFor(other, printed, textOf, printed)).toBe(String(matrixValue('granted', 'natural')));

    expect(clerk.errors).toEqual([]);
    expect(other.errors).toEqual([]);
  } finally {
    await clerk.screenshot(info.outputPath('clerk.png'));
    await other.screenshot(info.outputPath('other.png'));
    await clerk.close();
    await other.close();
    await server.stop();
  }
}

/** A corpus report as an organ publishes it: a web page printed to PDF by today's Chromium. */
async function publishedPdf(path: string) {
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.setContent(semantic.render(hongze).input, { waitUntil: 'load' });
    writeFileSync(
      path,
      await page.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } }),
    );
  } finally {
    await browser.close();
  }
}

const semantic = SHAPES.find((s) => s.name === 'html-semantic')!;
const hongze = WRITTEN_REPORTS.find((r) => r.key === 'hongze-2021')!;

/**
 * Published reports through the file picker — the sample's text, then a PDF — read in the module
 * worker (the PDF by our own reader, a chunk loaded on demand there); every number of part 三 lands.
 */
export async function publishedReportImport(launch: Launch, baseURL: string) {
  const pdf = test.info().outputPath('hongze-2021.pdf');
  await publishedPdf(pdf);
  const clerk = await launch({});
  try {
    await clerk.goto(`${baseURL}/#/`);
    const source = new URL('../../src/domain/fixtures/qufu-2021.txt', import.meta.url).pathname;
    await clerk.setFiles(await openImport(clerk), [source]);
    expect(await waitFor(clerk, 'numbers read', textOf, '[data-testid="numbers-read"]')).toBe('200 个');
    await clickText(clerk, 'dialog button', '确认导入');
    await waitFor(
      clerk,
      '错误 0',
      (s: string) => document.querySelector(s)?.textContent === '错误 0',
      '[data-count="error"]',
    );
    expect(await clerk.call(attr, 'html', 'lang')).toBe('zh-CN');

    await clerk.goto(`${baseURL}/#/`);
    await clerk.setFiles(await openImport(clerk), [pdf]);
    await waitFor(clerk, 'the organ read from the PDF', byText, 'dialog[open] td', hongze.agencyName, false);
    await clickText(clerk, 'dialog[open] button', '确认导入');
    await waitFor(clerk, 'the imported report', () => /#\/r\/.+\/checks/.test(location.hash));
    await step(clerk, 'applications');
    for (const address of INPUT_CELLS.filter((c) => c.part === 'applications')) {
      const id = cellId(address);
      const want = expectedCell(hongze, semantic, id);
      expect(await waitFor(clerk, id, presentValue, `[data-cell="${id}"]`), id).toEqual({
        value: want === null ? '' : String(want),
      });
    }
    expect(clerk.errors).toEqual([]);
  } finally {
    await clerk.close();
  }
}

/** Imports `report` as a file through 「导入」, as another computer would (written as `name`.json). */
export async function importReport(browser: ClerkBrowser, baseURL: string, report: Report, name: string) {
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
}

/**
 * Imports `report` (importReport), opens its print view and prints it to `name`.pdf in the test's
 * output folder; what the PDF check finds (pdf/report-probes.ts).
 */
export async function importAndPrint(
  browser: ClerkBrowser & { pdf(path: string): Promise<void> },
  baseURL: string,
  report: Report,
  name: string,
) {
  await importReport(browser, baseURL, report, name);
  await browser.goto(`${baseURL}/#/print/${report.id}`);
  await waitFor(
    browser,
    'the title',
    (t: string) => document.querySelector('h1')?.textContent === t,
    report.meta.title,
  );
  const pdf = test.info().outputPath(`${name}.pdf`);
  await browser.pdf(pdf);
  return printedReportProblems(pdf, report);
}
