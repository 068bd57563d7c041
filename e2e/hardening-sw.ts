// Service-worker helpers for the hardening specs (issue 8).
import { expect, type Page } from '@playwright/test';

/**
 * Waits until the page is controlled by the app's service worker. STACK.md: about 1 load in 30
 * that starts while the worker is activating stays uncontrolled, so reload once if needed.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = () => page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) {
    // clientsClaim normally takes over within a moment of activation; reload if it did not.
    await page
      .waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 3000 })
      .catch(async () => {
        await page.reload();
      });
  }
  await expect.poll(controlled, { message: 'the service worker controls the page' }).toBe(true);
}

/** The precache of the worker (workbox names it workbox-precache-v2-<scope>): its request URLs. */
export async function precachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.includes('precache'));
    const urls: string[] = [];
    for (const n of names) for (const req of await (await caches.open(n)).keys()) urls.push(req.url);
    return urls;
  });
}
