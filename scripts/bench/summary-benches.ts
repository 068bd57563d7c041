// Figure 11: the 「汇总」 of 1,000 units of one year (issue 7): opening it (every report read whole,
// hard-checked, summed, charted) until its per-unit table announces the 1,000 units; re-sorting
// that table; and scrolling it a screen at a time (the table renders only the rows in view,
// src/ui/summary/visible-range.ts, so a scroll step must cost no more than a frame or two).

import type { Page } from '@playwright/test';
import { replaceStoredReports } from '../../e2e/raw-store';
import type { StoredReport } from '../../src/storage/stored-report';
import { failedRow, reloadAt, sample, timingRow } from './browser-sampling';
import { atRate, withCpuRate } from './cpu-throttle';
import { waitForAppDb } from './page-store';
import type { TimingRow } from './report-table';
import { listRecords } from './seed';

const UNITS = 1000;
const YEAR = 2024;
const n = UNITS.toLocaleString('en');
const TABLE = `table.unit-table[aria-rowcount="${UNITS + 1}"]`;
const FIRST_ROW = `${TABLE} tbody tr[aria-rowindex="2"]`;
/** see FIRST_CLICK_AFTER_MS in list-benches.ts */
const FIRST_CLICK_AFTER_MS = 500;

export const SUMMARY_LABELS = {
  open: `11a 汇总, ${n} units of one year → per-unit table`,
  sort: `11b per-unit table, ${n} rows: sort by 新收`,
  scroll: `11c per-unit table, ${n} rows: scroll one screen`,
} as const;

/** 1,000 reports of one year, each of its own unit (two reports of one unit would count once). */
export async function seedSummary(page: Page): Promise<void> {
  const records: StoredReport[] = listRecords(UNITS, YEAR).map((r, i) => {
    const agencyName = `${r.agencyName}第${i + 1}分局`;
    return {
      ...r,
      agencyName,
      year: YEAR,
      draft: { ...r.draft, meta: { ...r.draft.meta, agencyName, year: YEAR } },
    };
  });
  await replaceStoredReports(page, records);
  await reloadAt(page, '#/settings');
  await waitForAppDb(page);
}

async function summaryShown(page: Page): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '#/summary'));
  await page.waitForSelector(FIRST_ROW, { timeout: 30_000 });
}

/** Issue 17 §3: ≤ 300 ms at 1×; also read at 4× CPU (cpu-throttle.ts). */
export async function openSummary(page: Page, deadline: number, rate = 1): Promise<TimingRow> {
  const label = atRate(SUMMARY_LABELS.open, rate);
  try {
    const s = await withCpuRate(page, rate, () =>
      sample(5, 1, deadline, async () => {
        await reloadAt(page, '#/settings');
        await page.waitForSelector('main h1');
        await page.waitForTimeout(FIRST_CLICK_AFTER_MS);
        return page.evaluate(
          (ready) =>
            window.__nbBench!.measure(
              () => {
                window.location.hash = '#/summary';
              },
              () => document.querySelector(ready) !== null,
              30_000,
              () => document.querySelector('main')?.textContent?.slice(0, 80) ?? 'no <main>',
            ),
          FIRST_ROW,
        );
      }),
    );
    return timingRow(
      label,
      s,
      rate === 1 ? { stat: 'median', maxMs: 300 } : undefined,
      `page reloaded on #/settings → #/summary → ${FIRST_ROW}; reads and sums ${n} summary records`,
    );
  } catch (e) {
    return failedRow(label, e);
  }
}

/** Clicks the 新收 header (ascending, then descending, …) until the first row is another unit. */
export async function sortSummary(page: Page, deadline: number): Promise<TimingRow> {
  try {
    await summaryShown(page);
    const s = await sample(10, 1, deadline, () =>
      page.evaluate((table) => {
        const firstId = () =>
          document.querySelector(`${table} tbody tr[aria-rowindex="2"]`)?.getAttribute('data-report-id');
        const before = firstId();
        const button = document.querySelector<HTMLButtonElement>(
          `${table} th[data-column="newReceived"] button`,
        );
        if (!button) throw new Error('no 新收 header button');
        return window.__nbBench!.measure(
          () => button.click(),
          () => {
            const now = firstId();
            return now !== undefined && now !== null && now !== before;
          },
          10_000,
          () => `first row still ${before}`,
        );
      }, TABLE),
    );
    return timingRow(
      SUMMARY_LABELS.sort,
      s,
      { stat: 'median', maxMs: 100 },
      'click on th 新收 → another first row',
    );
  } catch (e) {
    return failedRow(SUMMARY_LABELS.sort, e);
  }
}

/**
 * Scrolls the table down one screen per sample (back to the top at the end) until the rows of the
 * new view are in the DOM. The table renders 10 rows beyond the view and moves its window in steps
 * of 8, so some steps find their rows already there (≈ 0 ms) and others re-render: the p95 is the
 * step that re-renders, which must fit in a frame or two for the scrolling to look smooth.
 */
export async function scrollSummary(page: Page, deadline: number): Promise<TimingRow> {
  try {
    await summaryShown(page);
    const s = await sample(40, 2, deadline, () =>
      page.evaluate(
        ({ table, units }) => {
          const box = document.querySelector<HTMLElement>('.unit-table-wrap');
          const row = document.querySelector<HTMLElement>(`${table} tbody tr[aria-rowindex]`);
          if (!box || !row) throw new Error('no per-unit table');
          const rowHeight = row.getBoundingClientRect().height;
          const bottom = box.scrollHeight - box.clientHeight;
          const top = box.scrollTop + box.clientHeight > bottom ? 0 : box.scrollTop + box.clientHeight;
          // aria-rowindex of the first and last unit in the new view (the header row is 1)
          const first = Math.floor(top / rowHeight) + 2;
          const last = Math.min(units + 1, Math.floor((top + box.clientHeight) / rowHeight) + 1);
          const drawn = (i: number) =>
            document.querySelector(`${table} tbody tr[aria-rowindex="${i}"]`) !== null;
          return window.__nbBench!.measure(
            () => {
              box.scrollTop = top;
            },
            () => drawn(first) && drawn(last),
            10_000,
            () => `rows ${first}–${last} not drawn at scrollTop ${box.scrollTop}`,
          );
        },
        { table: TABLE, units: UNITS },
      ),
    );
    return timingRow(
      SUMMARY_LABELS.scroll,
      s,
      { stat: 'p95', maxMs: 33 },
      'scrollTop += one screen → its first and last rows in the DOM (the scroll event waits for the next frame: ≤ 2 frames)',
    );
  } catch (e) {
    return failedRow(SUMMARY_LABELS.scroll, e);
  }
}
