import { describe, expect, it } from 'vitest';
import { auditTexts } from '../audit/audit-reports';
import { importPublishedText, missingPartWarning } from './import-text';

// A report whose three tables a portal put on the page as pictures: the page's text keeps the
// narrative parts, and either the tables' headings alone or nothing between part 一 and part 五.
const head = [
  '某某市林业和草原局2024年政府信息公开工作年度报告',
  '本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
];
const overview = [
  '一、总体情况',
  '（一）主动公开。本局在门户网站发布林草资讯132条。',
  '（二）依申请公开。本年度办理申请4件，全部按期答复。',
  '（三）政府信息管理。严格执行发布前审核。',
  '（四）政府信息公开平台建设。优化政务公开专栏。',
  '（五）监督保障。组织业务学习3次。',
];
const tableHeadings = [
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
];
const rest = [
  '五、存在的主要问题及改进情况',
  '存在问题：解读形式较为单一。改进措施：增加图解和视频解读。',
  '六、其他需要报告的事项',
  '本局未收取信息处理费。无其他需要报告的事项。',
];
const withHeadings = [...head, ...overview, ...tableHeadings, ...rest];
const withoutHeadings = [...head, ...overview, ...rest];

describe.each([
  ['headings only, on lines', withHeadings.join('\n'), true],
  ['headings only, one line (a crawled page)', withHeadings.join(' '), true],
  ['no table parts at all, on lines', withoutHeadings.join('\n'), false],
  ['no table parts at all, one line', withoutHeadings.join(' '), false],
] as const)('tables published as pictures: %s', (_name, text, headed) => {
  const { draft, summary } = importPublishedText(text);

  it('says the tables seem to be pictures to be typed in, not 「未找到第二部分」', () => {
    expect(summary.warnings[0]).toMatch(/第二、三、四部分的表格.*图片.*请对照原文逐项录入/u);
    for (const part of ['proactive', 'applications', 'appeals'] as const)
      expect(summary.warnings).not.toContain(missingPartWarning(part));
    expect(summary.picturedTables).toEqual(['proactive', 'applications', 'appeals']);
    const reasons = new Set(summary.unread.map((u) => u.reason));
    expect(reasons.size).toBe(3);
    for (const r of reasons) expect(r).toMatch(headed ? /只有标题.*图片/u : /没有第.部分.*图片/u);
  });

  it('reads the narrative parts anyway, part 五 and 六 in their own places', () => {
    expect(draft.overview.proactive).toBe('本局在门户网站发布林草资讯132条。');
    expect(draft.overview.oversight).toBe('组织业务学习3次。');
    expect(draft.problems.problems).toContain('解读形式较为单一');
    expect(draft.problems.improvements).toContain('增加图解和视频解读');
    expect(draft.otherMatters.processingFees).toContain('未收取信息处理费');
    expect(summary.partsFound).toContain('problems');
  });

  it('batch audit: the missing part is named as a picture, not as not found', () => {
    const [audited] = auditTexts([text], new Date(2025, 5, 1));
    const messages = audited!.findings.map((f) => f.message).join('\n');
    expect(messages).not.toMatch(/未找到第[二三四]部分/u);
    expect(messages).toMatch(/图片/u);
  });
});

describe('tables published as pictures: only where no table holds a number', () => {
  it('a part 四 of words only beside tables of numbers is its own part, not a picture of all three', () => {
    const text = [
      ...head,
      ...overview,
      '二、主动公开政府信息情况',
      '第二十条第（一）项',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
      '规章\t0\t0\t0',
      '行政规范性文件\t2\t0\t9',
      ...rest,
    ].join('\n');
    const { summary } = importPublishedText(text);
    expect(summary.picturedTables).toBeUndefined();
    expect(summary.warnings.some((w) => /图片/u.test(w))).toBe(false);
  });

  it('a part 四 table whose zeros are printed blank (its words, no digit) is a table, not a picture', () => {
    const text = [
      ...head,
      ...overview,
      '二、主动公开政府信息情况',
      '第二十条第（一）项',
      '规章\t0\t0\t1',
      tableHeadings[1]!,
      '申请人情况\t自然人\t总计',
      '一、本年新收政府信息公开申请数量\t1\t1',
      tableHeadings[2]!,
      '行政复议\t行政诉讼',
      '结果维持\t结果纠正\t其他结果\t尚未审结\t总计',
      '\t\t\t\t',
      ...rest,
    ];
    expect(importPublishedText(text.join('\n')).summary.picturedTables).toBeUndefined();
  });

  it('a text that ends in part 三’s heading (an excerpt, a paste cut short) is not taken for one', () => {
    const text = [
      ...head,
      ...overview,
      '二、主动公开政府信息情况',
      '第二十条第（一）项',
      '规章\t0\t0\t1',
      tableHeadings[1]!,
    ];
    const { summary } = importPublishedText(text.join('\n'));
    expect(summary.picturedTables).toBeUndefined();
    expect(summary.unread.find((u) => u.cell.startsWith('applications.'))?.reason).not.toMatch(/图片/u);
  });

  it('a text of headings only (nothing of the narrative read) is not taken for one', () => {
    const { summary } = importPublishedText(
      ['一、总体情况', ...tableHeadings, '五、存在的主要问题及改进情况', '六、其他需要报告的事项'].join('\n'),
    );
    expect(summary.picturedTables).toBeUndefined();
  });
});
