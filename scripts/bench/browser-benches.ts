// Figures 7–10: the production build in Debian's Chromium, driven like a clerk would (hash routes,
// real keystrokes, a real paste event), timed inside the page (page-harness.ts). Each figure is
// taken in its own try/catch: a selector the UI does not have yet fails that figure only.
import { type Browser, chromium } from '@playwright/test';
import { errorText, reloadAt } from './browser-sampling';
import {
  EDITOR_IDS,
  EDITOR_LABELS,
  EDITOR_REPS,
  EDITOR_WARMUP,
  keystrokeToBalance,
  keystrokeToSaved,
  pasteMatrix,
} from './editor-benches';
import { LIST_LABELS, listFigures } from './list-benches';
import { installHarness, NAME_SHIM } from './page-harness';
import { replaceReports, waitForAppDb } from './page-store';
import { type PreviewServer, startPreview } from './preview-server';
import type { TimingRow } from './report-table';
import { emptyRecord, fixtureDraft, storedRecord } from './seed';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export type BrowserRun = { rows: TimingRow[]; info: string[] };

export async function runBrowserBenches(
  cwd: string,
  deadline: number,
  progress: (label: string) => void,
): Promise<BrowserRun> {
  const info: string[] = [];
  const rows: TimingRow[] = [];
  let server: PreviewServer | null = null;
  let browser: Browser | null = null;
  try {
    progress('starting vite preview');
    server = await startPreview(cwd);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    info.push(`Chromium ${browser.version()} on ${server.url}, service workers blocked`);
    progress(`Chromium ${browser.version()} launched`);
    // No service worker: every figure measures the app, not a cache filling in the background.
    const context = await browser.newContext({
      serviceWorkers: 'block',
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    await context.addInitScript({ content: NAME_SHIM });
    await context.addInitScript(installHarness);
    const page = await context.newPage();
    page.on('dialog', (d) => void d.accept());
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    await page.goto(`${server.url}/#/`);
    await waitForAppDb(page);
    progress('7 reports list / open a report');
    rows.push(...(await listFigures(page, deadline, progress)));

    // The editor figures run on a small database of their own (the 1,000 list reports are gone).
    await replaceReports(page, [
      storedRecord(fixtureDraft(EDITOR_IDS.typing)),
      storedRecord(fixtureDraft(EDITOR_IDS.matrix)),
      ...Array.from({ length: EDITOR_REPS.paste + EDITOR_WARMUP.paste }, (_, i) =>
        emptyRecord(EDITOR_IDS.paste(i)),
      ),
    ]);
    await reloadAt(page, `#/r/${EDITOR_IDS.typing}/overview`);
    progress('8 keystroke → IndexedDB commit');
    rows.push(await keystrokeToSaved(page, deadline));
    progress('9 keystroke → balance row');
    rows.push(await keystrokeToBalance(page, deadline));
    progress('10 paste');
    rows.push(await pasteMatrix(page, deadline));

    if (pageErrors.length > 0)
      info.push(`page errors (${pageErrors.length}): ${pageErrors.slice(-3).join(' | ')}`);
  } catch (e) {
    // Setup failed (server, browser, seeding): every figure not yet taken says why.
    const taken = new Set(rows.map((r) => r.label));
    for (const label of [...Object.values(LIST_LABELS), ...Object.values(EDITOR_LABELS)])
      if (!taken.has(label)) rows.push({ label, outcome: { kind: 'failed', message: errorText(e) } });
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  }
  return { rows, info };
}
