// Writes reports straight into the app's IndexedDB from inside the page, with raw IndexedDB, for
// the e2e tests and the benchmark: neither may depend on the app's own write path to prepare what
// it checks or measures. Only after the app has opened the database once (Dexie creates the
// schema), and followed by a reload (Dexie does not see writes made behind its back).
import type { Page } from '@playwright/test';
import { DEFAULT_DB_NAME } from '../src/storage/db';
import { type ReportListItem, toListItem } from '../src/storage/report-list-item';
import { type ReportSumRecord, sumRecords } from '../src/storage/report-sum-record';
import type { StoredReport } from '../src/storage/stored-report';

/**
 * Replaces every report with `records` in one transaction: the whole records (store `reports`),
 * their list records (store `reportList`, schema v3: src/storage/report-list-item.ts) and their
 * 汇总 records (store `reportSums`, v4: src/storage/report-sum-record.ts), as the app writes them
 * side by side. Without them the app would rebuild them itself when it next opens the database
 * (src/storage/report-list-sync.ts), inside the first timed samples.
 */
export async function replaceStoredReports(page: Page, records: readonly StoredReport[]): Promise<void> {
  await replaceStoredTables(page, {
    reports: records,
    list: records.map(toListItem),
    sums: sumRecords(records),
  });
}

/**
 * As replaceStoredReports, with the list and 汇总 records given as they are: records an older
 * release wrote (other counts, another `checkedWith`), which the app must derive again itself.
 */
export async function replaceStoredTables(
  page: Page,
  tables: {
    reports: readonly StoredReport[];
    list: readonly ReportListItem[];
    sums: readonly ReportSumRecord[];
  },
): Promise<void> {
  await page.evaluate(
    async ({ name, json }) => {
      const { reports, list, sums } = JSON.parse(json) as {
        reports: unknown[];
        list: unknown[];
        sums: unknown[];
      };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        for (const store of ['reports', 'reportList', 'reportSums'])
          if (!db.objectStoreNames.contains(store))
            throw new Error(`IndexedDB ${name} has no store ${store}`);
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(['reports', 'reportList', 'reportSums'], 'readwrite');
          for (const [store, items] of [
            ['reports', reports],
            ['reportList', list],
            ['reportSums', sums],
          ] as const) {
            const s = tx.objectStore(store);
            s.clear();
            for (const item of items) s.put(item);
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
        });
      } finally {
        db.close();
      }
    },
    // As one JSON string: Playwright's own serialisation of 1,000 nested records takes seconds.
    {
      name: DEFAULT_DB_NAME,
      json: JSON.stringify(tables),
    },
  );
}
