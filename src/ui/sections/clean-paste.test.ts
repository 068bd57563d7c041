import { describe, expect, it } from 'vitest';
import { cleanPastedText } from './clean-paste';

describe('cleanPastedText', () => {
  it.each([
    ['一是…\r\n二是…\r\n', '一是…\n二是…'],
    ['第一段\n\n\n\n第二段', '第一段\n\n第二段'],
    ['a\u00a0b\u200b c  \n', 'a b c'],
  ])('%j → %j', (input, out) => expect(cleanPastedText(input)).toBe(out));
});
