// Figures 8–10: the open report. Keystrokes are real (page.keyboard, so keydown → input → React),
// one at a time: each is timed on its own, never overlapping the previous one's write.
import type { Page } from '@playwright/test';
import { replaceStoredReports } from '../../e2e/raw-store';
import type { StoredReport } from '../../src/storage/stored-report';
import { failedRow, gotoHash, SELECTORS, sample, timingRow } from './browser-sampling';
import { atRate, withCpuRate } from './cpu-throttle';
import { waitForAppDb } from './page-store';
import type { TimingRow } from './report-table';
import { benchId, fixtureDraft, matrixTsv, storedRecord } from './seed';
import { p95 } from './stats';

export const EDITOR_IDS = {
  typing: benchId('typing'),
  matrix: benchId('matrix'),
  paste: (i: number) => benchId(`paste-${String(i).padStart(2, '0')}`),
};

export const EDITOR_REPS = { typing: 100, matrix: 200, paste: 20 } as const;
export const EDITOR_WARMUP = { typing: 5, matrix: 10, paste: 1 } as const;

export const EDITOR_LABELS = {
  typing: '8 keystroke → IndexedDB commit',
  matrix: '9 keystroke → balance row',
  floor: '9′ same keystroke into one plain input',
  staticCopy: '9″ same keystroke into the page without its scripts',
  paste: '10 paste 24×6 block → balanced',
} as const;

/**
 * Stores figure 9's report (and `also`) in a fresh app page at `url` and opens `report` (figure 9's
 * unless given) at the matrix step; waits for the matrix and, for figure 9's report, its balance row.
 */
export async function openMatrixStep(
  page: Page,
  url: string,
  also: StoredReport[] = [],
  report: string = EDITOR_IDS.matrix,
): Promise<void> {
  await page.goto(`${url}/#/`);
  await waitForAppDb(page);
  await replaceStoredReports(page, [storedRecord(fixtureDraft(EDITOR_IDS.matrix)), ...also]);
  await page.reload();
  await gotoHash(page, `#/r/${report}/applications`);
  if (report !== EDITOR_IDS.matrix) return;
  await page.locator(SELECTORS.matrixCell).waitFor({ timeout: 15_000 });
  await page.locator(SELECTORS.balanceNatural).waitFor({ timeout: 15_000 });
}

export async function keystrokeToSaved(page: Page, deadline: number): Promise<TimingRow> {
  try {
    await gotoHash(page, `#/r/${EDITOR_IDS.typing}/overview`);
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
    const s = await sample(EDITOR_REPS.typing, EDITOR_WARMUP.typing, deadline, async (i) => {
      await page.evaluate(
        (sel) => window.__nbBench!.armKey({ kind: 'saved', selector: sel }, 5000),
        SELECTORS.saveState,
      );
      await page.keyboard.type(letters[i % letters.length]!);
      return page.evaluate(() => window.__nbBench!.taken());
    });
    return timingRow(
      EDITOR_LABELS.typing,
      s,
      { stat: 'p95', maxMs: 600 },
      `${SELECTORS.overviewField}, one key at a time; keydown → saving → saved`,
    );
  } catch (e) {
    return failedRow(EDITOR_LABELS.typing, e);
  }
}

/** Figure 9's key: the cell's text selected, 5 (even i) or 0 typed over it, timed by the harness. */
export async function matrixKeystroke(page: Page, i: number) {
  await page.evaluate(
    ({ cell, balance }) => {
      (document.querySelector(cell) as HTMLInputElement | null)?.select();
      window.__nbBench!.armKey({ kind: 'text', selector: balance }, 3000);
    },
    { cell: SELECTORS.matrixCell, balance: SELECTORS.balanceNatural },
  );
  await page.keyboard.type(i % 2 === 0 ? '5' : '0');
  return page.evaluate(() => window.__nbBench!.taken());
}

