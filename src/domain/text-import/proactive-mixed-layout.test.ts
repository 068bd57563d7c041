// Part 二 printed half in the 2019 trial layout (nianbao issue 18): 第二十条第（一）项 under the
// 2019 headers 「本年新制作数量…」, the decision and fee tables under one column as in 2021 — and a
// number that is a delimited cell of its own is never cut into digits. Pages written for these tests
// in the shapes met on portal pages (pipe cells), with our own organ and numbers.
import { describe, expect, it } from 'vitest';
import { type CellAddress, cellId } from '../report/cell-address';
import type { ProactiveField, ProactiveRow } from '../report/keys';
import { importPublishedText } from './import-text';

const HEAD = ['某县林业保护站2023年政府信息公开工作年度报告', '一、总体情况', '本站全年公开信息40条。'];
const DOCS_2019 = [
  '二、主动公开政府信息情况',
  '第二十条第(一)项 | |||',
  '信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 |',
  '规章 | 0 | 0 | 0 |',
  '规范性文件 | 2 | 2 | 9 |',
];
const DECISIONS_ONE_COLUMN = [
  '第二十条第(五)项 | |||',
  '信息内容 | 处理决定数量 | ||',
  '行政许可 | 263 | ||',
  '第二十条第(六)项 | |||',
  '信息内容 | 处理决定数量 | ||',
  '行政处罚 | 14 | ||',
  '行政强制 | 0 | ||',
  '第二十条第(八)项 | |||',
  '信息内容 | 本年度收费金额(单位:万元) | ||',
  '行政事业性收费 | 1.5 | ||',
];
const TAIL = ['三、收到和处理政府信息公开申请情况', '本年度未收到政府信息公开申请。'];

const cell = (row: ProactiveRow, column: ProactiveField): CellAddress => ({ part: 'proactive', row, column });
const num = (r: ReturnType<typeof importPublishedText>, c: CellAddress) =>
  r.summary.numbers.find((n) => n.cell === cellId(c))?.value;
const unread = (r: ReturnType<typeof importPublishedText>, c: CellAddress) =>
  r.summary.unread.find((u) => u.cell === cellId(c));

describe('importPublishedText: a 2019 part 二 whose decision and fee tables have one column', () => {
  it('reads each decision and the fee amount under the one column its header prints', () => {
    const r = importPublishedText([...HEAD, ...DOCS_2019, ...DECISIONS_ONE_COLUMN, ...TAIL].join('\n'));
    expect(num(r, cell('licensing', 'decisions'))).toBe(263);
    expect(num(r, cell('punishment', 'decisions'))).toBe(14);
    expect(num(r, cell('enforcement', 'decisions'))).toBe(0);
    expect(num(r, cell('fees', 'amount'))).toBe(1.5);
    // 第二十条第（一）项 stays in the 2019 columns: 本年新制作数量 is the issued count, nothing else maps.
    expect(num(r, cell('normativeDocuments', 'issued'))).toBe(2);
    expect(unread(r, cell('normativeDocuments', 'inForce'))).toBeDefined();
    expect(r.summary.runTogether).toEqual([]);
  });

  it('a whole 2019 part 二 (三 columns per decision row) is read as before', () => {
    const decisions2019 = [
      '第二十条第(五)项 | |||',
      '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
      '行政许可 | 5 | 1 | 38 |',
      '其他对外管理服务事项 | 0 | 0 | 0 |',
    ];
    const r = importPublishedText([...HEAD, ...DOCS_2019, ...decisions2019, ...TAIL].join('\n'));
    expect(num(r, cell('licensing', 'decisions'))).toBe(38);
  });

  it('a 2019 decision row printed with one delimited cell is short, never digits run together', () => {
    const decisions2019 = [
      '第二十条第(五)项 | |||',
      '信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |',
      '行政许可 | 245 | ||',
    ];
    const r = importPublishedText([...HEAD, ...DOCS_2019, ...decisions2019, ...TAIL].join('\n'));
    // Cut as 2|4|5 the decisions were read as 5.
    expect(num(r, cell('licensing', 'decisions'))).toBeUndefined();
    expect(unread(r, cell('licensing', 'decisions'))?.reason).toMatch(/只读到1个数/u);
    expect(r.summary.runTogether).toEqual([]);
  });

  it('digits run together on a one-line page are still cut as before', () => {
    const line = `${HEAD.join('')}二、主动公开政府信息情况第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章000规范性文件000第二十条第（五）项信息内容上一年项目数量本年增/减处理决定数量行政许可000三、收到和处理政府信息公开申请情况`;
    const r = importPublishedText(line);
    expect(num(r, cell('licensing', 'decisions'))).toBe(0);
  });
});
