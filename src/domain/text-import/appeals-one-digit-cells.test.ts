// Part 四 run together with exactly one digit per cell (nianbao issue 18; seen on a 平潭 bureau's
// 2024 page: 「100000000000000」, 行政复议 结果维持 1 and its 总计 printed 0). There is one cut only,
// so the cells are read as printed and the printed total is flagged as disagreeing with its parts —
// not left unread as a row 「no split can make add up」.
import { describe, expect, it } from 'vitest';
import { auditTexts } from '../audit/audit-reports';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { cellAddress, cellId } from '../report/cell-address';
import { importPublishedText } from './import-text';
import { oneLine } from './test-transforms';

const line = oneLine(qufuText);

const reconsiderationTotal = cellId(cellAddress('appeals', 'reconsideration', 'total'));
const reconsiderationUpheld = cellId(cellAddress('appeals', 'reconsideration', 'upheld'));

describe('part 四 run together, one digit per cell', () => {
  it('the fixture prints fifteen zeros there', () => {
    expect(line).toContain('总计000000000000000五、');
  });

  const wrongTotal = line.replace('总计000000000000000五、', '总计100000000000000五、');
  it('a printed total that disagrees: the cells read as printed, the total flagged', () => {
    const r = importPublishedText(wrongTotal);
    expect(r.draft.appeals.reconsideration.upheld).toBe('1');
    expect(r.draft.appeals.reconsideration.corrected).toBe('0');
    expect(r.draft.appeals.litigationAfterReconsideration.pending).toBe('0');
    expect(r.summary.unread.filter((u) => u.cell.startsWith('appeals.'))).toEqual([]);
    expect(r.summary.totalMismatches.map((m) => m.cell)).toEqual([reconsiderationTotal]);
    const ids = auditTexts([wrongTotal], new Date(2026, 0, 15))[0]!.findings.map((f) => f.id);
    expect(ids).toContain(`import:total:${reconsiderationTotal}`);
    expect(ids.filter((id) => id.startsWith('import:total:run:'))).toEqual([]);
  });

  it('sixteen digits for fifteen cells are still cut by the totals (unread when none fits)', () => {
    const r = importPublishedText(line.replace('总计000000000000000五、', '总计1000000000000000五、'));
    expect(r.draft.appeals.reconsideration.upheld).toBe('');
    expect(r.summary.unread.some((u) => u.cell === reconsiderationUpheld)).toBe(true);
  });
});
