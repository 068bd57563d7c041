// Figures 7–11: the production build in Debian's Chromium, driven like a clerk would (hash routes,
// real keystrokes, a real paste event), timed inside the page (page-harness.ts). Each figure is
// taken in its own try/catch: a selector the UI does not have yet fails that figure only. Each
// gets a share of the time left, so one slow figure cannot starve the others of the 5 minutes.

import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { replaceStoredReports } from '../../e2e/raw-store';
import type { StoredReport } from '../../src/storage/stored-report';
import { errorText, reloadAt } from './browser-sampling';
import { atRate, SLOW_PC_RATE } from './cpu-throttle';
import {
  EDITOR_IDS,
  EDITOR_LABELS,
  EDITOR_REPS,
  EDITOR_WARMUP,
  JOURNAL_SIZES_KB,
  journalCost,
  journalLabel,
  keystrokeToBalance,
  keystrokeToSaved,
  pasteMatrix,
  plainKeystroke,
  staticCopyKeystroke,
} from './editor-benches';
import { journalScript } from './journal-bundle';
import {
  LIST_LABELS,
  listFirstVisit,
  listPageLoad,
  listReturnVisit,
  openFromList,
  rawListRead,
  refreshStaleAtStart,
  seedList,
  staleCheckAtStart,
} from './list-benches';
import { installHarness, NAME_SHIM } from './page-harness';
import { waitForAppDb } from './page-store';
import { type PreviewServer, startPreview } from './preview-server';
import type { TimingRow } from './report-table';
import { hostileDocxLatency, pastedHtmlLatency, RESPONSIVE_LABELS } from './responsiveness-benches';
import { clearVersions, mergeBackup, RESTORE_LABELS, seedAndBuildBackup } from './restore-benches';
import { emptyRecord, fixtureDraft, storedRecord } from './seed';
import { openAtMatrix, SLOW_PC_LABELS, TYPING_REPS, typeMatrix, typingRecords } from './slow-pc-benches';
import { openSummary, SUMMARY_LABELS, scrollSummary, seedSummary, sortSummary } from './summary-benches';

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

/**
 * Chromium with a page carrying the bench's harness (page-harness.ts), in Chinese and Beijing time.
 * No service worker: every figure measures the app, not a cache filling in the background.
 */
