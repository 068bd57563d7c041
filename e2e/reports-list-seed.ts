// Seeds many reports for e2e/reports-list.spec.ts straight into IndexedDB (the app's own write path
// is not reachable from the page), shaped as the app stores them: StoredReport in `reports` and
// its list record in `reportList` (src/storage/report-list-item.ts), in one transaction. Only
// after the app opened the database once (Dexie creates the schema); reload afterwards.
import type { Page } from '@playwright/test';
import { emptyDraft } from '../src/domain/report/empty-report';
import { emptyReview } from '../src/domain/report/review-schema';
import { DEFAULT_DB_NAME } from '../src/storage/db';
import { denormalised } from '../src/storage/report-fields';
import { toListItem } from '../src/storage/report-list-item';
import type { StoredReport } from '../src/storage/stored-report';

export const SEED_COUNT = 300;

/**
 * 单位000 … 单位299, in an order unlike the newest-first default: report i (i = 0 is the newest)
 * is named 单位{(7i + 100) mod 300}, so sorting by name puts another report first.
 */
export const seededName = (i: number) => `单位${String((7 * i + 100) % SEED_COUNT).padStart(3, '0')}`;
export const seededId = (i: number) => `list-${String(i).padStart(3, '0')}`;

export function seededReports(now = Date.parse('2025-01-20T02:00:00.000Z')): StoredReport[] {
  return Array.from({ length: SEED_COUNT }, (_, i) => {
    const draft = emptyDraft({
      id: seededId(i),
      agencyName: seededName(i),
      year: 2024,
      reportKind: 'department',
    });
    const review = emptyReview();
    const at = new Date(now - i * 60_000).toISOString();
    return {
      id: draft.id,
      revision: 1,
      createdAt: at,
      updatedAt: at,
      deletedAt: null,
      kind: 'draft',
      draft,
      review,
      acceptedFingerprints: {},
      previousYearId: null,
      importSummary: null,
      ...denormalised(draft, review),
      errorCount: i % 3,
      warningCount: i % 5,
    };
  });
}

/** Replaces every report (both stores) with `records`. */
export async function seedReports(page: Page, records: readonly StoredReport[]): Promise<void> {
  await page.evaluate(
    async ({ name, json }) => {
      const { reports, list } = JSON.parse(json) as { reports: unknown[]; list: unknown[] };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(['reports', 'reportList'], 'readwrite');
          const r = tx.objectStore('reports');
          const l = tx.objectStore('reportList');
          r.clear();
          l.clear();
          for (const x of reports) r.put(x);
          for (const x of list) l.put(x);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
        });
      } finally {
        db.close();
      }
    },
    // One JSON string: Playwright's own serialisation of many nested records is slow.
    { name: DEFAULT_DB_NAME, json: JSON.stringify({ reports: records, list: records.map(toListItem) }) },
  );
}
