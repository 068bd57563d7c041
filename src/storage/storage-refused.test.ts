import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function fresh() {
  return import('./storage-refused');
}

describe('storageRefused', () => {
  it('is false while IndexedDB is there and nothing refused it', async () => {
    const m = await fresh();
    expect(m.storageRefused()).toBe(false);
  });

  it('is true when the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const m = await fresh();
    expect(m.storageRefused()).toBe(true);
  });

  it('is noted and told once on a SecurityError, not on other storage errors', async () => {
    const m = await fresh();
    const told = vi.fn();
    const stop = m.subscribeStorageRefused(told);
    m.noteStorageError(new DOMException('quota', 'QuotaExceededError'));
    m.noteStorageError(new Error('something else'));
    expect(m.storageRefused()).toBe(false);
    expect(told).not.toHaveBeenCalled();
    m.noteStorageError(new DOMException('The user denied permission.', 'SecurityError'));
    m.noteStorageError(Object.assign(new Error('IndexedDB API missing'), { name: 'MissingAPIError' }));
    expect(m.storageRefused()).toBe(true);
    expect(told).toHaveBeenCalledTimes(1);
    stop();
  });
});
