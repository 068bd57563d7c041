// Persistent storage: without it the browser may evict IndexedDB under disk pressure (best-effort
// storage, see the Storage Standard §"Buckets"), and a clerk's reports would vanish silently.
// Guarded for browsers (and test runners) without navigator.storage.

/** The part of StorageManager used here (injectable for tests). */
export type StorageManagerLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

const defaultManager = (): StorageManagerLike | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.storage;

/**
 * Asks once for persistent storage: true if granted (or already persistent), false if refused,
 * null where the API does not exist or fails. The caller records the result in settings.
 */
export async function requestPersistence(manager = defaultManager()): Promise<boolean | null> {
  if (!manager?.persist) return null;
  try {
    if (manager.persisted && (await manager.persisted())) return true;
    return await manager.persist();
  } catch {
    return null;
  }
}

export type StorageEstimateResult = { usage: number; quota: number };

/** Bytes used and available to this site, or null when the browser cannot tell. */
export async function storageEstimate(manager = defaultManager()): Promise<StorageEstimateResult | null> {
  if (!manager?.estimate) return null;
  try {
    const { usage, quota } = await manager.estimate();
    return usage === undefined || quota === undefined ? null : { usage, quota };
  } catch {
    return null;
  }
}