/** At 4× CPU (issue 17 §3) half the samples: each costs four times as long. */
export async function keystrokeToBalance(page: Page, deadline: number, rate = 1): Promise<TimingRow> {
  const label = atRate(EDITOR_LABELS.matrix, rate);
  const reps = rate === 1 ? EDITOR_REPS.matrix : EDITOR_REPS.matrix / 2;
  try {
    await gotoHash(page, `#/r/${EDITOR_IDS.matrix}/applications`);
    const cell = page.locator(SELECTORS.matrixCell);
    await cell.waitFor({ timeout: 10_000 });
    await page.locator(SELECTORS.balanceNatural).waitFor({ timeout: 10_000 });
    await cell.focus();
    // The fixture's 「（一）予以公开」 natural-person cell is 0 and its column balances: 5 breaks the
    // balance, 0 restores it. Selecting the cell first makes each digit replace the last one.
    const s = await withCpuRate(page, rate, () =>
      sample(reps, EDITOR_WARMUP.matrix, deadline, (i) => matrixKeystroke(page, i)),
    );
    return timingRow(
      label,
      s,
      // Judged, as issue 17 §3 states it, up to the next frame (the slow-PC table adds p95 ≤ 33 at 4×).
      rate === 1 ? { stat: 'p95', maxMs: 16, on: 'frame' } : { stat: 'median', maxMs: 16, on: 'frame' },
      `${SELECTORS.matrixCell} 5/0 → text of ${SELECTORS.balanceNatural}`,
    );
  } catch (e) {
    return failedRow(label, e);
  }
}

/** The floor's page: one input holding the matrix cell's value, and nothing else. */
const FLOOR_URL = 'http://floor.bench.invalid/';
const FLOOR_PAGE =
  '<!doctype html><meta charset="utf-8"><body><form><input inputmode="numeric" value="0"></form></body>';

/** Loads the floor's page into `page` (a page of the harnessed context); returns its input. */
export async function openFloorPage(page: Page) {
  await page.route(FLOOR_URL, (route) => route.fulfill({ contentType: 'text/html', body: FLOOR_PAGE }));
  await page.goto(FLOOR_URL);
  return page.locator('input');
}

/**
 * Figure 9′'s keystroke on the floor's page (or on the static copy's matrix cell): the input's
 * text selected, 5 or 0 typed over it, timed to the frame after its input event.
 */
export async function floorKeystroke(page: Page, i: number, selector = 'input') {
  await page.evaluate((sel) => {
    document.querySelector<HTMLInputElement>(sel)?.select();
    window.__nbBench!.armKey({ kind: 'input' }, 3000);
  }, selector);
  await page.keyboard.type(i % 2 === 0 ? '5' : '0');
  return page.evaluate(() => window.__nbBench!.taken());
}

/**
 * The editor's page as the browser alone sees it: a copy of the open matrix step's DOM and CSS
 * (the app's own page loaded in `app`), with no script, served at its own address into `page`.
 * Its keystroke (`keystrokeInto` on the matrix cell) is what this page's size and structure cost
 * the browser — style, layout, paint, layerize — with none of the app's work: between figure 9 and
 * its floor 9′, the share of the page's DOM against the app's JavaScript (issue 17 §3).
 */