export async function launchHarnessed(): Promise<{ browser: Browser; context: BrowserContext; page: Page }> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({
    serviceWorkers: 'block',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await context.addInitScript({ content: NAME_SHIM });
  await context.addInitScript(installHarness);
  return { browser, context, page: await context.newPage() };
}

export type BrowserRun = { rows: TimingRow[]; info: string[] };

type Step =
  | {
      kind: 'setup';
      label: string;
      /** the figures it prepares, when more than its label's number says (for --only) */
      serves?: readonly string[];
      run: (page: Page) => Promise<void>;
    }
  /** weight: the figure's share of the time left (roughly its duration on an idle machine) */
  | {
      kind: 'figure';
      label: string;
      weight: number;
      run: (page: Page, deadline: number) => Promise<TimingRow | TimingRow[]>;
    };

/**
 * The editor figures come first: their sample counts are fixed and cheap, so on an idle machine
 * they leave most of the budget to the list figures, whose samples (a reload, 1,000 rows) cost
 * seconds each when the machine is busy.
 */
function steps(): Step[] {
  let records: StoredReport[] = [];
  let backup = '';
  let journalScriptCode: string | undefined;
  return [
    // One sample of ~30 s that no time budget can shorten: taken first, the others share the rest.
    {
      kind: 'setup',
      label: '12 storing 5,000 reports, writing a 10,000-report backup',
      run: async (page) => {
        backup = await seedAndBuildBackup(page);
      },
    },
    { kind: 'figure', label: RESTORE_LABELS.merge, weight: 0, run: (page) => mergeBackup(page, backup) },
    {
      kind: 'setup',
      label: '12 clearing the merged history versions',
      run: async (page) => {
        backup = '';
        await clearVersions(page);
      },
    },
    {
      kind: 'setup',
      label: '8–10, 13, 14 storing the editor reports',
      serves: ['8', '9', '10', '13', '14'],
      run: async (page) => {
        await replaceStoredReports(page, [
          storedRecord(fixtureDraft(EDITOR_IDS.typing)),
          storedRecord(fixtureDraft(EDITOR_IDS.matrix)),
          ...Array.from({ length: EDITOR_REPS.paste + EDITOR_WARMUP.paste }, (_, i) =>
            emptyRecord(EDITOR_IDS.paste(i)),
          ),
          ...typingRecords(),
        ]);
        await reloadAt(page, `#/r/${EDITOR_IDS.typing}/overview`);
      },
    },
    { kind: 'figure', label: EDITOR_LABELS.typing, weight: 1, run: keystrokeToSaved },
    ...JOURNAL_SIZES_KB.map(
      (kb): Step => ({
        kind: 'figure',
        label: journalLabel(kb),
        weight: 0.2,
        run: async (page, deadline) => {
          journalScriptCode ??= await journalScript();
          return journalCost(page, deadline, kb, journalScriptCode);
        },
      }),
    ),
    { kind: 'figure', label: EDITOR_LABELS.matrix, weight: 1, run: keystrokeToBalance },
    // Its floor (the browser alone) and the page without its scripts, at both rates, beside it:
    // references, no goal.
    ...[1, SLOW_PC_RATE].flatMap((rate): Step[] => [
      {
        kind: 'figure',
        label: atRate(EDITOR_LABELS.floor, rate),
        weight: 0.5,
        run: (page, deadline) => plainKeystroke(page, deadline, rate),
      },
      {
        kind: 'figure',
        label: atRate(EDITOR_LABELS.staticCopy, rate),
        weight: 0.5,
        run: (page, deadline) => staticCopyKeystroke(page, deadline, rate),
      },
    ]),
    { kind: 'figure', label: EDITOR_LABELS.paste, weight: 1, run: pasteMatrix },
    // Issue 17 §3: the same editor figures on a PC 4× slower, the open and typing figures at both.
    {
      kind: 'figure',
      label: atRate(EDITOR_LABELS.matrix, SLOW_PC_RATE),
      weight: 1,
      run: (page, deadline) => keystrokeToBalance(page, deadline, SLOW_PC_RATE),
    },
    ...[1, SLOW_PC_RATE].map(
      (rate): Step => ({
        kind: 'figure',
        label: atRate(SLOW_PC_LABELS.open, rate),
        weight: 1,
        run: (page, deadline) => openAtMatrix(page, deadline, EDITOR_IDS.matrix, rate),
      }),
    ),
    ...[1, SLOW_PC_RATE].map(
      (rate): Step => ({
        kind: 'figure',
        label: atRate(SLOW_PC_LABELS.typing, rate),
        weight: 2,
        run: (page, deadline) => typeMatrix(page, deadline, rate, rate === 1 ? 0 : TYPING_REPS[1]),
      }),
    ),
    { kind: 'figure', label: RESPONSIVE_LABELS.docx, weight: 0.5, run: (page) => hostileDocxLatency(page) },
    {
      kind: 'figure',
      label: RESPONSIVE_LABELS.longDocx,
      weight: 0.5,
      run: (page) => hostileDocxLatency(page, 19),
    },
    { kind: 'figure', label: RESPONSIVE_LABELS.paste, weight: 0.5, run: pastedHtmlLatency },
    {
      kind: 'setup',
      label: '7 storing 1,000 reports (replacing the editor reports)',
      run: async (page) => {
        records = await seedList(page);
      },
    },
    { kind: 'figure', label: LIST_LABELS.cold, weight: 3, run: listFirstVisit },
    { kind: 'figure', label: LIST_LABELS.warm, weight: 2, run: listReturnVisit },
    { kind: 'figure', label: LIST_LABELS.load, weight: 2, run: listPageLoad },
    { kind: 'figure', label: LIST_LABELS.rawRead, weight: 1, run: rawListRead },
    {
      kind: 'figure',
      label: LIST_LABELS.open,
      weight: 2,
      run: (page, deadline) => openFromList(page, records, deadline),
    },
    { kind: 'figure', label: LIST_LABELS.staleCheck, weight: 1, run: staleCheckAtStart },
    {
      kind: 'figure',
      label: LIST_LABELS.refresh,
      weight: 2,
      run: (page, deadline) => refreshStaleAtStart(page, records, deadline),
    },
    {
      kind: 'setup',
      label: '11 storing 1,000 reports of one year (replacing the list reports)',
      run: seedSummary,
    },
    { kind: 'figure', label: SUMMARY_LABELS.open, weight: 2, run: openSummary },
    {
      kind: 'figure',
      label: atRate(SUMMARY_LABELS.open, SLOW_PC_RATE),
      weight: 2,
      run: (page, deadline) => openSummary(page, deadline, SLOW_PC_RATE),
    },
    { kind: 'figure', label: SUMMARY_LABELS.sort, weight: 1, run: sortSummary },
    { kind: 'figure', label: SUMMARY_LABELS.scroll, weight: 1, run: scrollSummary },
  ];
}

/** Rows in the order of the brief (7 → 10), whatever order they were taken in. */
const PRINT_ORDER: readonly string[] = [
  ...Object.values(LIST_LABELS),
  EDITOR_LABELS.typing,
  ...JOURNAL_SIZES_KB.map(journalLabel),
  EDITOR_LABELS.matrix,
  EDITOR_LABELS.floor,
  EDITOR_LABELS.staticCopy,
  EDITOR_LABELS.paste,
  ...Object.values(SUMMARY_LABELS),
  ...Object.values(RESTORE_LABELS),
  ...Object.values(SLOW_PC_LABELS),
]
  .flatMap((label) => [label, atRate(label, SLOW_PC_RATE)])
  .concat(Object.values(RESPONSIVE_LABELS));
const inPrintOrder = (rows: TimingRow[]) =>
  [...rows].sort((a, b) => PRINT_ORDER.indexOf(a.label) - PRINT_ORDER.indexOf(b.label));

/** Whether a step belongs to one of the figures asked for (labels start with the figure's number). */
const ofFigures = (label: string, only: readonly string[]) =>
  only.some((n) => label.startsWith(n) && !/^[0-9]/.test(label.slice(n.length)));

export async function runBrowserBenches(
  cwd: string,
  deadline: number,
  progress: (label: string) => void,
  /** figure numbers, e.g. ['11']: only those figures and their setup steps */
  only?: readonly string[],
  /** where the build is served (preview-server.ts PREVIEW_PORT unless given) */
  port?: number,
): Promise<BrowserRun> {
  const info: string[] = [];
  const rows: TimingRow[] = [];
  const plan = only
    ? steps().filter(
        (s) => ofFigures(s.label, only) || (s.kind === 'setup' && s.serves?.some((n) => only.includes(n))),
      )
    : steps();
  let server: PreviewServer | null = null;
  let browser: Browser | null = null;
  try {
    progress('starting vite preview');
    server = await startPreview(cwd, { port });
    const launched = await launchHarnessed();
    browser = launched.browser;
    const { page } = launched;
    info.push(`Chromium ${browser.version()} on ${server.url}, service workers blocked`);
    progress(`Chromium ${browser.version()} launched`);
    page.on('dialog', (d) => void d.accept());
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));

    await page.goto(`${server.url}/#/`);
    await waitForAppDb(page);

    for (const [i, step] of plan.entries()) {
      progress(step.label);
      if (step.kind === 'setup') {
        await step.run(page);
        continue;
      }
      const weightLeft = plan.slice(i).reduce((s, x) => s + (x.kind === 'figure' ? x.weight : 0), 0);
      const now = performance.now();
      const share = weightLeft > 0 ? (Math.max(0, deadline - now) * step.weight) / weightLeft : 0;
      rows.push(...[await step.run(page, now + share)].flat());
    }
    if (pageErrors.length > 0)
      info.push(`page errors (${pageErrors.length}): ${pageErrors.slice(-3).join(' | ')}`);
  } catch (e) {
    // Setup failed (server, browser, seeding): every figure not yet taken says why.
    const taken = new Set(rows.map((r) => r.label));
    for (const step of plan)
      if (step.kind === 'figure' && !taken.has(step.label))
        rows.push({ label: step.label, outcome: { kind: 'failed', message: errorText(e) } });
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  }
  return { rows: inPrintOrder(rows), info };
}
