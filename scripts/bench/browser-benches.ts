// Figures 7–10: the production build in Debian's Chromium, driven like a clerk would (hash routes,
// real keystrokes, a real paste event), timed inside the page (page-harness.ts). Each figure is
// taken in its own try/catch: a selector the UI does not have yet fails that figure only.
import { type Browser, chromium, type Page } from '@playwright/test';
import { installHarness, NAME_SHIM, type PageTiming } from './page-harness';
import { replaceReports, timeReadAllReports, waitForAppDb } from './page-store';
import { type PreviewServer, startPreview } from './preview-server';
import type { Goal, TimingRow } from './report-table';
import { benchId, emptyRecord, fixtureDraft, listRecords, matrixTsv, storedRecord } from './seed';
import { summarize } from './stats';

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

// The DOM hooks the figures rely on (SPEC §8 data-cell / data-field, SPEC §10 save indicator).
export const SELECTORS = {
  listRows: 'table.list tbody tr',
  agencyField: '[data-field="meta.agencyName"]',
  overviewField: '[data-field="overview.proactive"]',
  saveState: '[data-save-state]',
  matrixCell: '[data-cell="applications.granted.natural"]',
  balanceNatural: '[data-balance="natural"]',
  pasteCell: '[data-cell="applications.newReceived.natural"]',
  balanceTotal: '[data-balance="total"]',
} as const;

const LIST_SIZE = 1000;
const REPS = { list: 10, open: 10, typing: 100, matrix: 200, paste: 20 } as const;
const WARMUP = { list: 1, open: 1, typing: 5, matrix: 10, paste: 1 } as const;
/** Consecutive failed samples after which a figure gives up (one broken hook must not eat the time budget). */
const MAX_FAILURES = 3;

const LABELS = {
  list: `7a reports list, ${LIST_SIZE.toLocaleString('en')} reports`,
  rawRead: `7a′ raw IndexedDB getAll, ${LIST_SIZE.toLocaleString('en')} records`,
  open: '7b open a report (报告信息)',
  typing: '8 keystroke → IndexedDB commit',
  matrix: '9 keystroke → balance row',
  paste: '10 paste 24×6 block → balanced',
} as const;

const IDS = {
  typing: benchId('typing'),
  matrix: benchId('matrix'),
  paste: (i: number) => benchId(`paste-${String(i).padStart(2, '0')}`),
};

type Sampled = { dom: number[]; frame: number[]; stopped: string | null };

const errorText = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0]! : String(e));

/** Takes `reps` samples after `warmup` unmeasured ones; stops at the deadline or after repeated failures. */
async function sample(
  reps: number,
  warmup: number,
  deadline: number,
  once: (i: number) => Promise<PageTiming>,
): Promise<Sampled> {
  const out: Sampled = { dom: [], frame: [], stopped: null };
  let failures = 0;
  for (let i = 0; i < warmup + reps; i++) {
    if (performance.now() > deadline) {
      out.stopped = `stopped at the time budget after ${out.dom.length} of ${reps}`;
      break;
    }
    try {
      const t = await once(i);
      failures = 0;
      if (i < warmup) continue;
      out.dom.push(t.dom);
      if (Number.isFinite(t.frame)) out.frame.push(t.frame);
    } catch (e) {
      failures++;
      if (failures >= MAX_FAILURES || out.dom.length === 0) throw e;
    }
  }
  if (out.dom.length === 0) throw new Error(out.stopped ?? 'no samples');
  return out;
}

function timingRow(
  label: string,
  s: Sampled,
  goal: Goal,
  note: string,
): Omit<TimingRow, 'label'> & { label: string } {
  const frame = s.frame.length > 0 ? `next frame: median ${summarize(s.frame).median.toFixed(1)} ms` : '';
  return {
    label,
    outcome: { kind: 'measured', summary: summarize(s.dom) },
    goal,
    note: [note, frame, s.stopped ?? ''].filter(Boolean).join('; '),
  };
}

async function gotoHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

/** Navigates to `hash` and reloads, so the app reads what was just put into IndexedDB. */
async function reloadAt(page: Page, hash: string): Promise<void> {
  await gotoHash(page, hash);
  await page.reload();
}

// ---- 7: reports list and opening a report ----------------------------------------------------

async function showSettings(page: Page): Promise<void> {
  await gotoHash(page, '#/settings');
  await page.waitForFunction(
    (rows) => !document.querySelector(rows) && !!document.querySelector('main h1'),
    SELECTORS.listRows,
    {
      timeout: 10_000,
    },
  );
}

async function showList(page: Page): Promise<void> {
  await gotoHash(page, '#/');
  await page.waitForFunction(
    ({ rows, n }) => document.querySelectorAll(rows).length === n,
    { rows: SELECTORS.listRows, n: LIST_SIZE },
    { timeout: 15_000 },
  );
}

