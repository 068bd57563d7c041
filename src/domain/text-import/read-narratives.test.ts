import { describe, expect, it } from 'vitest';
import { readOtherMatters, readOverview, readProblems } from './read-narratives';
import { splitSignature } from './signature';

describe('readOverview', () => {
  it('splits by （一）…（五）, with the text before them as the intro', () => {
    const o = readOverview([
      '总述。',
      '（一）主动公开情况',
      '甲。',
      '（二）依申请公开情况。本年收到申请3件。',
      '（三）政府信息管理',
      '丙。',
    ]);
    expect(o).toEqual({
      intro: '总述。',
      proactive: '甲。',
      onRequest: '本年收到申请3件。',
      management: '丙。',
      platforms: '',
      oversight: '',
    });
  });

  it('a nested or out-of-order marker stays in the text', () => {
    const o = readOverview([
      '（一）主动公开情况',
      '（一）制度建设。甲。',
      '（三）其他措施',
      '乙。',
      '（二）依申请公开情况',
      '丙。',
    ]);
    expect(o.proactive).toBe('（一）制度建设。甲。\n（三）其他措施\n乙。');
    expect(o.onRequest).toBe('丙。');
  });

  it('skips a missing sub-item when the next carries its heading', () => {
    const o = readOverview(['（一）主动公开情况', '甲。', '（三）政府信息管理情况', '丙。']);
    expect([o.proactive, o.onRequest, o.management]).toEqual(['甲。', '', '丙。']);
  });
});

describe('readProblems', () => {
  it.each([
    ['「针对…」', ['问题甲。', '针对上述问题，我们将……'], '问题甲。', '针对上述问题，我们将……'],
    ['「下一步」', ['问题甲。', '下一步，将……'], '问题甲。', '下一步，将……'],
    ['「2023年，…将」', ['2022年，存在问题。', '2023年，我局将……'], '2022年，存在问题。', '2023年，我局将……'],
    [
      'sub-headings',
      ['（一）存在的主要问题', '问题甲。', '（二）改进情况', '措施乙。'],
      '问题甲。',
      '措施乙。',
    ],
    [
      'inside one paragraph',
      ['问题甲；问题乙。针对上述不足，将……'],
      '问题甲；问题乙。',
      '针对上述不足，将……',
    ],
  ])('%s', (_name, lines, problems, improvements) => {
    const { texts, warnings } = readProblems(lines);
    expect(texts).toEqual({ problems, improvements });
    expect(warnings).toEqual([]);
  });

  it('says so when it cannot split', () => {
    const { texts, warnings } = readProblems(['只有问题。']);
    expect(texts).toEqual({ problems: '只有问题。', improvements: '' });
    expect(warnings[0]).toContain('未能区分问题与改进措施');
  });
});

describe('readOtherMatters', () => {
  it('strips padded headings up to 「：」', () => {
    const { texts } = readOtherMatters([
      '（一）本年度未收取信息处理费。',
      '（五）本行政机关政府信息公开工作年度报告数据统计需要说明的事项：无。',
    ]);
    expect(texts.processingFees).toBe('本年度未收取信息处理费。');
    expect(texts.statisticsNotes).toBe('无。');
  });

  it('without markers (the 2019 layout) the text goes to 其他事项, with a warning', () => {
    const { texts, warnings } = readOtherMatters(['无其他需要报告的事项。']);
    expect(texts.otherItems).toBe('无其他需要报告的事项。');
    expect(warnings[0]).toContain('未按（一）至（七）分项');
  });
});

describe('splitSignature', () => {
  it('drops the organ and date at the end and returns the date', () => {
    expect(
      splitSignature(['（七）无。', '', '某某县交通运输局', '2023年1月18日', ''], '某某县交通运输局'),
    ).toEqual({
      lines: ['（七）无。'],
      publishDate: '2023-01-18',
    });
  });
  it('keeps a last line that is text', () => {
    expect(splitSignature(['（七）无。'], '某某县交通运输局').lines).toEqual(['（七）无。']);
  });
});
