// Crawler text with 「|」 cells (nianbao issue 18): small pages written for these tests in the
// layouts met on real portal pages, never copied from one.
import { describe, expect, it } from 'vitest';
import { type CellAddress, cellId } from '../report/cell-address';
import {
  APPLICANT_COLUMNS,
  type AppealField,
  type AppealGroup,
  type ApplicantColumn,
  type ApplicationRow,
  type DocumentField,
} from '../report/keys';
import { importPublishedText } from './import-text';
import { pipeCellsToTabs, pipeLineToCells } from './pipe-cells';

describe('pipeLineToCells', () => {
  it.each([
    ['a row per line', '规章 | 2 | 0 | 7 |', '规章\t2\t0\t7'],
    ['spanned columns after the row are no cells', '行政许可 | 41 | ||', '行政许可\t41'],
    ['a merged header cell', '第二十条第(一)项 | |||', '第二十条第(一)项'],
    [
      'empty cells inside a row',
      '二、上年结转政府信息公开申请数量 | 3 | | | | | | 3 |',
      '二、上年结转政府信息公开申请数量\t3\t\t\t\t\t\t3',
    ],
    [
      'covered positions before a label are dropped',
      '| | 2.其他法律行政法规禁止公开 | 0 |',
      '2.其他法律行政法规禁止公开\t0',
    ],
    ['an empty first cell before numbers is kept', '| 4 | 0 |', '\t\t4\t0'],
    ['a cell per line', '12 |', '12'],
    ['「|」 alone is one empty cell', '|', '\t'],
    ['「||」 alone: spanned columns, the row ends', '||', ''],
    ['a row of empty cells', '| | | |', '\t\t\t\t'],
    ['a line without cell pipes stays', '2022年共收到申请12件。', '2022年共收到申请12件。'],
  ])('%s', (_name, line, cells) => {
    expect(pipeLineToCells(line)).toBe(cells);
  });

  it('on a page opening every row with 「| 」, the first pipe closes no cell', () => {
    expect(pipeLineToCells('| 行政处罚 | 6 | ||', true)).toBe('行政处罚\t6');
    expect(pipeLineToCells('| 4 | 0 |', true)).toBe('4\t0');
  });
});

describe('pipeCellsToTabs', () => {
  it('a 「|」 line opening each row is no cell: part 四’s data row keeps its first number first', () => {
    const text = ['|', '尚未审结 |', '总计 |', '|', '2 |', '|', '|'].join('\n');
    expect(pipeCellsToTabs(text).split('\n')).toEqual(['', '尚未审结', '总计', '', '2', '\t', '\t']);
  });

  it('without row openers, a 「|」 before a label is the last (empty) cell of the row before', () => {
    const text = ['第二十条第(一)项 |', '规章 |', '3 |', '|', '行政规范性文件 |'].join('\n');
    expect(pipeCellsToTabs(text).split('\n')[3]).toBe('\t');
  });
});

const HEAD = ['某某县某某局2023年政府信息公开工作年度报告', '一、总体情况', '本局全年主动公开信息一百条。'];
const PROACTIVE_ROWS = [
  '二、主动公开政府信息情况',
  '第二十条第(一)项 | |||',
  '信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |',
  '规章 | 0 | 0 | 0 |',
  '行政规范性文件 | 3 | 0 | 104 |',
  '第二十条第(五)项 | |||',
  '信息内容 | 本年处理决定数量 | ||',
  '行政许可 | 41 | ||',
];
const num = (r: ReturnType<typeof importPublishedText>, cell: CellAddress) =>
  r.summary.numbers.find((n) => n.cell === cellId(cell))?.value;
const pro = (row: 'regulations' | 'normativeDocuments', column: DocumentField): CellAddress => ({
  part: 'proactive',
  row,
  column,
});
const app = (row: ApplicationRow, column: ApplicantColumn): CellAddress => ({
  part: 'applications',
  row,
  column,
});
const COLUMNS = APPLICANT_COLUMNS;
const DOCS: DocumentField[] = ['issued', 'repealed', 'inForce'];

describe('importPublishedText: crawler 「|」 tables', () => {
  it('a row per line: every cell of a part 三 row read, a three-digit cell never cut', () => {
    const text = [
      ...HEAD,
      ...PROACTIVE_ROWS,
      '三、收到和处理政府信息公开申请情况',
      '(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||',
      '自然人 | 法人或其他组织 | 总计 | |||||||',
      '商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||',
      '一、本年新收政府信息公开申请数量 | 9 | 2 | 0 | 0 | 1 | 0 | 12 | ||',
      '二、上年结转政府信息公开申请数量 | 1 | | | | | | 1 | ||',
    ].join('\n');
    const r = importPublishedText(text);
    expect(num(r, pro('normativeDocuments', 'issued'))).toBe(3);
    expect(num(r, pro('normativeDocuments', 'inForce'))).toBe(104);
    expect(num(r, { part: 'proactive', row: 'licensing', column: 'decisions' })).toBe(41);
    expect(COLUMNS.map((c) => num(r, app('newReceived', c)))).toEqual([9, 2, 0, 0, 1, 0, 12]);
    expect(num(r, app('carriedOver', 'natural'))).toBe(1);
    expect(num(r, app('carriedOver', 'business'))).toBe(0);
    expect(r.summary.runTogether).toEqual([]);
  });

  it('a cell per line: an empty 现行有效 cell is read as 0 and said so', () => {
    const text = [
      ...HEAD,
      '二、主动公开政府信息情况',
      '第二十条 第(一)项 |',
      '|||',
      '信息内容 |',
      '本年制发件数 |',
      '本年废止件数 |',
      '现行有效件数 (历史累计) |',
      '规章 |',
      '0 |',
      '0 |',
      '|',
      '行政规范性文件 |',
      '6 |',
      '2 |',
      '31 |',
    ].join('\n');
    const r = importPublishedText(text);
    expect(num(r, pro('regulations', 'inForce'))).toBe(0);
    expect(DOCS.map((c) => num(r, pro('normativeDocuments', c)))).toEqual([6, 2, 31]);
    expect(r.summary.warnings.join()).toContain('1个单元格为空白');
  });
});

describe('importPublishedText: part 四 printed with empty cells for zeros', () => {
  const appeals = (data: string) =>
    [
      ...HEAD,
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议 | 行政诉讼 | |||||||||||||',
      '结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | 复议后起诉 | ||||||||',
      '| | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
      data,
      '五、存在的主要问题及改进情况',
      '无。',
    ].join('\n');
  const row = (r: ReturnType<typeof importPublishedText>) =>
    (['upheld', 'corrected', 'other', 'pending', 'total'] as AppealField[]).flatMap((c) =>
      (['reconsideration', 'litigationDirect'] as AppealGroup[]).map((g) =>
        num(r, { part: 'appeals', row: g, column: c }),
      ),
    );

  it('a data row opening with an empty cell keeps every number in its column', () => {
    const r = importPublishedText(appeals('| 2 | | | 2 | | 1 | | | 1 | | | | | |'));
    expect(row(r)).toEqual([0, 0, 2, 1, 0, 0, 0, 0, 2, 1]);
  });

  it('a data row of empty cells only is read as zeros, and said so', () => {
    const r = importPublishedText(appeals('| | | | | | | | | | | | | | |'));
    expect(row(r)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(r.summary.warnings.join()).toMatch(/1[25]个单元格为空白/u);
  });
});
