// PDF text's paragraphs joined back from the page's lines (nianbao issue 18).
import { describe, expect, it } from 'vitest';
import { unwrapLines } from './unwrap-lines';

const W = 20;
const full = (s: string) => s.padEnd(W, '文');

describe('unwrapLines', () => {
  it('joins a paragraph wrapped at the page width', () => {
    expect(unwrapLines([full('一'), '尾。'], W)).toEqual([`${full('一')}尾。`]);
  });

  it('drops a bare page number a page break put inside a paragraph (「0527」「1」「—83593059」)', () => {
    const lines = [full('如有疑问请联系电话：0527'), '1', '—83593059）。'];
    expect(unwrapLines(lines, W)).toEqual([`${full('如有疑问请联系电话：0527')}—83593059）。`]);
    expect(unwrapLines([full('甲'), '- 2 -', '乙。'], W)).toEqual([`${full('甲')}乙。`]);
  });

  it('keeps a number that ends the paragraph or stands before a new item', () => {
    expect(unwrapLines([full('甲'), '1', '', '乙。'], W)).toEqual([`${full('甲')}1`, '', '乙。']);
    expect(unwrapLines([full('甲'), '3', '（二）乙。'], W)).toEqual([`${full('甲')}3`, '（二）乙。']);
  });
});
