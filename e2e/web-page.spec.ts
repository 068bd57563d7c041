// Issue 14 §5: 「导出网页版」 and 「复制网页版」 end to end, in the production build. The exported page
// runs nothing and reads back whole through 「导入」 — from its data block, and from its markup alone
// when a CMS has stripped the block; the copied page pastes into a contenteditable editor (what a
// CMS editor is) with its tables intact, by the Clipboard API and by the execCommand fallback that
// plain-HTTP intranet pages need; what the editor then holds imports whole as well. User text
// carries script payloads throughout: they stay text.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { longReport } from '../src/domain/fixtures/long-report';
import { draftToReport, reportToDraft } from '../src/domain/report/draft-convert';
import { COPY_WEB_PAGE, EXPORT_WEB_PAGE } from '../src/domain/report/labels';
import type { Report } from '../src/domain/report/report-schema';
import { shownReport } from '../src/domain/web-export/shown-report';
import { storedReport } from './idb';
import { seedReports } from './print-seed';

declare global {
  interface Window {
    __xss?: unknown;
    __csp?: string[];
  }
}

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '</script><script>window.__xss=3</script>',
  '"><svg onload="window.__xss=4">',
  '&lt;b&gt;实体&lt;/b&gt; &amp;',
];

/** The long report with a script payload in the preamble, every part and the contact address. */
function webReport(id: string): Report {
  const r = longReport(id);
  r.meta.preamble = `${r.meta.preamble}\n依据条例编制${PAYLOADS[0]}。`;
  r.meta.contactAddress = `某某路1号${PAYLOADS[3]}`;
  r.overview.proactive = `${PAYLOADS[1]}主动公开。\n${r.overview.proactive}`;
  r.problems.improvements = `${r.problems.improvements}\n${PAYLOADS[2]}`;
  r.otherMatters.statisticsNotes = `${PAYLOADS[4]}无。`;
  return r;
}

/** Dialogs, script payloads that ran and CSP reports on `page`, to be empty at the end. */
async function watch(page: Page): Promise<() => Promise<unknown[]>> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp?.push(e.violatedDirective));
  });
  return async () => [
    ...dialogs,
    await page.evaluate(() => window.__xss ?? null),
    ...(await page.evaluate(() => window.__csp ?? [])),
  ];
}

async function exportWebPage(page: Page, report: Report, path: string): Promise<string> {
  await page.goto(`/#/r/${report.id}/checks`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: EXPORT_WEB_PAGE }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${report.meta.title}.html`);
  await download.saveAs(path);
  return readFileSync(path, 'utf8');
}

/** 「导入」 of a file on another computer (a fresh browser profile); returns that page. */
async function importOnOtherPc(browser: Browser, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await page.getByRole('dialog', { name: '导入' }).locator('input[type=file]').setInputFiles(path);
  return page;
}

async function importedReport(page: Page): Promise<Report> {
  await expect(page).toHaveURL(/#\/r\/[^/]+\/checks/);
  const id = decodeURIComponent(/#\/r\/([^/?]+)/.exec(page.url())?.[1] ?? '');
  const stored = await storedReport(page, id);
  return draftToReport(stored?.draft as unknown as Parameters<typeof draftToReport>[0]);
}

/** The markup's reading: every number and text the page shows, under the importer's new id. */
const expectShown = (read: Report, report: Report) =>
  expect({ ...read, id: report.id, explanations: {} }).toEqual(shownReport(report));

test('导出网页版: a page that runs nothing; 导入 of it (data block, digest checked) gives back the report exactly', async ({
  page,
  browser,
}, info) => {
  const report = webReport('web-export');
  await seedReports(page, [report]);
  const path = info.outputPath('report.html');
  const html = await exportWebPage(page, report, path);
  expect(html).toContain('<script type="application/json" id="nianbao-report">');

  // The file itself, opened in the browser: its tables, its data, nothing run, no CSP report.
  const viewer = await page.context().newPage();
  const viewerProblems = await watch(viewer);
  await viewer.goto(pathToFileURL(path).href);
  await expect(viewer.locator('table')).toHaveCount(3);
  await expect(viewer.locator('h1')).toHaveText(report.meta.title);
  await expect(viewer.getByText(PAYLOADS[1]!, { exact: false })).toHaveCount(1);
  const data = JSON.parse((await viewer.locator('#nianbao-report').textContent()) ?? '') as {
    report: Report;
  };
  expect(data.report.id).toBe(report.id);
  expect(await viewerProblems()).toEqual([null]);

  const other = await importOnOtherPc(browser, path);
  const otherProblems = await watch(other);
  await other
    .getByRole('dialog', { name: '导入' })
    .getByRole('button', { name: '导入', exact: true })
    .click();
  await expect(other).toHaveURL(new RegExp(`#/r/${report.id}/checks`));
  expect((await storedReport(other, report.id))?.draft).toEqual(reportToDraft(report));
  await other.goto(`/#/r/${report.id}/overview`);
  await expect(other.locator('[data-field="overview.proactive"]')).toHaveValue(report.overview.proactive);
  expect(await otherProblems()).toEqual([null]);
});