async function listFigures(
  page: Page,
  deadline: number,
  progress: (label: string) => void,
): Promise<TimingRow[]> {
  const rows: TimingRow[] = [];
  const records = listRecords(LIST_SIZE, 2023);
  await replaceReports(page, records);
  await reloadAt(page, '#/settings');
  await waitForAppDb(page);
  progress(`${LIST_SIZE} reports stored`);

  const listLabel = LABELS.list;
  try {
    const s = await sample(REPS.list, WARMUP.list, deadline, async () => {
      await showSettings(page);
      return page.evaluate(
        ({ rows, n }) =>
          window.__nbBench!.measure(
            () => {
              window.location.hash = '#/';
            },
            () => document.querySelectorAll(rows).length === n,
            15_000,
            () => `${document.querySelectorAll(rows).length} rows`,
          ),
        { rows: SELECTORS.listRows, n: LIST_SIZE },
      );
    });
    rows.push(
      timingRow(
        listLabel,
        s,
        { stat: 'median', maxMs: 100 },
        `#/settings → ${LIST_SIZE} rows of ${SELECTORS.listRows}`,
      ),
    );
  } catch (e) {
    rows.push({ label: listLabel, outcome: { kind: 'failed', message: errorText(e) } });
  }

  try {
    const s = await sample(REPS.list, WARMUP.list, deadline, async () => {
      const r = await timeReadAllReports(page);
      if (r.count !== LIST_SIZE) throw new Error(`read ${r.count} records, expected ${LIST_SIZE}`);
      return { dom: r.ms, frame: Number.NaN };
    });
    rows.push({
      label: LABELS.rawRead,
      outcome: { kind: 'measured', summary: summarize(s.dom) },
      note: 'no goal: the storage share of 7a (whole records, drafts included), no Dexie, no rendering',
    });
  } catch (e) {
    rows.push({ label: LABELS.rawRead, outcome: { kind: 'failed', message: errorText(e) } });
  }

  const openLabel = LABELS.open;
  try {
    const ids = Array.from(
      { length: REPS.open + WARMUP.open },
      (_, i) => records[(i * 97 + 13) % records.length]!.id,
    );
    const s = await sample(REPS.open, WARMUP.open, deadline, async (i) => {
      await showList(page);
      return page.evaluate(
        ({ hash, field }) =>
          window.__nbBench!.measure(
            () => {
              window.location.hash = hash;
            },
            () => document.querySelector(field) !== null,
            10_000,
            () =>
              `location ${window.location.hash}, ${document.querySelector('main')?.textContent?.slice(0, 60) ?? 'no main'}`,
          ),
        { hash: `#/r/${ids[i]}/meta`, field: SELECTORS.agencyField },
      );
    });
    rows.push(
      timingRow(
        openLabel,
        s,
        { stat: 'median', maxMs: 100 },
        `from the list (${LIST_SIZE} rows) → ${SELECTORS.agencyField}`,
      ),
    );
  } catch (e) {
    rows.push({ label: openLabel, outcome: { kind: 'failed', message: errorText(e) } });
  }
  return rows;
}

// ---- 8–10: the editor -----------------------------------------------------------------------

async function keystrokeToSaved(page: Page, deadline: number): Promise<TimingRow> {
  const label = LABELS.typing;
  try {
    await gotoHash(page, `#/r/${IDS.typing}/overview`);
    const field = page.locator(SELECTORS.overviewField);
    await field.waitFor({ timeout: 10_000 });
    await page.locator(SELECTORS.saveState).waitFor({ timeout: 10_000 });
    await field.focus();
    await field.evaluate((el) => {
      const t = el as HTMLTextAreaElement;
      t.setSelectionRange(t.value.length, t.value.length);
    });
    // ASCII letters: Playwright types characters outside the US layout as insertText, without keydown.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const s = await sample(REPS.typing, WARMUP.typing, deadline, async (i) => {
      await page.evaluate(
        (sel) => window.__nbBench!.armKey({ kind: 'saved', selector: sel }, 5000),
        SELECTORS.saveState,
      );
      await page.keyboard.type(letters[i % letters.length]!);
      return page.evaluate(() => window.__nbBench!.taken());
    });
    return timingRow(
      label,
      s,
      { stat: 'p95', maxMs: 600 },
      `${SELECTORS.overviewField}, one key at a time; keydown → saving → saved`,
    );
  } catch (e) {
    return { label, outcome: { kind: 'failed', message: errorText(e) } };
  }
}

