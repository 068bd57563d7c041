// Deployment as offices run it (issue 17): the production build behind a real nginx configured by
// deploy/nginx.conf, under /nianbao/ at a non-localhost host name. Over plain HTTP the page is not
// a secure context (no crypto.randomUUID, no crypto.subtle, no service worker): everything but
// offline use must still work. Over HTTPS with a trusted self-signed certificate the app also
// installs for offline use.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { type BrowserContext, expect, type Page, type TestInfo, test } from '@playwright/test';
import { checkApproval } from '../../src/domain/interchange/approval';
import { canonicalJson } from '../../src/domain/interchange/canonical-json';
import { cellAddress, cellId } from '../../src/domain/report/cell-address';
import { waitForServiceWorker } from '../hardening-sw';
import { EditorPage, ReportsListPage } from '../pages/app-page';
import { submittedFile } from '../review-computers';
import { launchIntranetBrowser } from './intranet-browser';
import { INTRANET_HOST, type NginxServer, nginxBinary, SUB_PATH, startNginx } from './nginx-server';

// CI installs nginx (.ci/run) and must run this; a developer machine without it skips with a reason.
test.skip(!nginxBinary() && !process.env.CI, 'nginx is not installed (apt-get install nginx libnss3-tools)');
test.setTimeout(120_000);

const AGENCY = '内网部署测试局';

async function openApp(page: Page, appUrl: string, hash = '#/') {
  await page.goto(new URL(hash, appUrl).href);
}

/** Create, type, see the checks follow, export JSON; returns the report id and the exported file. */
async function createTypeCheckExport(page: Page, appUrl: string, info: TestInfo) {
  await openApp(page, appUrl);
  await expect(page.getByRole('heading', { name: '报告列表' })).toBeVisible();
  const editor = await new ReportsListPage(page).createReport(AGENCY, 2024);
  const id = editor.reportId;

  await editor.step('applications');
  await editor.fillCell(cellAddress('applications', 'newReceived', 'natural'), '3');
  await page.getByRole('button', { name: /空白填0/ }).click();
  await expect(page.locator('[data-balance="natural"]')).toHaveAttribute('data-state', 'differs');
  await editor.step('checks');
  await expect(editor.check('balance:natural')).toHaveAttribute('data-severity', 'error');

  await editor.step('applications');
  await editor.fillCell(cellAddress('applications', 'granted', 'natural'), '3');
  await expect(page.locator('[data-balance="natural"]')).toHaveAttribute('data-state', 'equal');
  await editor.saved();
  await editor.step('checks');
  await expect(editor.check('balance:natural')).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出JSON' }).click(),
  ]);
  const path = info.outputPath('report.json');
  await download.saveAs(path);
  return { id, path };
}

/** The exported digest is SHA-256 of the canonical JSON, whichever implementation the page used. */
async function expectValidDigest(path: string) {
  const file = JSON.parse(await readFile(path, 'utf8')) as {
    report: unknown;
    digest: { algorithm: string; value: string };
  };
  expect(file.digest.algorithm).toBe('SHA-256');
  expect(file.digest.value).toBe(createHash('sha256').update(canonicalJson(file.report)).digest('hex'));
}

/** On "another PC" (a fresh browser context): import the file, then open its print preview. */
async function importAndPrint(context: BrowserContext, appUrl: string, id: string, path: string) {
  const page = await context.newPage();
  await openApp(page, appUrl);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入' });
  await dialog.getByLabel('选择文件').setInputFiles(path);
  await expect(dialog.getByText(AGENCY)).toBeVisible();
  await expect(dialog.getByText('校验码不一致')).toHaveCount(0);
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/r/${id}/checks`));
  const imported = new EditorPage(page);
  await imported.step('applications');
  await expect(imported.cell(cellAddress('applications', 'granted', 'natural'))).toHaveValue('3');

  await openApp(page, appUrl, `#/print/${encodeURIComponent(id)}`);
  await expect(page.getByRole('heading', { name: new RegExp(`${AGENCY}2024年`) })).toBeVisible();
  await expect(
    page.locator(`[data-print-cell="${cellId(cellAddress('applications', 'granted', 'natural'))}"]`),
  ).toHaveText('3');
  return page;
}

/**
 * 审定 without WebCrypto (issue 16): the page signs with the pure-JS fallback; Node verifies the
 * 审定 file with WebCrypto, and the page showing the imported file (another PC) verifies it too.
 */