test('导出网页版 with its data block stripped (as a CMS does): 导入 reads every number and text from the markup', async ({
  page,
  browser,
}, info) => {
  const report = webReport('web-stripped');
  await seedReports(page, [report]);
  const html = await exportWebPage(page, report, info.outputPath('report.html'));
  const strippedPath = info.outputPath('stripped.html');
  writeFileSync(strippedPath, html.replace(/<script\b[\s\S]*?<\/script>/gi, ''));

  // Edited in a CMS that kept the data block: 导入 takes the block and names what the page changed.
  const editedPath = info.outputPath('edited.html');
  const notHeld = report.applications.unavailableNotHeld.natural;
  const edited = html.replace(
    /(<th scope="row"[^>]*>1\.本机关不掌握相关政府信息<\/th><td[^>]*>)(\d+)</,
    (_, head: string) => `${head}${(notHeld ?? 0) + 72}<`,
  );
  expect(edited).not.toBe(html);
  writeFileSync(editedPath, edited);
  const editedImport = await importOnOtherPc(browser, editedPath);
  await expect(editedImport.locator('[data-page-edits]')).toContainText(
    `1.本机关不掌握相关政府信息 — 自然人：网页上为${(notHeld ?? 0) + 72}，数据块中为${notHeld}`,
  );
  await editedImport.close();

  const other = await importOnOtherPc(browser, strippedPath);
  const problems = await watch(other);
  const dialog = other.getByRole('dialog', { name: '导入' });
  await expect(dialog.getByRole('heading', { name: '识别结果' })).toBeVisible();
  await dialog.getByRole('button', { name: '确认导入' }).click();
  expectShown(await importedReport(other), report);
  expect(await problems()).toEqual([null]);
});

for (const method of [
  'Clipboard API',
  'execCommand fallback (no async clipboard, as on plain HTTP)',
] as const)
  test(`复制网页版 by the ${method}: pasted into a contenteditable editor the tables keep their header rows and merged cells; that editor's content imports whole`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseURL!).origin,
    });
    if (method !== 'Clipboard API')
      await page.addInitScript(() => {
        Reflect.deleteProperty(window, 'ClipboardItem');
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
      });
    const report = webReport('web-copy');
    await seedReports(page, [report]);
    const appProblems = await watch(page);
    await page.goto(`/#/r/${report.id}/checks`);
    await page.getByRole('button', { name: COPY_WEB_PAGE }).click();
    const status = page.locator('[data-export-status="web"]');
    await expect(status).toContainText('已复制网页版');
    await expect(status).toHaveAttribute(
      'data-copy-method',
      method === 'Clipboard API' ? 'clipboard-api' : 'exec-command',
    );

    // Pasted straight into 「导入」, the page brings its data block: the very report (digest checked).
    await page.goto('/');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const direct = page.getByRole('dialog', { name: '导入' });
    await direct.getByRole('textbox').click();
    await page.keyboard.press('Control+V');
    await direct.getByRole('button', { name: '识别粘贴的文本' }).click();
    await expect(direct).toContainText('文件中的填报内容与本机的完全相同');
    await direct.getByRole('button', { name: '取消' }).click();

    // A CMS editor: a contenteditable element, pasted into with the keyboard.
    const cms = await context.newPage();
    const cmsProblems = await watch(cms);
    await cms.setContent('<div id="cms" contenteditable="true" style="min-height:4em"></div>');
    await cms.locator('#cms').click();
    await cms.keyboard.press('Control+V');
    const editor = cms.locator('#cms');
    await expect(editor.locator('table')).toHaveCount(3);
    await expect(editor.locator('thead')).toHaveCount(2);
    await expect(editor.locator('h1')).toHaveText(report.meta.title);
    await expect(editor.locator('th[scope="rowgroup"][rowspan="22"]')).toHaveText('三、本年度办理结果');
    await expect(editor.locator('th[scope="colgroup"][colspan="7"]')).toHaveText('申请人情况');
    const totals = editor
      .locator('tr', { has: cms.locator('th', { hasText: /^（七）总计$/ }) })
      .locator('td');
    await expect(totals).toHaveText(Object.values(report.applications.totalHandled).map((n) => String(n)));
    await expect(editor.locator('script')).toHaveCount(0);
    expect(await cmsProblems()).toEqual([null]);

    // What the CMS page now holds, copied and pasted into 「导入」 (no data block: the markup alone).
    await editor.press('Control+A');
    await editor.press('Control+C');
    await page.goto('/');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '导入' });
    await dialog.getByRole('textbox').click();
    await page.keyboard.press('Control+V');
    await dialog.getByRole('button', { name: '识别粘贴的文本' }).click();
    await dialog.getByRole('button', { name: '确认导入' }).click();
    expectShown(await importedReport(page), report);
    expect(await appProblems()).toEqual([null]);
  });
