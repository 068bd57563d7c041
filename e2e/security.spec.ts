// Security hardening (issue 8): the app talks to no one but its own origin, shows hostile text as
// text, and rejects hostile files through 「导入」 without writing anything.
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { cellAddress } from '../src/domain/report/cell-address';
import { pasteInto } from './clipboard';
import { matrixTsv } from './fixture-data';
import { dumpDatabase } from './hardening-idb';
import { GBK_REPORT_TEXT, HUNDRED_KB, PAYLOADS } from './hardening-payloads';
import { EditorPage, ReportsListPage } from './pages/app-page';

declare global {
  interface Window {
    __xss?: unknown;
    __csp?: string[];
  }
}

/** Records CSP violations: a blocked inline script would mean markup was interpreted somewhere. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp?.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
}

/** Fails on any alert/confirm/prompt; a beforeunload prompt (pending autosave) is legitimate. */
function failOnDialogs(page: Page): string[] {
  const opened: string[] = [];
  page.on('dialog', (d) => {
    if (d.type() === 'beforeunload') return void d.accept();
    opened.push(`${d.type()}: ${d.message()}`);
    return void d.dismiss();
  });
  return opened;
}

test('a full run of the app requests nothing outside its own origin', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const requests: string[] = [];
  // context-level: also sees the service worker's own fetches.
  context.on('request', (r) => requests.push(r.url()));
  await watchCsp(page);

  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('请求记录测试局', 2025);
  await editor.step('overview');
  await pasteInto(editor.field('overview.proactive'), { text: '主动公开：\r\n一是……\r\n二是……' });
  await editor.field('overview.onRequest').fill('依申请公开情况：无。');
  await editor.step('applications');
  await pasteInto(editor.cell(cellAddress('applications', 'newReceived', 'natural')), { text: matrixTsv() });
  await expect(editor.cell(cellAddress('applications', 'unavailableNotHeld', 'natural'))).toHaveValue('19');
  await editor.saved();
  await editor.step('checks');
  await expect(page.getByRole('region', { name: '校验结果' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/请求记录测试局2025年.*\.json$/);
  await page.getByRole('main').getByRole('link', { name: '打印预览' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /请求记录测试局2025年/ })).toBeVisible();
  await expect(page.getByText('依申请公开情况：无。')).toBeVisible();

  expect(requests.length).toBeGreaterThan(3);
  const foreign = requests.filter((u) => {
    if (u.startsWith('data:')) return false; // inline, no network
    if (u.startsWith('blob:')) return !u.startsWith(`blob:${origin}/`);
    return new URL(u).origin !== origin;
  });
  expect(foreign).toEqual([]);
  expect(await page.evaluate(() => window.__csp)).toEqual([]);
});

