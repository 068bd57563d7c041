import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textParagraphs, xmlSafeText } from './xml-text';

const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('xmlSafeText', () => {
  it.each([
    ['control characters', 'a\u0001b\u0008c\u000Bd\u001Fe', 'abcde'],
    ['bidi override and isolates', '\u202E文件\u202A\u2066x\u2069', '文件x'],
    ['lone surrogates', 'a\uD800b\uDC00c', 'abc'],
    ['non-characters FFFE/FFFF', 'a\uFFFEb\uFFFF', 'ab'],
    ['markup is left for docx to escape', '<script>&]]>', '<script>&]]>'],
    ['tabs, newlines, CJK and astral characters stay', '甲\t乙\r\n𠀀😀', '甲\t乙\r\n𠀀😀'],
  ])('%s', (_name, input, expected) => {
    expect(xmlSafeText(input)).toBe(expected);
  });

  it('always yields XML 1.0 characters and keeps every allowed one', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const out = xmlSafeText(s);
        expect(out).toMatch(XML_CHAR);
        // Removing characters never invents any: the output is a subsequence of the input.
        const kept = [...s].filter((ch) => XML_CHAR.test(ch) && !/[\u202A-\u202E\u2066-\u2069]/.test(ch));
        expect(out).toBe(kept.join(''));
      }),
    );
  });
});

describe('textParagraphs', () => {
  it('splits on any line break and drops blank lines', () => {
    expect(textParagraphs('  第一段 \r\n\r\n第二段\r第三段\u2028\n  ')).toEqual([
      '第一段',
      '第二段',
      '第三段',
    ]);
  });
});
