// Helpers of the crash-consistency spec (issue 8): a seeded random source, an in-page recorder of
// what the save indicator reported as saved, and two ways to kill a page without warning.
import type { BrowserContext, Page } from '@playwright/test';

/** mulberry32: a tiny seeded PRNG, so a failing run can be replayed with the same kill moments. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

declare global {
  interface Window {
    /** CSS selector of the field whose value is recorded */
    __crashTarget?: string;
    /** the field's value each time the indicator turned to 已保存, newest last */
    __savedValues?: string[];
  }
}

/**
 * Installs, in every page of the context, a recorder: whenever the save indicator shows
 * [data-save-state="saved"] (it does so only after the IndexedDB commit, with nothing pending),
 * the current value of the target field is appended to window.__savedValues. It runs inside the
 * page, in the same task as React's commit of the indicator, so no keystroke can slip between.
 */
export async function installSaveRecorder(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__savedValues = [];
    let lastState: string | null = null;
    const record = () => {
      const el = document.querySelector('[data-save-state]');
      const state = el?.getAttribute('data-save-state') ?? null;
      const changed = state !== lastState || el?.textContent !== (record as { text?: string | null }).text;
      lastState = state;
      (record as { text?: string | null }).text = el?.textContent ?? null;
      if (!changed || state !== 'saved' || !window.__crashTarget) return;
      const field = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(window.__crashTarget);
      if (field) window.__savedValues?.push(field.value);
    };
    new MutationObserver(record).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-save-state'],
    });
  });
}

export type KillMethod = 'close' | 'crash';

/**
 * Ends the page abruptly. 'close': closed without beforeunload (pagehide still runs, like closing
 * a tab). 'crash': its renderer process crashes (chrome://crash is a renderer debug URL, handled
 * by the current renderer) — no pagehide, no flush, like a tab killed by the OS. CDP's
 * Page.crash would do the same but leaves headless Chromium unable to open a new tab.
 */
export async function killPage(page: Page, method: KillMethod): Promise<void> {
  if (method === 'close') {
    await page.close({ runBeforeUnload: false });
    return;
  }
  const crashed = page.waitForEvent('crash', { timeout: 5000 });
  page.goto('chrome://crash').catch(() => undefined); // never completes: the renderer is gone
  await crashed;
  await page.close({ runBeforeUnload: false }).catch(() => undefined);
}
