import { describe, expect, it } from 'vitest';
import { keptTextKey, MAX_KEPT_CHARS, readKeptText, writeKeptText } from './kept-text';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

describe('kept text', () => {
  const key = keptTextKey('r-7', 'explanation', 'narrative-empty:overview.platforms');

  it('keeps a text per report, purpose and target, and drops it when emptied', () => {
    const s = memoryStorage();
    writeKeptText(s, key, '平台建设情况已在总述第二段写明。');
    expect(readKeptText(s, key)).toBe('平台建设情况已在总述第二段写明。');
    expect(
      readKeptText(s, keptTextKey('r-8', 'explanation', 'narrative-empty:overview.platforms')),
    ).toBeNull();
    expect(readKeptText(s, keptTextKey('r-7', 'comment'))).toBeNull();
    writeKeptText(s, key, '');
    expect(readKeptText(s, key)).toBeNull();
    expect(s.length).toBe(0);
  });

  it('does not keep text longer than it may, nor throw when the storage refuses', () => {
    const s = memoryStorage();
    writeKeptText(s, key, '短');
    writeKeptText(s, key, '长'.repeat(MAX_KEPT_CHARS + 1));
    expect(readKeptText(s, key)).toBeNull();
    const refusing = {
      ...memoryStorage(),
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as Storage;
    expect(() => writeKeptText(refusing, key, '说明')).not.toThrow();
    expect(readKeptText(refusing, key)).toBeNull();
    expect(readKeptText(undefined, key)).toBeNull();
  });
});
