import { describe, expect, it } from 'vitest';
import { afterSentenceEnd } from './inline-items';

describe('afterSentenceEnd: the text before a marker ends a sentence', () => {
  it.each([
    ['公开信息120条。（二）', 9, true],
    ['公开信息120条。 \u3000\t（二）', 12, true],
    ['如下：（二）', 3, true],
    ['无;（二）', 2, true],
    ['公开信息120条，（二）', 9, false],
    ['公开信息120条（二）', 8, false],
    ['   （二）', 3, false],
    ['（二）', 0, false],
  ] as const)('%s before offset %i: %s', (line, at, expected) => {
    expect(afterSentenceEnd(line, at)).toBe(expected);
    // what the end-anchored pattern said of the text before the marker
    expect(/[。；;！？!?：:][ \t\u3000]*$/u.test(line.slice(0, at))).toBe(expected);
  });
  it('only the text before the offset counts', () => {
    expect(afterSentenceEnd('甲。乙（二）', 2)).toBe(true);
    expect(afterSentenceEnd('甲。乙（二）', 3)).toBe(false);
  });
});
