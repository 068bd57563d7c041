// Issue 17 §3 figures besides the keystroke (editor-benches.ts) and the 汇总 (summary-benches.ts),
// each taken at 1× and at 4× CPU (cpu-throttle.ts):
// - opening a report at the matrix step from the reports list until its grid can be typed in;
// - typing the 144 matrix values with Tab, against the same keystrokes into 144 plain inputs on an
//   empty page (the floor: what the browser and Playwright's key events cost without the app).
import type { Page } from '@playwright/test';
import { failedRow, gotoHash, SELECTORS, sample, timingRow } from './browser-sampling';
import { atRate, withCpuRate } from './cpu-throttle';
import type { PageTiming } from './page-harness';
import type { TimingRow } from './report-table';
import { benchId, emptyRecord, matrixTsv } from './seed';

export const SLOW_PC_IDS = {
  typing: (i: number) => benchId(`type144-${String(i).padStart(2, '0')}`),
};
/** Empty reports for the typing figure: one per sample (warm-up included) at each rate. */
export const TYPING_REPS = { 1: 2, 4: 1 } as const;
export const TYPING_RECORDS = 8;
export const typingRecords = () =>
  Array.from({ length: TYPING_RECORDS }, (_, i) => emptyRecord(SLOW_PC_IDS.typing(i)));

export const SLOW_PC_LABELS = {
  open: '13 open a report at the matrix step → grid ready',
  typing: '14 type 144 matrix values with Tab',
  plain: '14′ same keystrokes into 144 plain inputs',
} as const;

/** The 144 values in Tab order (rows left to right, top to bottom), as the clerk types them. */
export const VALUES: string[] = matrixTsv()
  .trim()
  .split(/\r\n/)
  .flatMap((line) => line.split('\t'));

/** From the reports list, the hash route of a report at part 三 until its grid and balance row are there. */
export async function openAtMatrix(
  page: Page,
  deadline: number,
  id: string,
  rate: number,
): Promise<TimingRow> {
  const label = atRate(SLOW_PC_LABELS.open, rate);
  try {
    const s = await withCpuRate(page, rate, () =>
      sample(rate === 1 ? 10 : 6, 2, deadline, async () => {
        await gotoHash(page, '#/');
        await page.waitForSelector('main h1', { timeout: 10_000 });
        await page.waitForTimeout(300);
        return page.evaluate(
          ({ hash, cell, balance }) =>
            window.__nbBench!.measure(
              () => {
                window.location.hash = hash;
              },
              () => {
                const input = document.querySelector(cell) as HTMLInputElement | null;
                return input !== null && !input.disabled && document.querySelector(balance) !== null;
              },
              20_000,
              () => document.querySelector('main')?.textContent?.slice(0, 80) ?? 'no <main>',
            ),
          { hash: `#/r/${id}/applications`, cell: SELECTORS.pasteCell, balance: SELECTORS.balanceTotal },
        );
      }),
    );
    return timingRow(
      label,
      s,
      rate === 1 ? undefined : { stat: 'median', maxMs: 1000 },
      `#/ → #/r/…/applications until ${SELECTORS.pasteCell} is enabled and ${SELECTORS.balanceTotal} shown (fixture report)`,
    );
  } catch (e) {
    return failedRow(label, e);
  }
}

/** Types every value followed by Tab, starting in the focused element; ms from the first key to the last one handled. */
export async function typeAll(page: Page): Promise<number> {
  const t0 = performance.now();
  for (const value of VALUES) {
    await page.keyboard.type(value);
    await page.keyboard.press('Tab');
  }
  // The last key handled and painted.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  return performance.now() - t0;
}

const asTiming = (ms: number): PageTiming => ({ dom: ms, frame: Number.NaN });

/**
 * Both rows at `rate`: the app's grid (a new empty report per sample) and the floor, 144 plain
 * inputs in a page of their own in the same browser. The note gives the ratio of the medians
 * (goal ≤ 1.5).
 */
export async function typeMatrix(
  page: Page,
  deadline: number,
  rate: number,
  firstRecord: number,
): Promise<TimingRow[]> {
  const label = atRate(SLOW_PC_LABELS.typing, rate);
  const plainLabel = atRate(SLOW_PC_LABELS.plain, rate);
  const reps = rate === 1 ? TYPING_REPS[1] : TYPING_REPS[4];
  let plain: TimingRow;
  const plainPage = await page.context().newPage();
  try {
    await plainPage.setContent(
      `<!doctype html><meta charset="utf-8"><body>${'<input inputmode="numeric">'.repeat(VALUES.length)}</body>`,
    );
    const s = await withCpuRate(plainPage, rate, () =>
      sample(reps, 0, deadline, async () => {
        await plainPage.evaluate(() => {
          for (const input of document.querySelectorAll('input')) input.value = '';
          document.querySelector('input')!.focus();
        });
        return asTiming(await typeAll(plainPage));
      }),
    );
    plain = timingRow(plainLabel, s, undefined, `${VALUES.length} values + Tab, the floor of ${label}`);
  } catch (e) {
    plain = failedRow(plainLabel, e);
  } finally {
    await plainPage.close();
  }

  let app: TimingRow;
  try {
    let record = firstRecord;
    const s = await withCpuRate(page, rate, () =>
      sample(reps, 0, deadline, async () => {
        const id = SLOW_PC_IDS.typing(record++);
        await gotoHash(page, `#/r/${id}/applications`);
        const first = page.locator(SELECTORS.pasteCell);
        await first.waitFor({ timeout: 20_000 });
        await first.focus();
        const ms = await typeAll(page);
        const total = await page.locator(SELECTORS.balanceTotal).getAttribute('data-state');
        if (total !== 'equal') throw new Error(`after typing, ${SELECTORS.balanceTotal} is ${total}`);
        await page.locator('[data-save-state="saved"]').waitFor({ timeout: 20_000 });
        return asTiming(ms);
      }),
    );
    const ratio =
      plain.outcome.kind === 'measured'
        ? s.dom.slice().sort((a, b) => a - b)[s.dom.length >> 1]! / plain.outcome.summary.median
        : null;
    app = {
      ...timingRow(
        label,
        s,
        plain.outcome.kind === 'measured'
          ? { stat: 'median', maxMs: Math.round(plain.outcome.summary.median * 1.5) }
          : undefined,
        `a new empty report, from ${SELECTORS.pasteCell}; ${ratio === null ? 'no floor measured' : `${ratio.toFixed(2)}× the plain inputs (goal ≤ 1.5×)`}; ends ${SELECTORS.balanceTotal}[data-state=equal]`,
      ),
    };
  } catch (e) {
    app = failedRow(label, e);
  }
  return [app, plain];
}
