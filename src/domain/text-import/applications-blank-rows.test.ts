// Part 三 rows printed with no cells at all in a page saved as one line (real 平潭 pages: 「…申请3.其他（七）总计…」).
import { describe, expect, it } from 'vitest';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { cellId } from '../report/cell-address';
import { importPublishedText } from './import-text';
import { oneLine } from './test-transforms';

const UNPAID = '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请';
const line = oneLine(qufuText);
const read = (text: string) => importPublishedText(`标题:某某局2021年政府信息公开工作年度报告\n${text}`);

describe('part 三 rows printed blank (the label, then the next label)', () => {
  it('are 0 where every other term of （七）总计 was read and already balances', () => {
    const text = line.replace(`${UNPAID}0000000`, UNPAID).replace('3.其他0000000', '3.其他');
    expect(text).toContain(`${UNPAID}3.其他（七）总计230000023`);
    const r = read(text);
    expect(r.draft.applications.otherUnpaidFee).toMatchObject({ natural: '0', business: '0', otherOrg: '0' });
    expect(r.draft.applications.otherOther.legal).toBe('0');
    expect(r.summary.unread.filter((u) => u.cell.startsWith('applications.'))).toEqual([]);
    expect(r.summary.warnings.join()).toMatch(/第三部分有2行原文未印任何数字/u);
    expect(r.summary.totalMismatches).toEqual([]);
  });
  it('四、结转下年度继续办理 blank: 0 by 一＋二＝（七）＋四', () => {
    const r = read(line.replace('四、结转下年度继续办理0000000', '四、结转下年度继续办理'));
    expect(r.draft.applications.carriedForward.natural).toBe('0');
    expect(r.summary.unread.filter((u) => u.cell.startsWith('applications.'))).toEqual([]);
  });
  it('stay unread where the printed terms do not balance without them (a number may have been lost)', () => {
    const text = line
      .replace('3.其他0000000', '3.其他')
      .replace('（七）总计230000023', '（七）总计250000025');
    const r = read(text);
    expect(r.draft.applications.otherOther.natural).toBe('');
    expect(r.summary.unread.map((u) => u.cell)).toContain(
      cellId({ part: 'applications', row: 'otherOther', column: 'natural' }),
    );
  });
});
