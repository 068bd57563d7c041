import { describe, expect, it, vi } from 'vitest';
import { requestPersistence, storageEstimate } from './persistence';

describe('requestPersistence', () => {
  it('returns null without the API', async () => {
    expect(await requestPersistence(undefined)).toBeNull();
    expect(await requestPersistence({})).toBeNull();
  });

  it('does not ask again when already persistent', async () => {
    const persist = vi.fn(async () => true);
    expect(await requestPersistence({ persist, persisted: async () => true })).toBe(true);
    expect(persist).not.toHaveBeenCalled();
  });

  it.each([true, false])('returns what the browser granted: %s', async (granted) => {
    expect(await requestPersistence({ persist: async () => granted, persisted: async () => false })).toBe(
      granted,
    );
  });

  it('returns null when the browser throws', async () => {
    expect(await requestPersistence({ persist: () => Promise.reject(new Error('x')) })).toBeNull();
  });
});

describe('storageEstimate', () => {
  it('returns usage and quota, or null when unknown', async () => {
    expect(await storageEstimate({ estimate: async () => ({ usage: 10, quota: 100 }) })).toEqual({
      usage: 10,
      quota: 100,
    });
    expect(await storageEstimate({ estimate: async () => ({}) })).toBeNull();
    expect(await storageEstimate(undefined)).toBeNull();
  });
});
