// Part 三 rows run together that no cut makes fit (nianbao issue 18: 平潭海坛片区 2024 prints every
// row's 总计 as 0, 「5100000」): the cells every cut agrees on are the print's.
import { describe, expect, it } from 'vitest';
import { auditTexts } from '../audit/audit-reports';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { cellAddress, cellId } from '../report/cell-address';
import { importPublishedText } from './import-text';
import { oneLine } from './test-transforms';

const line = oneLine(qufuText);
const PARTIAL = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）';

describe('part 三 run together, no cut fits', () => {
  it('seven digits for seven cells: one cut, read as printed; the printed 总计 flagged', () => {
    expect(line).toContain(`${PARTIAL}3000003`);
    const text = line.replace(`${PARTIAL}3000003`, `${PARTIAL}3000000`);
    const r = importPublishedText(text);
    expect(r.draft.applications.partiallyGranted.natural).toBe('3');
    expect(r.draft.applications.partiallyGranted.publicInterest).toBe('0');
    expect(r.draft.applications.partiallyGranted.otherOrg).toBe('0');
    expect(r.summary.unread.filter((u) => u.cell.startsWith('applications.'))).toEqual([]);
    const total = cellId(cellAddress('applications', 'partiallyGranted', 'total'));
    expect(r.summary.totalMismatches.map((m) => m.cell)).toContain(total);
    const ids = auditTexts([text], new Date(2026, 0, 15))[0]!.findings.map((x) => x.id);
    expect(ids).toContain(`import:total:${total}`);
    expect(ids.filter((id) => id.startsWith('import:total:run:'))).toEqual([]);
  });
  it('not when the table prints rows with no number (zeros blank): a glued run may hold fewer cells', () => {
    // pypdf glues 「83 9 1 2 95」 to 「8391295」 when the blank cells leave nothing; seven digits are
    // then not seven cells, and reading one digit per cell would be wrong.
    const blankRow = '2.其他法律行政法规禁止公开0000000';
    expect(line).toContain(blankRow);
    const text = line
      .replace(`${PARTIAL}3000003`, `${PARTIAL}3000000`)
      .replace(blankRow, '2.其他法律行政法规禁止公开');
    const r = importPublishedText(text);
    expect(r.draft.applications.partiallyGranted.natural).toBe('');
    expect(r.draft.applications.partiallyGranted.business).toBe('');
    const natural = cellId(cellAddress('applications', 'partiallyGranted', 'natural'));
    expect(r.summary.unread.find((u) => u.cell === natural)?.reason).toMatch(/\S/u);
  });
  it('more digits than cells: only the cells every cut agrees on', () => {
    // 「30000100」: eight digits for seven cells, 30 0 0 0 1 0 0 or 3 0 0 0 0 10 0: 商业企业 to 社会公益组织 are 0 in both.
    const text = line.replace(`${PARTIAL}3000003`, `${PARTIAL}30000100`);
    const r = importPublishedText(text);
    expect(r.draft.applications.partiallyGranted.natural).toBe('');
    expect(r.draft.applications.partiallyGranted.business).toBe('0');
    expect(r.draft.applications.partiallyGranted.legal).toBe('');
    expect(r.draft.applications.partiallyGranted.publicInterest).toBe('0');
    expect(r.draft.applications.partiallyGranted.otherOrg).toBe('');
    const found = auditTexts([text], new Date(2026, 0, 15))[0]!.findings;
    const run = found.find((x) => x.id === 'import:total:run:applications.partiallyGranted');
    expect(run?.message).toMatch(/此行只导入了任何拆法下都相同的\d+个单元格/u);
  });
});
