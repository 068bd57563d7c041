// Part 三 rows where OCR of a scanned report split one number by a space (「1 2」 for 「12」): joined
// only where that single join makes the row's 总计 the sum of its columns (this text is written for the test).
import { describe, expect, it } from 'vitest';
import { importPublishedText } from './import-text';
import { spacedDigitsJoined } from './read-applications';

const text = (rows: string[]) =>
  [
    '一、总体情况',
    '全年收到申请12件。',
    '三、收到和处理政府信息公开申请情况',
    '申请人情况',
    '自然人 法人或其他组织 总计',
    '商业企业 科研机构 社会公益组织 法律服务机构 其他',
    ...rows,
    '四、政府信息公开行政复议、行政诉讼情况',
  ].join('\n');

describe('part 三: a number split by a space (OCR)', () => {
  it('is joined when only that join makes the row add up, and the summary says so', () => {
    const r = importPublishedText(
      text([
        '一、本年新收政府信息公开申请数量 1 2 0 0 0 0 0 12',
        '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
        '三、本年度办理结果',
        '（一）予以公开 7 0 0 0 2 0 0 27',
      ]),
    );
    expect(r.draft.applications.newReceived).toMatchObject({ natural: '12', business: '0', otherOrg: '0' });
    expect(r.draft.applications.granted).toMatchObject({ natural: '7', legal: '20', otherOrg: '0' });
    expect(r.summary.warnings.join('\n')).toMatch(/「1 2」.*读作「12」/u);
  });
  it('stays unread when no join, or more than one, makes the row add up', () => {
    const r = importPublishedText(
      text([
        '一、本年新收政府信息公开申请数量 3 1 0 0 0 0 0 4',
        '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
      ]),
    );
    expect(r.draft.applications.newReceived.natural).toBe('');
    expect(r.summary.unread.some((u) => u.cell.startsWith('applications.newReceived.'))).toBe(true);
    const cells = (values: string[]) => values.map((text) => ({ kind: 'value' as const, text, line: 3 }));
    // 「1 1 1 0 0 0 0 12」: 11|1 and 1|11 both add up to 12 — which is not known
    expect(spacedDigitsJoined(cells(['1', '1', '1', '0', '0', '0', '0', '12']), 7)).toBeNull();
    // a piece opening on 0 is no split number; numbers on two lines are not one row's print
    expect(spacedDigitsJoined(cells(['0', '5', '0', '0', '0', '0', '0', '5']), 7)).toBeNull();
    const twoLines = cells(['1', '2', '0', '0', '0', '0', '0', '12']).map((c, k) => ({
      ...c,
      line: k < 4 ? 3 : 4,
    }));
    expect(spacedDigitsJoined(twoLines, 7)).toBeNull();
  });
});