export async function openStaticCopy(app: Page, page: Page) {
  const html = await staticCopyHtml(app);
  await page.route(STATIC_URL, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(STATIC_URL);
  return page.locator(SELECTORS.matrixCell);
}
const STATIC_URL = 'http://static.bench.invalid/';

/** The open page's DOM and CSS as one document without scripts (the static copy 9″ loads). */
export function staticCopyHtml(app: Page): Promise<string> {
  return app.evaluate(() => {
    const css = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
      .join('\n');
    const root = document.getElementById('root')?.outerHTML ?? '';
    return `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>${css}</style><body>${root}</body></html>`;
  });
}

/**
 * Figure 9's floor: the same keystroke (the text selected, 5 or 0 typed over it, the same harness
 * and throttling) into a page holding one plain input, timed from keydown to the frame after its
 * input event — what the browser alone costs, the wait for the next frame included. A reference
 * beside figure 9, not a goal: the app's share of figure 9 is what lies above it.
 */
export async function plainKeystroke(page: Page, deadline: number, rate = 1): Promise<TimingRow> {
  const label = atRate(EDITOR_LABELS.floor, rate);
  const reps = rate === 1 ? EDITOR_REPS.matrix : EDITOR_REPS.matrix / 2;
  // A page of its own in the same browser context, so it carries the harness (an init script).
  const plain = await page.context().newPage();
  try {
    const input = await openFloorPage(plain);
    await input.focus();
    const s = await withCpuRate(plain, rate, () =>
      sample(reps, EDITOR_WARMUP.matrix, deadline, (i) => floorKeystroke(plain, i)),
    );
    return timingRow(
      label,
      s,
      undefined,
      `one <input>, 5/0 over its selected text → its input event; the floor of ${atRate(EDITOR_LABELS.matrix, rate)}`,
    );
  } catch (e) {
    return failedRow(label, e);
  } finally {
    await plain.close();
  }
}

/**
 * Figure 9's page as the browser alone costs it (9″): the same keystroke, harness and throttling
 * into the matrix cell of a copy of the open matrix step without its scripts (openStaticCopy), to
 * its input event's next frame. Between figure 9 and its floor 9′: what lies above 9″ is the app's
 * script, what lies between 9″ and 9′ is the page's size and structure. A reference, no goal.
 */
export async function staticCopyKeystroke(page: Page, deadline: number, rate = 1): Promise<TimingRow> {
  const label = atRate(EDITOR_LABELS.staticCopy, rate);
  const reps = rate === 1 ? EDITOR_REPS.matrix : EDITOR_REPS.matrix / 2;
  const copy = await page.context().newPage();
  try {
    await gotoHash(page, `#/r/${EDITOR_IDS.matrix}/applications`);
    await page.locator(SELECTORS.balanceNatural).waitFor({ timeout: 10_000 });
    const cell = await openStaticCopy(page, copy);
    await cell.focus();
    const s = await withCpuRate(copy, rate, () =>
      sample(reps, EDITOR_WARMUP.matrix, deadline, (i) => floorKeystroke(copy, i, SELECTORS.matrixCell)),
    );
    return timingRow(
      label,
      s,
      undefined,
      `the matrix step's DOM and CSS with no script, 5/0 over the cell's selected text → its input event`,
    );
  } catch (e) {
    return failedRow(label, e);
  } finally {
    await copy.close();
  }
}

export async function pasteMatrix(page: Page, deadline: number): Promise<TimingRow> {
  try {
    const tsv = matrixTsv();
    const s = await sample(EDITOR_REPS.paste, EDITOR_WARMUP.paste, deadline, async (i) => {
      // A new empty report each time: pasting over filled cells would be a different (smaller) change.
      await gotoHash(page, `#/r/${EDITOR_IDS.paste(i)}/applications`);
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
      // Let this report's autosave finish before the next one opens.
      await page.locator('[data-save-state="saved"]').waitFor({ timeout: 10_000 });
      return t;
    });
    return timingRow(
      EDITOR_LABELS.paste,
      s,
      { stat: 'median', maxMs: 50 },
      `TSV on ${SELECTORS.pasteCell} of a new empty report → ${SELECTORS.balanceTotal}[data-state=equal]`,
    );
  } catch (e) {
    return failedRow(EDITOR_LABELS.paste, e);
  }
}

export const JOURNAL_SIZES_KB = [20, 200, 1000] as const;
export const journalLabel = (kb: number) => `8b crash journal per change, ${kb} kB draft`;

type JournalPage = {
  __journalDraft: { overview: { proactive: string } };
  __nbJournal: {
    createJournal: (
      storage: Storage,
      id: string,
    ) => { write: (unsaved: unknown, counts: unknown) => boolean; clear: () => void };
  };
};

/**
 * What the crash journal adds to every change, synchronously, in Chromium: the shipped
 * createJournal (storage/unsaved-journal.ts, bundled by journal-bundle.ts) writing one keystroke
 * of the editor's usual state — the previous keystroke's write in flight, the one before committed
 * — on the typing report's draft read from IndexedDB with its narrative grown to the size named
 * (one character changed per sample; every draft a fresh copy sharing the unchanged strings, as
 * the editor's cloneData makes, the changed one a flat string like a textarea's value). The note gives, for comparison, the whole-draft journal's cost
 * (JSON.stringify + localStorage.setItem of the whole draft), timed in the same samples.
 */
export async function journalCost(
  page: Page,
  deadline: number,
  kb: number,
  journalScript: string,
): Promise<TimingRow> {
  const label = journalLabel(kb);
  try {
    await gotoHash(page, `#/r/${EDITOR_IDS.typing}/overview`);
    await page.locator(SELECTORS.overviewField).waitFor({ timeout: 10_000 });
    // evaluated through the debugger protocol: the app's CSP refuses inline scripts
    if (!(await page.evaluate(() => '__nbJournal' in window)))
      await page.evaluate(`${journalScript}\nwindow.__nbJournal = __nbJournal; true`);
    await page.evaluate(
      ({ id, bytes }) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('nianbao');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const get = req.result.transaction('reports').objectStore('reports').get(id);
            get.onerror = () => reject(get.error);
            get.onsuccess = () => {
              req.result.close();
              const draft = get.result.draft;
              const base = JSON.stringify(draft).length;
              // CJK text: 3 bytes a character in UTF-8, 2 in the UTF-16 localStorage keeps
              const chars = Math.max(0, Math.floor((bytes - base) / 3));
              draft.overview.proactive = '政务公开年度报告正文'.repeat(Math.ceil(chars / 10)).slice(0, chars);
              (window as unknown as JournalPage).__journalDraft = draft;
              resolve();
            };
          };
        }),
      { id: EDITOR_IDS.typing, bytes: kb * 1000 },
    );
    const whole: number[] = [];
    const s = await sample(50, 5, deadline, async (i) => {
      const [ms, wholeMs] = await page.evaluate((n) => {
        const w = window as unknown as JournalPage;
        const clone = (x: unknown): unknown =>
          typeof x !== 'object' || x === null
            ? x
            : Array.isArray(x)
              ? x.map(clone)
              : Object.fromEntries(Object.entries(x).map(([k, v]) => [k, clone(v)]));
        const keystroke = (k: number) => {
          const d = clone(w.__journalDraft) as JournalPage['__journalDraft'];
          // a flat string, as a textarea's value is (a concatenation is a rope V8 flattens on first read)
          d.overview.proactive = JSON.parse(JSON.stringify(`${k % 10}${d.overview.proactive.slice(1)}`));
          return d;
        };
        const [committed, inFlightValue, value] = [keystroke(n), keystroke(n + 1), keystroke(n + 2)];
        const journal = w.__nbJournal.createJournal(localStorage, 'bench-journal');
        const unsaved = {
          value,
          base: { revision: n + 1, writeId: 'aaaaaaaaaaaaaaaa' },
          inFlight: true,
          inFlightWriteId: 'bbbbbbbbbbbbbbbb',
          inFlightValue,
          committed,
        };
        const counts = { errorCount: 0, warningCount: 0 };
        const t0 = performance.now();
        if (!journal.write(unsaved, counts)) throw new Error('localStorage refused the journal entry');
        const t1 = performance.now();
        const head = JSON.stringify({ id: 'bench', knownRevision: 1, knownWriteId: 'x', inFlight: true });
        localStorage.setItem('nianbao:bench-whole', `${head.slice(0, -1)},"draft":${JSON.stringify(value)}}`);
        const t2 = performance.now();
        journal.clear();
        localStorage.removeItem('nianbao:bench-whole');
        return [t1 - t0, t2 - t1];
      }, i);
      if (i >= 5) whole.push(wholeMs);
      return { dom: ms, frame: Number.NaN };
    });
    return timingRow(
      label,
      s,
      { stat: 'p95', maxMs: 16 },
      `createJournal().write, in the page; whole-draft journal p95 ${p95(whole).toFixed(1)} ms`,
    );
  } catch (e) {
    return failedRow(label, e);
  }
}
