// Segmentation by content before the tables are read (nianbao issue 18): a paragraph before a
// part's table, a part 三 table printed without its heading, a year in a column header, the 2019
// wording 「规章」「规范性文件」 in a 2021 table. Small pages written for these tests.
import { describe, expect, it } from 'vitest';
import { type CellAddress, cellId } from '../report/cell-address';
import type { DocumentField } from '../report/keys';
import { importPublishedText } from './import-text';
import { findParts } from './sections';
import { TABLE_OPENERS, withoutProseBeforeTable } from './table-start';
import { logicalRows, tokenizeTable } from './table-tokens';

const num = (r: ReturnType<typeof importPublishedText>, cell: CellAddress) =>
  r.summary.numbers.find((n) => n.cell === cellId(cell))?.value;

const PART_3 = [
  '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\t申请人情况',
  '自然人\t法人或其他组织\t总计',
  '商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他',
  '一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t5',
  '二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1',
];
const HEAD = [
  '某某区某某局2022年政府信息公开工作年度报告',
  '一、总体情况',
  '略。',
  '二、主动公开政府信息情况',
  '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
  '规章\t0\t0\t0',
];

describe('withoutProseBeforeTable', () => {
  it('blanks the sentences before the table, keeps the line count', () => {
    const lines = ['2022年共收到申请6件,其中予以公开4件,其他2件。', ...PART_3];
    const out = withoutProseBeforeTable(lines, TABLE_OPENERS.applications);
    expect(out).toHaveLength(lines.length);
    expect(out[0]).toBe('');
    expect(out.slice(1)).toEqual(PART_3);
  });

  it('on a line holding both, keeps only the table', () => {
    const [line] = withoutProseBeforeTable(
      ['全年收到申请6件。(本列数据的勾稽关系为…)\t申请人情况'],
      TABLE_OPENERS.applications,
    );
    expect(line).toBe('(本列数据的勾稽关系为…)\t申请人情况');
  });

  it('without a table opener, nothing changes', () => {
    expect(withoutProseBeforeTable(['一句话。'], TABLE_OPENERS.applications)).toEqual(['一句话。']);
  });
});

describe('importPublishedText: content before the table', () => {
  it('a paragraph naming 予以公开 and 其他 before part 三’s table moves no row', () => {
    const text = [
      ...HEAD,
      '三、收到和处理政府信息公开申请情况',
      '2022年,本局共收到6份申请。其中,予以公开4件,其他2件(申请人撤回)。',
      ...PART_3,
    ].join('\n');
    const r = importPublishedText(text);
    expect(num(r, { part: 'applications', row: 'newReceived', column: 'natural' })).toBe(5);
    expect(num(r, { part: 'applications', row: 'carriedOver', column: 'natural' })).toBe(1);
    expect(r.summary.numbers.some((n) => n.cell.startsWith('applications.otherOther'))).toBe(false);
    expect(r.summary.warnings.join()).not.toContain('未能对应');
  });

  it('part 三’s table without its heading is found by its own first text', () => {
    const r = importPublishedText([...HEAD, ...PART_3].join('\n'));
    expect(r.summary.partsFound).toContain('applications');
    expect(num(r, { part: 'applications', row: 'newReceived', column: 'total' })).toBe(5);
    // …and is not read as part of part 二.
    expect(r.summary.warnings.join()).not.toContain('第二部分中有一组数字');
  });
});

describe('findParts: a part 三 table with no heading', () => {
  it('opens the part on the table’s first line (a line of the table, not a heading)', () => {
    const lines = [...HEAD, ...PART_3];
    const three = findParts(lines).find((p) => p.part === 'applications');
    expect(three).toMatchObject({ heading: HEAD.length, start: HEAD.length });
  });

  it('a sentence mentioning the note before part 二 opens nothing', () => {
    const lines = ['本报告勾稽关系说明。', ...HEAD];
    expect(findParts(lines).map((p) => p.part)).toEqual(['overview', 'proactive']);
  });
});

describe('findParts: part 五 with no heading (a converter dropped it, an author numbered otherwise)', () => {
  const parts = (tail: string[]) =>
    findParts([
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议\t行政诉讼',
      '1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0',
      ...tail,
      '六、其他需要报告的事项',
      '本年度未收取信息处理费。',
    ]).map((p) => [p.part, p.start, p.end]);

  it.each([['（一）主要问题'], ['（一）2024 年工作中存在问题的改进情况']])(
    'its first sub-item 「%s」 after part 四’s table opens it',
    (opener) => {
      expect(parts([opener, '内设机构调整，栏目结构无法满足需要。', '（二）改进情况', '开设专栏。'])).toEqual(
        [
          ['appeals', 1, 3],
          ['problems', 3, 7],
          ['otherMatters', 8, 9],
        ],
      );
    },
  );

  it('a sentence on problems, or no sub-item, opens nothing', () => {
    expect(parts(['（一）本年度复议案件均已审结，未发现问题，也无需改进。']).map((p) => p[0])).toEqual([
      'appeals',
      'otherMatters',
    ]);
  });
});

