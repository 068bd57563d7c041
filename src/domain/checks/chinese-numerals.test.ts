import { describe, expect, it } from 'vitest';
import { parseChineseNumeral, parseCountToken } from './chinese-numerals';

describe('parseChineseNumeral', () => {
  it.each([
    ['零', 0],
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['二十三', 23],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['一百零十', 110],
    ['三百四十五', 345],
    ['一千零一', 1001],
    ['一千二百', 1200],
    ['两千零二十一', 2021],
    ['三万五千', 35000],
    ['十万', 100000],
    ['一百万', 1000000],
    ['二〇二一', 2021],
  ])('%s → %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['', '百', '万', '十十', '二三十', '百十', '一万万', '五件', '二十三件'])('rejects %s', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});

describe('parseCountToken', () => {
  it.each([
    ['23', 23],
    ['２３', 23],
    ['1,234', 1234],
    ['二十三', 23],
  ])('%s → %i', (text, value) => {
    expect(parseCountToken(text)).toBe(value);
  });
  it('rejects text that is no number', () => {
    expect(parseCountToken('申请')).toBeNull();
  });
});