async function approveWithoutWebCrypto(page: Page, other: Page, appUrl: string, info: TestInfo) {
  const submitted = info.outputPath('submitted.json');
  await writeFile(submitted, await submittedFile('intranet-sign', AGENCY));
  await openApp(page, appUrl);
  await page.getByRole('button', { name: '导入', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入' });
  await dialog.getByLabel('选择文件').setInputFiles(submitted);
  await dialog.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page).toHaveURL(/#\/r\/intranet-sign\/checks/);
  const bar = page.getByRole('region', { name: '审核', exact: true });
  await bar.getByRole('button', { name: '审定', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog', { name: '审定' }).getByRole('button', { name: '审定' }).click(),
  ]);
  const approved = info.outputPath('approved.json');
  await download.saveAs(approved);
  const file = JSON.parse(await readFile(approved, 'utf8'));
  const check = await checkApproval(file.review, file.digest.value);
  if (check.kind !== 'verified') throw new Error(`approval signed over HTTP does not verify: ${check.kind}`);
  await expect(bar.locator('[data-approval="signed"] [data-fingerprint]')).toHaveText(check.fingerprint);

  await openApp(other, appUrl);
  await other.getByRole('button', { name: '导入', exact: true }).click();
  const received = other.getByRole('dialog', { name: '导入' });
  await received.getByLabel('选择文件').setInputFiles(approved);
  await expect(received.locator('[data-approval-trust="first"] [data-fingerprint]')).toHaveText(
    check.fingerprint,
  );
  await received.getByRole('button', { name: '取消' }).click();
}

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

type Head = { status: number; headers: Record<string, string | string[] | undefined> };

/** A GET straight to nginx with the intranet Host header (Node cannot resolve the name). */
function head(server: NginxServer, path: string, headers: Record<string, string> = {}): Promise<Head> {
  return new Promise((res, rej) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, headers: { host: INTRANET_HOST, ...headers } },
      (r) => {
        r.resume();
        r.on('end', () => res({ status: r.statusCode ?? 0, headers: r.headers }));
      },
    );
    req.on('error', rej);
    req.end();
  });
}

test('over plain HTTP at an intranet host name: create, type, checks, export, import, print, a signed 审定 — no offline install', async ({
  playwright,
}, info) => {
  const server = await startNginx({ https: false });
  const chrome = await launchIntranetBrowser(playwright.chromium, null);
  try {
    const context = await chrome.browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openApp(page, server.appUrl);
    // What an intranet page lacks: the defect of issue 17 came from relying on these.
    expect(
      await page.evaluate(() => ({
        secure: window.isSecureContext,
        randomUUID: typeof crypto.randomUUID,
        subtle: typeof crypto.subtle,
        serviceWorker: 'serviceWorker' in navigator,
      })),
    ).toEqual({ secure: false, randomUUID: 'undefined', subtle: 'undefined', serviceWorker: false });

    const { id, path } = await createTypeCheckExport(page, server.appUrl, info);
    await expectValidDigest(path);
    const other = await importAndPrint(await chrome.browser.newContext(), server.appUrl, id, path);
    await approveWithoutWebCrypto(page, other, server.appUrl, info);

    await openApp(page, server.appUrl, '#/settings');
    await expect(page.getByTestId('own-fingerprint').locator('[data-fingerprint]')).toHaveText(
      /^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/,
    );
    await expect(page.getByTestId('offline-status')).toHaveText(
      '本地址未使用 HTTPS，浏览器不允许离线安装；数据仍安全保存在本机',
    );
    await expect(page.getByText(/管理员可以为本站配置 HTTPS/)).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await chrome.close();
    await server.stop();
  }
});

test('deploy/nginx.conf: CSP header, no cache for index.html and sw.js, a year for hashed assets, gzip, sub-path', async () => {
  const server = await startNginx({ https: false });
  try {
    const index = await head(server, SUB_PATH);
    expect(index.status).toBe(200);
    expect(index.headers['cache-control']).toBe('no-cache');
    const html = await readFile('dist/index.html', 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBeTruthy();
    expect(index.headers['content-security-policy']).toBe(`${meta}; frame-ancestors 'none'`);
    expect(index.headers['x-content-type-options']).toBe('nosniff');

    expect((await head(server, `${SUB_PATH}sw.js`)).headers['cache-control']).toBe('no-cache');
    const manifest = await head(server, `${SUB_PATH}manifest.webmanifest`);
    expect(manifest.headers['content-type']).toBe('application/manifest+json');

    const entry = /<script type="module" crossorigin src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeTruthy();
    const asset = await head(server, `${SUB_PATH}${entry}`, { 'accept-encoding': 'gzip' });
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('max-age=31536000');
    expect(asset.headers['content-encoding']).toBe('gzip');
    expect(asset.headers['content-type']).toBe('application/javascript');
    // The security headers stay on every response, cached assets included.
    expect(asset.headers['content-security-policy']).toBe(index.headers['content-security-policy']);

    const bare = await head(server, SUB_PATH.replace(/\/$/, ''));
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe(`http://${INTRANET_HOST}${SUB_PATH}`);
  } finally {
    await server.stop();
  }
});

test('over HTTPS with a self-signed certificate trusted in NSS: the same flow, and the app works offline', async ({
  playwright,
}, info) => {
  const server = await startNginx({ https: true });
  const chrome = await launchIntranetBrowser(playwright.chromium, server.certificate);
  try {
    const context = await chrome.browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await openApp(page, server.appUrl);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);

    const { id, path } = await createTypeCheckExport(page, server.appUrl, info);
    await expectValidDigest(path);

    // Offline install: the worker controls the page, then the network goes away.
    await waitForServiceWorker(page);
    await openApp(page, server.appUrl, '#/settings');
    await expect(page.getByTestId('offline-status')).toHaveText(/^已可离线使用/);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
    await openApp(page, server.appUrl, `#/print/${encodeURIComponent(id)}`);
    await expect(page.getByRole('heading', { name: new RegExp(`${AGENCY}2024年`) })).toBeVisible();
    await context.setOffline(false);

    await importAndPrint(await chrome.browser.newContext(), server.appUrl, id, path);
    expect(errors).toEqual([]);
  } finally {
    await chrome.close();
    await server.stop();
  }
});
