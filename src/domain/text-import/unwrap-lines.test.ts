// PDF text's paragraphs joined back from the page's lines (nianbao issue 18).
import { describe, expect, it } from 'vitest';
import { displayWidth, pageWidth, unwrapLines, wrapWidth } from './unwrap-lines';

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

describe('a short report printed to PDF: few wrapped paragraphs among many headings (wrapWidth)', () => {
  // A print whose narratives are a sentence or two: pageWidth finds no width among the headings.
  const lines = [
    '（一）主动公开情况',
    '（二）依申请公开情况',
    '本年度某县交通运输局共受理政府信息公开申请',
    '十二件，均已在法定期限内作出答复，未发生逾期',
    '答复情况。',
    '（三）人大代表建议和政协提案办理结果公开情况',
    '（四）其他有关文件专门要求报告的事项',
    '本年度未向申请人收取任何费用，包括：检索费、',
    '复印费、寄递费。',
  ];

  it('takes the width two lines share that break off mid-sentence, and joins those paragraphs — for two lines too', () => {
    const width = wrapWidth(lines);
    expect(width).toBe(displayWidth('本年度未向申请人收取任何费用，包括：检索费、'));
    expect(unwrapLines(lines, width!, true)).toEqual([
      '（一）主动公开情况',
      '（二）依申请公开情况',
      '本年度某县交通运输局共受理政府信息公开申请十二件，均已在法定期限内作出答复，未发生逾期答复情况。',
      '（三）人大代表建议和政协提案办理结果公开情况',
      '（四）其他有关文件专门要求报告的事项',
      '本年度未向申请人收取任何费用，包括：检索费、复印费、寄递费。',
    ]);
  });

  it('a heading as wide as the page is never continued; a list and a text of whole lines are not joined', () => {
    const heading = '（三）人大代表建议和政协提案办理结果公开情况';
    expect(unwrapLines([heading, '本年度未收到相关建议和提案。'], displayWidth(heading), true)).toEqual([
      heading,
      '本年度未收到相关建议和提案。',
    ]);
    // one paragraph a line (a web page): every line ends its sentence
    expect(
      wrapWidth([
        '本年度共主动公开政府信息三百余条，涵盖机构职能、财政预决算等内容。',
        '本年度共受理政府信息公开申请十二件，均已按时答复。',
        '本年度未发生因政府信息公开引起的行政复议和行政诉讼。',
      ]),
    ).toBeNull();
    // a list: each item its own line, however wide
    expect(
      wrapWidth([
        '一是加强组织领导，健全政务公开工作协调机制',
        '二是规范平台建设，及时更新政府网站各类栏目',
        '三是强化监督考核，将公开工作纳入年度绩效评价',
      ]),
    ).toBeNull();
    // headings and short lines only
    expect(wrapWidth(['（一）主动公开情况', '（二）依申请公开情况', '无。'])).toBeNull();
    // one wrapped line alone is no evidence of a page width
    expect(wrapWidth(['本年度某县交通运输局共受理政府信息公开申请', '十二件。'])).toBeNull();
  });
});
