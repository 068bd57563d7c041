// Part 四 printed as its row of numbers with none of its column words (read-appeals.ts): read in
// the format's order only where fifteen numbers and every group's 总计 prove it. Texts written here.
import { describe, expect, it } from 'vitest';
import { importPublishedText } from './import-text';

describe('part 四 as one row of numbers without its column words', () => {
  const page = (row: string) =>
    [
      '# 某市水务局2024年政府信息公开工作年度报告',
      '## 一、总体情况',
      '2024年，本局稳步推进政务公开。',
      '## 四、政府信息公开行政复议、行政诉讼情况',
      '行政复议行政诉讼',
      row,
      '## 五、存在的主要问题及改进情况',
      '解读材料不够通俗。',
    ].join('\n');

  it('is read in the format’s order when fifteen numbers and every group’s total prove it', () => {
    const { draft, summary } = importPublishedText(
      page('| 4 | 1 | 2 | 0 | 7 | 1 | 0 | 1 | 1 | 3 | 2 | 0 | 0 | 1 | 3 |'),
    );
    expect(draft.appeals.reconsideration).toMatchObject({
      upheld: '4',
      corrected: '1',
      other: '2',
      pending: '0',
    });
    expect(draft.appeals.litigationDirect).toMatchObject({
      upheld: '1',
      corrected: '0',
      other: '1',
      pending: '1',
    });
    expect(draft.appeals.litigationAfterReconsideration).toMatchObject({ upheld: '2', pending: '1' });
    expect(summary.unread.filter((u) => u.cell.startsWith('appeals.'))).toEqual([]);
  });

  it('is left unread, with the reason, when a total is not its group’s sum', () => {
    const { draft, summary } = importPublishedText(
      page('| 4 | 1 | 2 | 0 | 8 | 1 | 0 | 1 | 1 | 3 | 2 | 0 | 0 | 1 | 3 |'),
    );
    expect(draft.appeals.reconsideration.upheld).toBe('');
    const unread = summary.unread.filter((u) => u.cell.startsWith('appeals.'));
    expect(unread).toHaveLength(12);
    expect(unread[0]!.reason).toContain('没有栏目名称');
  });

  it('is left unread when a number is missing (fourteen)', () => {
    const { summary } = importPublishedText(page('4 1 2 0 7 1 0 1 1 3 2 0 0 1'));
    expect(summary.unread.filter((u) => u.cell.startsWith('appeals.'))).toHaveLength(12);
  });

  it('with no numbers at all says so, as before (not that the columns are unnamed)', () => {
    const { summary } = importPublishedText(page(''));
    const unread = summary.unread.filter((u) => u.cell.startsWith('appeals.'));
    expect(unread[0]!.reason).toContain('未找到数字');
  });
});
