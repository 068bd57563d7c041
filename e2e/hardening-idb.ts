// Whole-database dumps for the hardening specs: every object store of 'nianbao', keys and values,
// so "nothing was written" can be asserted as "the dump before equals the dump after".
import type { Page } from '@playwright/test';

export type IdbDump = Record<string, { keys: unknown[]; values: unknown[] }>;

export async function dumpDatabase(page: Page, name = 'nianbao'): Promise<IdbDump> {
  return page.evaluate(
    (dbName) =>
      new Promise<IdbDump>((resolve, reject) => {
        const req = indexedDB.open(dbName);
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const stores = [...db.objectStoreNames];
          const out: IdbDump = {};
          if (stores.length === 0) {
            db.close();
            resolve(out);
            return;
          }
          const tx = db.transaction(stores, 'readonly');
          for (const s of stores) {
            const store = tx.objectStore(s);
            const keys = store.getAllKeys();
            const values = store.getAll();
            keys.onsuccess = () => {
              out[s] = { keys: keys.result, values: out[s]?.values ?? [] };
            };
            values.onsuccess = () => {
              out[s] = { keys: out[s]?.keys ?? [], values: values.result };
            };
          }
          tx.oncomplete = () => {
            db.close();
            // Through JSON: a structured-clone Date and its string form compare alike below.
            resolve(JSON.parse(JSON.stringify(out)) as IdbDump);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    name,
  );
}
