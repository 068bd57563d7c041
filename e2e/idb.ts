import type { Page } from '@playwright/test';

/** Reads one stored report record straight from IndexedDB (what survives a crash or a reload). */
export async function storedReport(
  page: Page,
  id: string,
): Promise<{ revision: number; draft: Record<string, Record<string, Record<string, string>>> } | null> {
  return page.evaluate(
    (reportId) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('nianbao');
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction('reports').objectStore('reports').get(reportId);
          get.onsuccess = () => {
            db.close();
            resolve(get.result ?? null);
          };
          get.onerror = () => reject(get.error);
        };
        req.onerror = () => reject(req.error);
      }),
    id,
  );
}