async function keystrokeToBalance(page: Page, deadline: number): Promise<TimingRow> {
  const label = LABELS.matrix;
  try {
    await gotoHash(page, `#/r/${IDS.matrix}/applications`);
    const cell = page.locator(SELECTORS.matrixCell);
    await cell.waitFor({ timeout: 10_000 });
    await page.locator(SELECTORS.balanceNatural).waitFor({ timeout: 10_000 });
    await cell.focus();
    // The fixture's 「（一）予以公开」 natural-person cell is 0 and its column balances: 5 breaks the
    // balance, 0 restores it. Selecting the cell first makes each digit replace the last one.
    const s = await sample(REPS.matrix, WARMUP.matrix, deadline, async (i) => {
      await page.evaluate(
        ({ cell, balance }) => {
          (document.querySelector(cell) as HTMLInputElement | null)?.select();
          window.__nbBench!.armKey({ kind: 'text', selector: balance }, 3000);
        },
        { cell: SELECTORS.matrixCell, balance: SELECTORS.balanceNatural },
      );
      await page.keyboard.type(i % 2 === 0 ? '5' : '0');
      return page.evaluate(() => window.__nbBench!.taken());
    });
    return timingRow(
      label,
      s,
      { stat: 'p95', maxMs: 16 },
      `${SELECTORS.matrixCell} 5/0 → text of ${SELECTORS.balanceNatural}`,
    );
  } catch (e) {
    return { label, outcome: { kind: 'failed', message: errorText(e) } };
  }
}

async function pasteMatrix(page: Page, deadline: number): Promise<TimingRow> {
  const label = LABELS.paste;
  try {
    const tsv = matrixTsv();
    const s = await sample(REPS.paste, WARMUP.paste, deadline, async (i) => {
      await gotoHash(page, `#/r/${IDS.paste(i)}/applications`);
      await page.waitForFunction(
        ({ cell, total }) =>
          document.querySelector(cell) !== null &&
          document.querySelector(total)?.getAttribute('data-state') === 'pending',
        { cell: SELECTORS.pasteCell, total: SELECTORS.balanceTotal },
        { timeout: 10_000 },
      );
      await page.locator(SELECTORS.pasteCell).focus();
      const t = await page.evaluate(
        ({ cell, total, text }) =>
          window.__nbBench!.measure(
            () => {
              const data = new DataTransfer();
              data.setData('text/plain', text);
              document
                .querySelector(cell)!
                .dispatchEvent(
                  new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
                );
            },
            () => document.querySelector(total)?.getAttribute('data-state') === 'equal',
            10_000,
            () =>
              `data-state=${document.querySelector(total)?.getAttribute('data-state')}` +
              (document.querySelector('[role="dialog"]') ? ', a dialog opened (paste preview?)' : ''),
          ),
        { cell: SELECTORS.pasteCell, total: SELECTORS.balanceTotal, text: tsv },
      );
      // Let the autosave of this report finish before the next one opens.
      await page.locator('[data-save-state="saved"]').waitFor({ timeout: 10_000 });
      return t;
    });
    return timingRow(
      label,
      s,
      { stat: 'median', maxMs: 50 },
      `TSV on ${SELECTORS.pasteCell} of a new empty report → ${SELECTORS.balanceTotal}[data-state=equal]`,
    );
  } catch (e) {
    return { label, outcome: { kind: 'failed', message: errorText(e) } };
  }
}

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
    progress('starting vite preview and Chromium');
    server = await startPreview(cwd);
    progress(`vite preview answers on ${server.url}`);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    info.push(`Chromium ${browser.version()}, ${server.url}`);
    progress(`Chromium ${browser.version()} launched`);
    // No service worker: every figure measures the app, not a cache warming up in the background.
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
    progress('app loaded, database created');

    progress('7 reports list / open a report');
    rows.push(...(await listFigures(page, deadline, progress)));

    // The editor figures run on a small database of their own (the 1,000 list reports are gone).
    await replaceReports(page, [
      storedRecord(fixtureDraft(IDS.typing)),
      storedRecord(fixtureDraft(IDS.matrix)),
      ...Array.from({ length: REPS.paste + WARMUP.paste }, (_, i) => emptyRecord(IDS.paste(i))),
    ]);
    await reloadAt(page, `#/r/${IDS.typing}/overview`);
    progress('8 keystroke → IndexedDB');
    rows.push(await keystrokeToSaved(page, deadline));
    progress('9 keystroke → balance row');
    rows.push(await keystrokeToBalance(page, deadline));
    progress('10 paste');
    rows.push(await pasteMatrix(page, deadline));

    if (pageErrors.length > 0)
      info.push(`page errors (${pageErrors.length}): ${pageErrors.slice(-3).join(' | ')}`);
    return { rows, info };
  } catch (e) {
    // Setup failed (server, browser, seeding): every figure not yet taken reports why.
    const message = errorText(e);
    const taken = new Set(rows.map((r) => r.label));
    for (const label of Object.values(LABELS))
      if (!taken.has(label)) rows.push({ label, outcome: { kind: 'failed', message } });
    return { rows, info };
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  }
}
