// Puts records straight into the app's IndexedDB from inside the page, with raw IndexedDB: the
// benchmark must not depend on the app's own write path to prepare what it measures. Only after
// the app has opened the database once (Dexie creates the schema), and followed by a reload
// (Dexie does not see writes made behind its back).
import type { Page } from '@playwright/test';
import { DEFAULT_DB_NAME } from '../../src/storage/db';
import type { StoredReport } from '../../src/storage/stored-report';

const REPORTS_STORE = 'reports';

/** Waits until the app has created its database (Dexie stores version n as IndexedDB version 10·n). */
export async function waitForAppDb(page: Page, timeoutMs = 15_000): Promise<void> {
  await page.waitForFunction(
    async (name) => (await indexedDB.databases()).some((d) => d.name === name && (d.version ?? 0) >= 10),
    DEFAULT_DB_NAME,
    { timeout: timeoutMs, polling: 100 },
  );
}

/** Replaces every record of the reports store with `records` in one transaction. */
export async function replaceReports(page: Page, records: readonly StoredReport[]): Promise<void> {
  await page.evaluate(
    async ({ name, store, json }) => {
      const records = JSON.parse(json) as unknown[];
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        if (!db.objectStoreNames.contains(store)) throw new Error(`IndexedDB ${name} has no store ${store}`);
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          const reports = tx.objectStore(store);
          reports.clear();
          for (const r of records) reports.put(r);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
        });
      } finally {
        db.close();
      }
    },
    // As one JSON string: Playwright's own serialisation of 1,000 nested records takes seconds.
    { name: DEFAULT_DB_NAME, store: REPORTS_STORE, json: JSON.stringify(records) },
  );
}

/**
 * Milliseconds to read every record of the reports store with one raw getAll (inside the page):
 * the storage share of the reports list figure, with no Dexie and no rendering.
 */
export async function timeReadAllReports(page: Page): Promise<{ ms: number; count: number }> {
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
    { name: DEFAULT_DB_NAME, store: REPORTS_STORE },
  );
}
