// Issue 17 §2: offices on 麒麟 / 统信UOS run Firefox ESR. The main flow in Debian's Firefox ESR
// (Gecko, not Chromium): create, type in the matrix by keyboard, paste a block, see the checks,
// reload, export JSON, import it on another computer (a second Firefox profile), print preview,
// and import a published report's text through the file picker (its reader runs in a worker).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { canonicalJson } from '../../src/domain/interchange/canonical-json';
import { cellAddress, cellId } from '../../src/domain/report/cell-address';
import { INPUT_COLUMNS, INPUT_ROWS, matrixTsv, matrixValue } from '../fixture-data';
import { INTRANET_HOST, nginxBinary, startNginx } from '../intranet/nginx-server';
import { firefoxInstalled, Gecko, KEY, type NodeRef } from './gecko';
import { attr, byText, clipboardSource, focusedCell, inputValue, labelled, textOf } from './in-page';

// CI installs Firefox ESR (.ci/run) and must run this; a developer machine without it skips.
test.skip(
  !firefoxInstalled() && !process.env.CI,
  'Firefox ESR is not installed (apt-get install firefox-esr)',
);
test.setTimeout(120_000);

const AGENCY = '火狐浏览器测试局';
const cell = (row: (typeof INPUT_ROWS)[number], column: (typeof INPUT_COLUMNS)[number]) =>
  `[data-cell="${cellId(cellAddress('applications', row, column))}"]`;

async function clickText(ff: Gecko, selector: string, text: string, partly = false) {
  const node = await ff.waitFor<NodeRef>(`${selector} 「${text}」`, byText, selector, text, partly);
  await ff.click(node);
}

async function typeInto(ff: Gecko, node: NodeRef, text: string) {
  await ff.click(node);
  await ff.press('a', [KEY.Control]);
  await ff.press(text);
}

async function step(ff: Gecko, label: string) {
  await clickText(ff, 'nav a', label, true);
  await ff.waitFor(`step ${label}`, byText, 'nav a[aria-current="step"]', label, true);
}

/** The downloaded .json once Firefox has finished writing it (it appears empty first). */
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

async function openImport(ff: Gecko) {
  await clickText(ff, 'button', '导入');
  return ff.waitFor<NodeRef>('the file picker', labelled, 'dialog', '选择文件');
}

