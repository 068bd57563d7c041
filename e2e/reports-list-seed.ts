// Seeds many reports for e2e/reports-list.spec.ts straight into IndexedDB (the app's own write path
// is not reachable from the page), shaped as the app stores them: StoredReport in `reports` and
// its list record in `reportList` (src/storage/report-list-item.ts), in one transaction. Only
// after the app opened the database once (Dexie creates the schema); reload afterwards.
import { emptyDraft } from '../src/domain/report/empty-report';
import { newStoredRecord } from '../src/storage/report-fields';
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
    const at = new Date(now - i * 60_000).toISOString();
    return newStoredRecord(draft, { counts: { errorCount: i % 3, warningCount: i % 5 } }, at);
  });
}
