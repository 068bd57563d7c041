// Where row labels are found in a table's text: a short label is not taken from inside another row's
// label that the report numbered otherwise (「3.其他」 inside 「2.其他…」). Labels and numbers our own.
import { describe, expect, it } from 'vitest';
import { labelNumbering } from './label-match';
import { type LabelCandidate, locateLabels } from './locate-labels';
import { tokenizeTable } from './table-tokens';

const candidates: LabelCandidate<string>[] = [
  { key: 'law', forms: ['其他法律行政法规禁止公开'], weight: 1, numbering: 2 },
  { key: 'other', forms: ['其他'], weight: 1, numbering: 3 },
];
const found = (lines: string[], list = candidates) =>
  locateLabels(tokenizeTable(lines), list).map((l) => `${l.key}:${l.text}`);

describe('labelNumbering', () => {
  it('reads the numbering a label starts with, in its usual styles', () => {
    expect(labelNumbering('3.其他')).toBe(3);
    expect(labelNumbering('３、其他')).toBe(3);
    expect(labelNumbering('（三）不予公开')).toBe(3);
    expect(labelNumbering('二、上年结转')).toBe(2);
    expect(labelNumbering('行政许可')).toBeNull();
    expect(labelNumbering('12.某某')).toBeNull();
  });
});

describe('locateLabels: the numbering a piece starts with', () => {
  it('does not find the short 「3.其他」 at the start of a piece numbered 2 whose own label is garbled', () => {
    // A row label in other characters (a converted page) that its own form does not match.
    expect(found(['2.其他法令規定禁止之事項 1 0 0 0 0 0 1'])).toEqual([]);
  });

  it('finds it on its own piece, and inside a piece not numbered', () => {
    expect(found(['3.其他 4 0 0 0 0 0 4'])).toEqual(['other:3.其他']);
    expect(found(['其他 4 0 0 0 0 0 4'])).toEqual(['other:其他']);
    // the same piece without a candidate numbering: as before
    expect(found(['2.其他法令規定禁止之事項 1'], [{ key: 'other', forms: ['其他'], weight: 1 }])).toEqual([
      'other:2.其他法令規定禁止之事項',
    ]);
  });

  it('still finds a long label that the report numbered wrongly', () => {
    expect(found(['5.其他法律行政法规禁止公开 2 0 0 0 0 0 2'])).toEqual(['law:5.其他法律行政法规禁止公开']);
  });
});

describe('locateLabels: chains that score the same', () => {
  // Part 三's column headers print 「其他」 and 「总计」, the bare forms of rows 「3.其他」 and 「（七）总计」.
  const rows: LabelCandidate<string>[] = [
    { key: 'new', forms: ['本年新收政府信息公开申请数量'], weight: 1, numbering: 1 },
    { key: 'carried', forms: ['上年结转政府信息公开申请数量'], weight: 1, numbering: 2 },
    { key: 'other', forms: ['其他'], weight: 1, numbering: 3 },
    { key: 'total', forms: ['总计'], weight: 1, numbering: 7 },
  ];
  const header = ['申请人情况', '自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计'];

  it('takes two whole row labels over two column headers in a table cut after its first two rows', () => {
    const lines = [
      ...header,
      '一、本年新收政府信息公开申请数量 5 1 0 0 0 0 6',
      '2 0 0 0 0 0 2',
      '二、上年结转政府信息公开申请数量',
    ];
    expect(found(lines, rows)).toEqual([
      'new:一、本年新收政府信息公开申请数量',
      'carried:二、上年结转政府信息公开申请数量',
    ]);
  });

  it('still takes the short labels where their own rows are printed', () => {
    const lines = [
      ...header,
      '一、本年新收政府信息公开申请数量 5 1 0 0 0 0 6',
      '二、上年结转政府信息公开申请数量 2 0 0 0 0 0 2',
      '3.其他 1 0 0 0 0 0 1',
      '（七）总计 7 1 0 0 0 0 8',
    ];
    expect(found(lines, rows)).toEqual([
      'new:一、本年新收政府信息公开申请数量',
      'carried:二、上年结转政府信息公开申请数量',
      'other:3.其他',
      'total:（七）总计',
    ]);
  });
});