test('a clerk in Firefox ESR on an intranet server over plain HTTP: type, paste, checks, reload, export; another computer imports and prints', async () => {
  const info = test.info();
  test.skip(!nginxBinary() && !process.env.CI, 'nginx is not installed (apt-get install nginx)');
  const server = await startNginx({ https: false });
  const ff = await Gecko.launch({ localHosts: [INTRANET_HOST] });
  const other = await Gecko.launch({ localHosts: [INTRANET_HOST] });
  const baseURL = server.appUrl.replace(/\/$/, '');
  try {
    await ff.goto(`${baseURL}/#/`);
    // What an intranet page lacks in Gecko too: ids, digests and signatures must not need them.
    expect(
      await ff.call(() => ({
        secure: window.isSecureContext,
        randomUUID: typeof crypto.randomUUID,
        subtle: typeof crypto.subtle,
        serviceWorker: 'serviceWorker' in navigator,
      })),
    ).toEqual({ secure: false, randomUUID: 'undefined', subtle: 'undefined', serviceWorker: false });
    await clickText(ff, 'button', '新建报告');
    await typeInto(ff, await ff.waitFor('机关名称', labelled, 'dialog', '机关名称'), AGENCY);
    await typeInto(ff, await ff.waitFor('报告年度', labelled, 'dialog', '报告年度'), '2024');
    await ff.click(await ff.waitFor('部门', labelled, 'dialog', '部门'));
    await clickText(ff, 'dialog button', '创建');
    await ff.waitFor('the editor', () => /#\/r\//.test(location.hash));
    const id = decodeURIComponent(
      (await ff.call<string>(() => location.hash)).replace(/^#\/r\/([^/?]+).*$/, '$1'),
    );

    // Keyboard as in Excel: type, Tab to the next column, Enter down.
    await step(ff, '三、依申请公开');
    await typeInto(
      ff,
      await ff.waitFor(
        'a matrix cell',
        (s: string) => document.querySelector(s),
        cell('newReceived', 'natural'),
      ),
      '3',
    );
    await ff.press(KEY.Tab);
    expect(await ff.call(focusedCell)).toBe(cellId(cellAddress('applications', 'newReceived', 'business')));
    await clickText(ff, 'button', '空白填0', true);
    await ff.waitFor(
      'balance differs',
      (s: string) => document.querySelector(s)?.getAttribute('data-state') === 'differs',
      '[data-balance="natural"]',
    );
    await typeInto(
      ff,
      await ff.waitFor('granted cell', (s: string) => document.querySelector(s), cell('granted', 'natural')),
      '3',
    );
    await ff.press(KEY.Enter);
    await ff.waitFor(
      'balance equal',
      (s: string) => document.querySelector(s)?.getAttribute('data-state') === 'equal',
      '[data-balance="natural"]',
    );
    await ff.waitFor(
      '已保存',
      (s: string) => document.querySelector(s) !== null,
      '[data-save-state="saved"]',
    );

    // A block copied from Excel (Ctrl+C) and pasted (Ctrl+V) on a cell fills the whole matrix.
    const source = await ff.call<NodeRef>(clipboardSource, matrixTsv());
    await ff.click(source);
    await ff.press('a', [KEY.Control]);
    await ff.press('c', [KEY.Control]);
    await ff.call((box: Element) => box.remove(), source);
    const first = cell('newReceived', 'natural');
    await ff.click(
      await ff.waitFor<NodeRef>('the first cell', (s: string) => document.querySelector(s), first),
    );
    await ff.press('v', [KEY.Control]);
    await ff.waitFor(
      'the pasted block',
      (s: string, v: string) => (document.querySelector(s) as HTMLInputElement | null)?.value === v,
      first,
      String(matrixValue('newReceived', 'natural')),
    );
    await ff.waitFor(
      '已保存',
      (s: string) => document.querySelector(s) !== null,
      '[data-save-state="saved"]',
    );

    // Reload: every number is still there (IndexedDB in Gecko).
    await ff.reload();
    await step(ff, '三、依申请公开');
    for (const row of INPUT_ROWS)
      for (const col of INPUT_COLUMNS)
        expect(await ff.waitFor(`${row}/${col}`, inputValue, cell(row, col)), `${row}/${col}`).toBe(
          String(matrixValue(row, col)),
        );

    await step(ff, '校验与导出');
    await clickText(ff, 'button', '导出JSON');
    const { path, text } = await downloadedJson(ff.downloads);
    const file = JSON.parse(text) as { report: unknown; digest: { value: string } };
    expect(file.digest.value).toBe(createHash('sha256').update(canonicalJson(file.report)).digest('hex'));

    // Another computer: import the file, open the print preview.
    await other.goto(`${baseURL}/#/`);
    await other.setFiles(await openImport(other), [path]);
    await other.waitFor('the preview', byText, 'dialog *', AGENCY, true);
    await clickText(other, 'dialog button', '导入');
    await other.waitFor(
      'the imported report',
      (h: string) => location.hash.startsWith(h),
      `#/r/${encodeURIComponent(id)}/`,
    );
    await other.goto(`${baseURL}/#/print/${encodeURIComponent(id)}`);
    const printed = `[data-print-cell="${cellId(cellAddress('applications', 'granted', 'natural'))}"]`;
    expect(await other.waitFor(printed, textOf, printed)).toBe(String(matrixValue('granted', 'natural')));

    expect(ff.errors).toEqual([]);
    expect(other.errors).toEqual([]);
  } finally {
    await ff.screenshot(info.outputPath('clerk.png'));
    await other.screenshot(info.outputPath('other.png'));
    await ff.close();
    await other.close();
    await server.stop();
  }
});

test('a published report imported in Firefox ESR through the file picker reads every number', async ({
  baseURL,
}) => {
  const ff = await Gecko.launch();
  try {
    await ff.goto(`${baseURL}/#/`);
    const source = new URL('../../src/domain/fixtures/qufu-2021.txt', import.meta.url).pathname;
    await ff.setFiles(await openImport(ff), [source]);
    expect(await ff.waitFor('numbers read', textOf, '[data-testid="numbers-read"]')).toBe('200 个');
    await clickText(ff, 'dialog button', '确认导入');
    await ff.waitFor(
      '错误 0',
      (s: string) => document.querySelector(s)?.textContent === '错误 0',
      '[data-count="error"]',
    );
    expect(await ff.call(attr, 'html', 'lang')).toBe('zh-CN');
    expect(ff.errors).toEqual([]);
  } finally {
    await ff.close();
  }
});
