import { describe, expect, it } from 'vitest';
import { cellAddress, cellId } from '../report/cell-address';
import { newFindings } from './findings';
import { readAppeals } from './read-appeals';

const HEADER = [
  '行政复议',
  '行政诉讼',
  '未经复议直接起诉',
  '复议后起诉',
  '结果 结果 其他 尚未 总计',
  '维持 纠正 结果 审结',
];

/** Part 四 as plain pdftotext prints it: the header, then the numbers a line each, empty lines between. */
const plain = (numbers: readonly string[]) => [...HEADER, ...numbers.flatMap((n) => [n, ''])];

describe('readAppeals: a number too many in the data row', () => {
  const row = '1 1 0 0 2 4 0 0 1 5 1 0 1 0 2'.split(' ');

  it('reads the fifteen numbers of the row', () => {
    const f = newFindings();
    readAppeals(plain(row), 0, f, '未找到第四部分');
    expect(f.unread).toEqual([]);
    expect(f.source.get(cellId(cellAddress('appeals', 'reconsideration', 'other')))).toBe(0);
    expect(f.source.get(cellId(cellAddress('appeals', 'litigationAfterReconsideration', 'total')))).toBe(2);
  });

  it('reads nothing when a stray number stands among them (a bare page number 「12」), instead of the first fifteen', () => {
    const f = newFindings();
    readAppeals(plain([...row.slice(0, 2), '12', ...row.slice(2)]), 0, f, '未找到第四部分');
    expect(f.numbers).toEqual([]);
    expect(f.unread).toHaveLength(12);
    expect(f.unread[0]!.reason).toMatch(/读到16个数，多于15栏/u);
  });

  it('still reads the row when words follow it (a sentence with its own number)', () => {
    const f = newFindings();
    readAppeals([...plain(row), '注：本年度共2件。'], 0, f, '未找到第四部分');
    expect(f.unread).toEqual([]);
  });
});

describe('readAppeals: twelve pieces on one line, one of them printed with a leading zero', () => {
  // Fifteen one-digit cells whose spaces a crawler scattered: 「1 00 12 …」 is 1,0,0,1,2 …, not twelve results.
  const line = '1 00 12 0 0 0 0 0 0 0 0 00';

  it('takes the pieces as digits run together, never as a table without 总计 columns', () => {
    const f = newFindings();
    readAppeals([...HEADER, line], 0, f, '未找到第四部分');
    expect(f.warnings.join('')).not.toMatch(/没有「总计」栏/u);
    expect(f.runTogether).toHaveLength(1);
    expect(f.runTogether[0]!.digits).toBe('100120000000000');
  });

  it('still reads twelve plain numbers as a table without 总计 columns', () => {
    const f = newFindings();
    readAppeals([...HEADER, '1 0 0 1 0 0 0 0 2 0 0 0'], 0, f, '未找到第四部分');
    expect(f.warnings.join('')).toMatch(/没有「总计」栏/u);
    expect(f.source.get(cellId(cellAddress('appeals', 'litigationAfterReconsideration', 'upheld')))).toBe(2);
  });
});
