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

  it('sixteen digits for fifteen cells are still cut by the totals; none fits, but the one well-formed cut is the print', () => {
    const text = line.replace('总计000000000000000五、', '总计1000000000000000五、');
    const r = importPublishedText(text);
    // 「10」 then fourteen 「0」: no other cut has no leading zero, so every cell is as printed.
    expect(r.draft.appeals.reconsideration.upheld).toBe('10');
    expect(r.draft.appeals.litigationDirect.pending).toBe('0');
    expect(r.summary.unread.some((u) => u.cell === reconsiderationUpheld)).toBe(false);
    const found = auditTexts([text], new Date(2026, 0, 15))[0]!.findings;
    const run = found.find((x) => x.id === 'import:total:run:appeals.all');
    expect(run?.message).toMatch(/此行只导入了任何拆法下都相同的12个单元格/u);
  });

  it('no cut fits the totals: the cells every cut agrees on are read, the others stay unread', () => {
    // 17 digits for 15 cells; the three printed 总计 fit no cut (平潭社会事业局 2024 prints such a run).
    const text = line.replace('总计000000000000000五、', '总计00202000001324015五、');
    const r = importPublishedText(text);
    expect(r.draft.appeals.reconsideration.upheld).toBe('0');
    expect(r.draft.appeals.reconsideration.corrected).toBe('0');
    expect(r.draft.appeals.reconsideration.other).toBe('');
    expect(r.draft.appeals.litigationDirect.other).toBe('0');
    expect(r.draft.appeals.litigationAfterReconsideration.upheld).toBe('');
    const ids = auditTexts([text], new Date(2026, 0, 15))[0]!.findings.map((x) => x.id);
    expect(ids).toContain('import:total:run:appeals.all');
  });
});
