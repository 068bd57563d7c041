// Part 三 rows before part 四's heading with part 三's own heading not in the text (a page of a
// flipbook, an excerpt): read only where the line alone names one row and its seven numbers add up
// (texts written for this test).
import { describe, expect, it } from 'vitest';
import { importPublishedText } from './import-text';

const page = (opening: string[]) =>
  [
    '第 7 页 - 某区民政局2022年报',
    ...opening,
    '四、政府信息公开行政复议、行政诉讼情况',
    '行政复议 行政诉讼',
    '结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉',
    '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0',
    '五、存在的主要问题及改进情况',
    '公开的及时性还需提高。',
  ].join('\n');

const unreadApps = (r: ReturnType<typeof importPublishedText>) =>
  r.summary.unread.filter((u) => u.cell.startsWith('applications.'));

describe('part 三 rows printed before part 四, part 三’s heading not in the text', () => {
  it('a row whose label and seven numbers say it all is read; the rest stays unread, said', () => {
    const r = importPublishedText(
      page([
        '3.补正后申请内容仍不明确 0 0 0 0 0 0 0',
        '（七）总计 9 1 0 0 0 0 10',
        '四、结转下年度继续办理 2 0 0 1 0 0 3',
      ]),
    );
    expect(r.draft.applications.carriedForward).toMatchObject({
      natural: '2',
      business: '0',
      legal: '0',
      publicInterest: '1',
    });
    expect(r.draft.applications.unavailableUnclear).toMatchObject({ natural: '0', otherOrg: '0' });
    // 「总计」 alone names a row only under its group: not read
    expect(r.summary.warnings.join('\n')).not.toMatch(/（七）总计 9/u);
    expect(unreadApps(r).every((u) => u.reason.includes('未找到第三部分'))).toBe(true);
    expect(r.draft.appeals.reconsideration.upheld).toBe('1');
    expect(r.summary.warnings.join('\n')).toMatch(/「四、结转下年度继续办理 2 0 0 1 0 0 3」/u);
  });

  it('a row whose total is not the sum, whose numbers are not seven, or printed twice: unread', () => {
    for (const opening of [
      ['四、结转下年度继续办理 2 0 0 1 0 0 4'],
      ['四、结转下年度继续办理 2 0 0 1 0 3'],
      ['四、结转下年度继续办理 2 0 0 1 0 0 3', '四、结转下年度继续办理 1 0 0 0 0 0 1'],
      ['本单位结转下年度继续办理的申请共计 2 0 0 1 0 0 3 件'],
    ]) {
      const r = importPublishedText(page(opening));
      expect(r.draft.applications.carriedForward.natural).toBe('');
      expect(unreadApps(r).length).toBe(144);
    }
  });
});
