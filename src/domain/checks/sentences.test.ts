import { describe, expect, it } from 'vitest';
import { sentenceReader } from './sentences';

/** What each reader walked before: out from the offset to the nearest end mark on each side. */
function walked(text: string, at: number): string {
  let from = at;
  while (from > 0 && !/[。；;！？!?\n\r]/u.test(text[from - 1]!)) from--;
  let to = at;
  while (to < text.length && !/[。；;！？!?\n\r]/u.test(text[to]!)) to++;
  return text.slice(from, to).trim();
}

describe('sentenceReader', () => {
  const text = ' 收到申请95件，办结95件。 结转3件；\n规章2件！?  共公开信息120条 ';
  it('gives the sentence around any offset, end marks and line breaks ending it', () => {
    const read = sentenceReader(text);
    expect(read(3)).toBe('收到申请95件，办结95件');
    expect(read(14)).toBe('收到申请95件，办结95件');
    expect(read(16)).toBe('结转3件');
    expect(read(22)).toBe('规章2件');
  });
  it('is the same at every offset asked in any order (the sentence kept is read again when left)', () => {
    const read = sentenceReader(text);
    const offsets = [...Array(text.length + 1).keys()];
    for (const at of [...offsets, ...offsets.reverse(), 5, 30, 0, 14, 15, 13, text.length])
      expect(read(at)).toBe(walked(text, at));
  });
  it('an empty text', () => {
    expect(sentenceReader('')(0)).toBe('');
  });
});
