// Shared by the browser figures: the DOM hooks they use, taking samples with warm-up, a time
// budget and a failure limit, and turning samples into a table row.
import type { Page } from '@playwright/test';
import type { PageTiming } from './page-harness';
import type { Goal, TimingRow } from './report-table';
import { summarize } from './stats';

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

/** Consecutive failed samples after which a figure gives up (one broken hook must not eat the time budget). */
const MAX_FAILURES = 3;

export type Sampled = {
  dom: number[];
  frame: number[];
  /** page-harness.ts `frameEnd`, where the browser has scheduler.postTask */
  frameEnd: number[];
  stopped: string | null;
  failed: string[];
};

export const errorText = (e: unknown) => (e instanceof Error ? e.message.split('\n')[0]! : String(e));

/** The figure's share of the time budget ran out before a single sample: not a failure of the app. */
export class BudgetSpent extends Error {}

/** Takes `reps` samples after `warmup` unmeasured ones; stops at the deadline or after repeated failures. */
export async function sample(
  reps: number,
  warmup: number,
  deadline: number,
  once: (i: number) => Promise<PageTiming>,
): Promise<Sampled> {
  const out: Sampled = { dom: [], frame: [], frameEnd: [], stopped: null, failed: [] };
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
      if (t.frameEnd !== undefined && Number.isFinite(t.frame)) out.frameEnd.push(t.frameEnd);
    } catch (e) {
      failures++;
      if (failures >= MAX_FAILURES || out.dom.length === 0) throw e;
      out.failed.push(errorText(e));
    }
  }
  if (out.dom.length === 0) throw new BudgetSpent('skipped (time budget used up before the first sample)');
  return out;
}

export function timingRow(label: string, s: Sampled, goal: Goal | undefined, note: string): TimingRow {
  const failed = s.failed.length > 0 ? `${s.failed.length} sample(s) failed, last: ${s.failed.at(-1)}` : '';
  return {
    label,
    outcome: { kind: 'measured', summary: summarize(s.dom) },
    ...(s.frame.length > 0
      ? { frameMedian: summarize(s.frame).median, frameP95: summarize(s.frame).p95 }
      : {}),
    ...(s.frameEnd.length > 0
      ? { frameEndMedian: summarize(s.frameEnd).median, frameEndP95: summarize(s.frameEnd).p95 }
      : {}),
    ...(goal ? { goal } : {}),
    note: [note, failed, s.stopped ?? ''].filter(Boolean).join('; '),
  };
}

export const failedRow = (label: string, e: unknown): TimingRow => ({
  label,
  outcome:
    e instanceof BudgetSpent
      ? { kind: 'skipped', reason: e.message }
      : { kind: 'failed', message: errorText(e) },
});

export async function gotoHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

/** Navigates to `hash` and reloads, so the app reads what was just put into IndexedDB. */
export async function reloadAt(page: Page, hash: string): Promise<void> {
  await gotoHash(page, hash);
  await page.reload();
}
