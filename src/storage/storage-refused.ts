// Whether this browser refuses to keep the page's data: no IndexedDB (a private window of some
// browsers, a policy forbidding site data), or the browser said so when the database was opened.
// Whatever tells the clerk 「数据保存在本机」 must ask this first: then nothing is kept.
import { classifyStorageError } from './storage-errors';

let noted = false;
const listeners = new Set<() => void>();

function indexedDbMissing(): boolean {
  try {
    return typeof indexedDB === 'undefined' || indexedDB === null;
  } catch {
    // A getter that throws (SecurityError) is a refusal too.
    return true;
  }
}

/** True once the browser has refused storage (asked each time: the API can be missing from the start). */
export function storageRefused(): boolean {
  return noted || indexedDbMissing();
}

/** Notes an error from the storage layer: a refusal (missing API, SecurityError) is remembered and told. */
export function noteStorageError(error: unknown): void {
  const e = classifyStorageError(error);
  if (noted || e.kind !== 'unavailable' || e.reason !== 'missing-api') return;
  noted = true;
  for (const listener of listeners) listener();
}

/** For React's useSyncExternalStore. */
export function subscribeStorageRefused(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
