import { describe, expect, it } from 'vitest';
import {
  keptTextKey,
  keptTexts,
  MAX_KEPT_CHARS,
  ownKeptKey,
  readKeptText,
  takeOverKeptTexts,
  writeKeptText,
} from './kept-text';

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

  it('takes over every page’s text for a key, merged, and leaves one key holding it', () => {
    const s = memoryStorage();
    writeKeptText(s, key, '旧版本共用的说明'); // written before pages kept theirs apart
    writeKeptText(s, ownKeptKey(key, 'p1'), '第一页的说明');
    writeKeptText(s, ownKeptKey(key, 'p2'), '第一页的说明，第二页续写');
    writeKeptText(s, ownKeptKey(keptTextKey('r-7', 'comment'), 'p2'), '别的对话框');
    const text = takeOverKeptTexts(s, key, 'p3');
    expect(text).toBe('旧版本共用的说明\n\n第一页的说明，第二页续写');
    expect(keptTexts(s, key)).toEqual([{ key: ownKeptKey(key, 'p3'), text }]);
    expect(readKeptText(s, ownKeptKey(keptTextKey('r-7', 'comment'), 'p2'))).toBe('别的对话框');
    // the page's own text comes first; the saved text is not offered
    writeKeptText(s, ownKeptKey(key, 'p4'), '第四页');
    expect(takeOverKeptTexts(s, key, 'p4', text ?? '')).toBe('第四页');
    expect(takeOverKeptTexts(s, key, 'p5', '第四页')).toBeNull();
  });

  it('a full storage: the other pages’ texts stay where they are', () => {
    const s = memoryStorage();
    writeKeptText(s, ownKeptKey(key, 'p1'), '第一页');
    const full = {
      ...s,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    } as Storage;
    expect(takeOverKeptTexts(full, key, 'p2')).toBe('第一页');
    expect(readKeptText(s, ownKeptKey(key, 'p1'))).toBe('第一页');
  });
});
