import { describe, expect, it } from 'vitest';
import { randomUuid } from './random-id';

describe('randomUuid', () => {
  it('builds version-4 UUIDs from crypto.getRandomValues, all different', () => {
    const ids = Array.from({ length: 2000 }, randomUuid);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('does not need crypto.randomUUID (missing on plain-HTTP pages and before Chrome 92)', () => {
    const original = crypto.randomUUID;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true, writable: true });
    try {
      expect(randomUuid()).toMatch(/^[0-9a-f-]{36}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true, writable: true });
    }
  });
});
