// Raw IndexedDB inside the page for the benchmark: waiting for the app's database, and timing a
// raw read (the storage share of a figure). Reports are seeded with e2e/raw-store.ts.
import type { Page } from '@playwright/test';
import { DEFAULT_DB_NAME } from '../../src/storage/db';

/** Waits until the app has created its database (Dexie stores version n as IndexedDB version 10·n). */
export async function waitForAppDb(page: Page, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction(
    async (name) => (await indexedDB.databases()).some((d) => d.name === name && (d.version ?? 0) >= 10),
    DEFAULT_DB_NAME,
    { timeout: timeoutMs, polling: 100 },
  );
}

/** Milliseconds to read every record of one store with one raw getAll inside the page (no Dexie, no UI). */
export async function timeReadAll(page: Page, store: string): Promise<{ ms: number; count: number }> {
  return page.evaluate(
    async ({ name, store }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        const t0 = performance.now();
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const req = db.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
        return { ms: performance.now() - t0, count: all.length };
      } finally {
        db.close();
      }
    },
    { name: DEFAULT_DB_NAME, store },
  );
}