test('hostile text in every field is stored and shown as text, never run', async ({ page }) => {
  // ~13 s alone; it types every field key by key, and on a loaded 2-core runner that took > 60 s once.
  test.setTimeout(150_000);
  const dialogs = failOnDialogs(page);
  await watchCsp(page);
  const list = new ReportsListPage(page);
  await list.goto();

  // The organ name is typed key by key into the new-report dialog.
  const organ = PAYLOADS[0]!;
  await page.getByRole('button', { name: '新建报告' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await dialog.getByLabel('机关名称').pressSequentially(organ);
  await dialog.getByLabel('报告年度').fill('2025');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(page).toHaveURL(/#\/r\//);
  const editor = new EditorPage(page);
  const id = editor.reportId;
  await expect(page.getByRole('heading', { level: 1 })).toContainText(organ);

  const written = new Map<string, string>();
  let n = 1;
  const next = (field: string) => `${PAYLOADS[n++ % PAYLOADS.length]}｜${field}`;

  // 报告信息: every text input and textarea (year and date inputs cannot hold text).
  const metaFields = page.locator(
    '[data-field^="meta."]:is(textarea, input:not([type]), input[type="text"])',
  );
  const metaIds = await metaFields.evaluateAll((els) => els.map((e) => e.getAttribute('data-field')!));
  expect(metaIds).toEqual(
    expect.arrayContaining(['meta.agencyName', 'meta.title', 'meta.preamble', 'meta.website']),
  );
  for (const f of metaIds) {
    if (f === 'meta.agencyName') continue; // typed above, kept for the list and heading checks
    const value = next(f);
    await editor.field(f).fill(value);
    written.set(f, value);
  }

  for (const step of ['overview', 'problems', 'otherMatters'] as const) {
    await editor.step(step);
    const ids = await page
      .locator('textarea[data-field]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-field')!));
    expect(ids.length).toBeGreaterThan(1);
    for (const f of ids) {
      const value = f === 'overview.proactive' ? HUNDRED_KB : next(f);
      if (f === 'problems.problems') await editor.field(f).pressSequentially(value);
      else await editor.field(f).fill(value);
      written.set(f, value);
    }
  }
  await editor.saved();

  // Stored exactly as typed.
  await page.reload();
  await editor.step('otherMatters');
  for (const [f, v] of written)
    if (f.startsWith('otherMatters.')) await expect(editor.field(f)).toHaveValue(v);
  await editor.step('meta');
  for (const [f, v] of written) if (f.startsWith('meta.')) await expect(editor.field(f)).toHaveValue(v);

  // The print view shows the title, preamble and every narrative as literal text.
  await page.goto(`/#/print/${encodeURIComponent(id)}`);
  const doc = page.locator('article.doc');
  await expect(doc.getByRole('heading', { level: 1 })).toHaveText(written.get('meta.title')!);
  for (const [f, v] of written) {
    // The preamble and 总述 are printed as paragraphs without a heading of their own.
    if (f === 'meta.preamble' || f === 'overview.intro') await expect(doc).toContainText(v);
    else if (!f.startsWith('meta.'))
      await expect(doc.locator(`[data-print-field="${f}"]`)).toContainText(v, { timeout: 2000 });
  }

  // The reports list shows the organ name as text too.
  await page.goto('/#/');
  await expect(page.locator(`tr[data-report-id="${id}"]`)).toContainText(organ);

  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  expect(await page.locator('img[src="x"], iframe, svg[onload], a[href^="javascript:"]').count()).toBe(0);
  expect(await page.evaluate(() => window.__csp)).toEqual([]);
  expect(dialogs).toEqual([]);
});

type HostileFile = { name: string; mimeType: string; buffer: Buffer } | string;

test('hostile files through 「导入」: a Chinese error each, and the database is untouched', async ({
  page,
}, testInfo) => {
  const dialogs = failOnDialogs(page);
  const list = new ReportsListPage(page);
  await list.goto();
  const editor = await list.createReport('导入防护测试局', 2025);
  await editor.field('meta.contactPhone').fill('0537-0000000');
  await editor.saved();
  // A real report file, exported by the app, is the base of the damaged ones.
  await editor.step('checks');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出JSON' }).click();
  const valid = readFileSync(await (await download).path(), 'utf8');
  expect(JSON.parse(valid)).toMatchObject({ format: 'gov-info-disclosure-annual-report' });
  await list.goto();

  const withProto = valid.replace('"format":', '"__proto__": { "polluted": "yes" },\n  "format":');
  expect(withProto).toContain('__proto__');
  // The 21 MB file goes by path: as a buffer, Playwright would push it through the protocol (~40 s).
  const big = testInfo.outputPath('超大文件.json');
  writeFileSync(big, Buffer.alloc(21 * 1024 * 1024, 0x20));
  const cases: { file: HostileFile; error: RegExp }[] = [
    {
      file: {
        name: '截断的报告.json',
        mimeType: 'application/json',
        buffer: Buffer.from(valid.slice(0, Math.floor(valid.length / 2))),
      },
      error: /不是有效的JSON文件（可能已损坏或不完整）/,
    },
    {
      file: {
        name: '年度报告.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: Buffer.from('This is not a zip archive at all.'),
      },
      error: /不是有效的 \.docx 文件/,
    },
    {
      file: {
        name: '乱码.txt',
        mimeType: 'text/plain',
        // Invalid UTF-8 (stray continuation bytes, truncated sequences); no BOM — Chromium's
        // Blob.text() would take FF FE as UTF-16 and decode anything.
        buffer: Buffer.from([
          0x80, 0x81, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0x41, 0x42, 0xf0, 0x28, 0x8c, 0xbc, 0xfe,
        ]),
      },
      error: /不是可识别的文本（UTF-8 或 GBK 编码）/,
    },
    {
      file: { name: '原型污染.json', mimeType: 'application/json', buffer: Buffer.from(withProto) },
      error: /不允许的字段名「__proto__」/,
    },
    { file: big, error: /文件过大/ },
  ];

  for (const { file, error } of cases) {
    const name = typeof file === 'string' ? file : file.name;
    const before = await dumpDatabase(page);
    expect(Object.keys(before)).toEqual(
      expect.arrayContaining(['reports', 'versions', 'settings', 'rosters']),
    );
    await page.getByRole('button', { name: '导入', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '导入' });
    await dialog.getByLabel('选择文件').setInputFiles(file);
    const alert = dialog.getByRole('alert');
    await expect(alert, name).toHaveText(error);
    await expect(alert).toHaveText(/[\u4e00-\u9fff]/);
    // Nothing to confirm: no button would write the file.
    await expect(
      dialog.getByRole('button', {
        name: /^(导入|确认导入|替换本机的报告|导入审核记录和批注|作为副本导入)$/,
      }),
    ).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(await dumpDatabase(page), name).toEqual(before);
  }
  expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
  await expect(list.row('导入防护测试局')).toHaveCount(1);
  expect(dialogs).toEqual([]);
});

// A GBK .txt is the usual encoding of a report saved by Notepad on Chinese Windows.
test('a GBK-encoded .txt is decoded or refused, never imported as mojibake', async ({ page }) => {
  const list = new ReportsListPage(page);
  await list.goto();
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入' });
  await dialog
    .getByLabel('选择文件')
    .setInputFiles({ name: '曲阜年报.txt', mimeType: 'text/plain', buffer: GBK_REPORT_TEXT });
  const decoded = dialog.getByText('曲阜市人民政府办公室').first();
  const refused = dialog.getByRole('alert').filter({ hasText: 'UTF-8' });
  await expect(decoded.or(refused)).toBeVisible({ timeout: 5000 });
});
