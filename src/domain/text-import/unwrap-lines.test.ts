// PDF text's paragraphs joined back from the page's lines (nianbao issue 18).
import { describe, expect, it } from 'vitest';
import { displayWidth, pageWidth, unwrapLines } from './unwrap-lines';

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

  it('a page’s navigation (breadcrumb, header links) as wide as the page goes on into nothing', () => {
    const crumb = full('当前位置: 网站首页 >> 政府信息公开 >> 年报');
    expect(unwrapLines([crumb, '某某州卫生健康委', '2025年政府信息公开工作年度报告'], W)).toEqual([
      crumb,
      '某某州卫生健康委',
      '2025年政府信息公开工作年度报告',
    ]);
    const links = full('无障碍 | 设为首页 | 加入收藏');
    expect(unwrapLines([links, '年报'], W)).toEqual([links, '年报']);
    // prose naming 《…<…格式>的通知》 goes on as before
    const prose = full('根据《关于印发<年度报告格式>的通知》要求，汇总某');
    expect(unwrapLines([prose, '某单位情况编制而成。'], W)).toEqual([`${prose}某单位情况编制而成。`]);
  });

  it('keeps a number that ends the paragraph or stands before a new item', () => {
    expect(unwrapLines([full('甲'), '1', '', '乙。'], W)).toEqual([`${full('甲')}1`, '', '乙。']);
    expect(unwrapLines([full('甲'), '3', '（二）乙。'], W)).toEqual([`${full('甲')}3`, '（二）乙。']);
  });
});

describe('a justified line spread by runs of spaces (pypdf extraction_mode="layout")', () => {
  const line = (k: number) => `第${k}行文字写满整页宽度的一行内容之甲乙丙丁戊己庚辛壬癸子丑寅卯`;
  const spread = (t: string) => `${t.slice(0, 6)}            ${t.slice(6, 14)}        ${t.slice(14)}`;
  it('measures a line by its characters, not its padding: the page width and the paragraph come back', () => {
    const lines = [...Array.from({ length: 9 }, (_, k) => spread(line(k))), '末行。'];
    const width = pageWidth(lines);
    expect(width).toBe(displayWidth(line(0)));
    const out = unwrapLines(lines, width!);
    expect(out).toHaveLength(1);
    expect(out[0]!.replace(/ +/gu, '')).toBe(
      `${Array.from({ length: 9 }, (_, k) => line(k)).join('')}末行。`,
    );
  });
});