describe('column headers and row labels as real 2021 tables print them', () => {
  it('a year in brackets in a header is text, not a cell: 「本年(2023)制发件数」', () => {
    const rows = logicalRows(
      tokenizeTable(['信息内容\t本年(2023)制发件数\t本年(2023)废止件数\t现行有效件数', '规章\t0\t1\t4']),
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.label.map((t) => t.text)).toContain('本年(2023)制发件数');
  });

  it('「规范性文件」 for 「行政规范性文件」, also as the last row found', () => {
    const text = [...HEAD, '规范性文件\t2\t1\t9'].join('\n');
    const r = importPublishedText(text);
    expect(
      (['issued', 'repealed', 'inForce'] as DocumentField[]).map((c) =>
        num(r, { part: 'proactive', row: 'normativeDocuments', column: c }),
      ),
    ).toEqual([2, 1, 9]);
  });
});

describe('parts 四 and 五 in the 2019 wording, a sentence before part 四’s table', () => {
  const tail = [
    '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况',
    '2023 年,本局因政府信息公开工作被申请行政复议、提起',
    '行政诉讼的情况如下。',
    '行政复议 行政诉讼',
    '结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉',
    '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0',
    '五、政府信息公开工作存在的主要问题及改进情况',
    '无。',
  ];

  it('finds both headings and reads the row, not the year of the sentence', () => {
    const r = importPublishedText([...HEAD, ...PART_3, ...tail].join('\n'));
    expect(r.summary.partsFound).toEqual(['overview', 'proactive', 'applications', 'appeals', 'problems']);
    expect(num(r, { part: 'appeals', row: 'reconsideration', column: 'upheld' })).toBe(1);
    expect(num(r, { part: 'appeals', row: 'reconsideration', column: 'total' })).toBe(1);
  });

  it('a sentence close to the 2019 wording, without the numeral, is no heading', () => {
    const lines = [
      ...HEAD.slice(0, 2),
      '政府信息公开被申请行政复议3件,被提起行政诉讼2件。',
      ...HEAD.slice(2),
    ];
    expect(findParts(lines).map((p) => p.part)).toEqual(['overview', 'proactive']);
  });

  it('part 四’s opener is its header line, not a sentence naming 行政复议', () => {
    const out = withoutProseBeforeTable(tail.slice(1, 6), TABLE_OPENERS.appeals);
    expect(out.slice(0, 2)).toEqual(['', '']);
    expect(out[2]).toBe('行政复议 行政诉讼');
  });
});

describe('findParts: part 五 headed 「…及明年工作计划」 (平潭综合实验区公安局 2024)', () => {
  it.each([['五、存在的主要问题及明年工作计划'], ['五、存在的主要问题及下一步工作计划']])(
    '「%s」 is part 五',
    (heading) => {
      const parts = findParts([
        '四、政府信息公开行政复议、行政诉讼情况',
        '000000000000000',
        heading,
        '本年度工作仍有不足。下一年度将进一步改进。',
        '六、其他需要报告的事项',
        '2024年，无收取信息处理费情况。',
      ]);
      expect(parts.map((p) => [p.part, p.heading])).toEqual([
        ['appeals', 0],
        ['problems', 2],
        ['otherMatters', 4],
      ]);
    },
  );
});

describe('findParts: Arabic-numbered sub-items of part 一 that read like part titles (山东 template, 荣成市信访局 2025)', () => {
  const lines = [
    '一、总体情况',
    '(二)依申请公开工作方面',
    '1.收到和处理政府信息公开申请情况',
    '2025年,共受理政府信息公开申请4件。',
    '2.政府信息公开行政复议、行政诉讼情况',
    '2025年,被申请行政复议0件。',
    '二、主动公开政府信息情况',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    '三、收到和处理政府信息公开申请情况',
    '一、本年新收政府信息公开申请数量\t4\t0\t0\t0\t0\t0\t4',
    '四、政府信息公开行政复议、行政诉讼情况',
    '000000000000000',
  ];
  it('are not taken for parts 三 and 四, so part 二 and the real headings are found', () => {
    expect(findParts(lines).map((p) => [p.part, p.heading])).toEqual([
      ['overview', 0],
      ['proactive', 6],
      ['applications', 8],
      ['appeals', 10],
    ]);
  });
  it('「2.主动公开政府信息情况」 under part 一 is no heading when 「二、主动公开政府信息情况」 follows', () => {
    const parts = findParts([
      '一、总体情况',
      '2.主动公开政府信息情况',
      '全年主动公开信息20条。',
      '二、主动公开政府信息情况',
      '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    ]);
    expect(parts.map((p) => [p.part, p.heading])).toEqual([
      ['overview', 0],
      ['proactive', 3],
    ]);
  });
  it('a part numbered with its own ordinal in Arabic is still its heading', () => {
    expect(findParts(['1.总体情况', '略。', '2.主动公开政府信息情况', '略。']).map((p) => p.part)).toEqual([
      'overview',
      'proactive',
    ]);
  });
});
