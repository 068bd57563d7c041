import { describe, expect, it } from 'vitest';
import { spacedApart, touching } from './number-spacing';
import { type CellToken, tokenizeTable } from './table-tokens';

const cellsOf = (line: string): CellToken[] =>
  tokenizeTable([line]).filter((t): t is CellToken => t.kind === 'value' || t.kind === 'blank');

describe('the spaces between a row’s numbers (pdftotext -layout)', () => {
  // A real row: 自然人 821, 商业企业 35, (科研机构, 社会公益组织 blank), 法律服务机构 2, 其他 1, 总计 859.
  const row = '一、本年新收政府信息公开申请数量             821 35               2   1 859';

  it('keeps where each number starts on its line', () => {
    expect(cellsOf(row).map((c) => (c.kind === 'value' ? [c.text, c.at] : null))).toEqual([
      ['821', 29],
      ['35', 33],
      ['2', 50],
      ['1', 54],
      ['859', 56],
    ]);
  });

  it('one space apart: neighbouring columns; more spaces: unknown', () => {
    expect(touching(cellsOf(row))).toEqual([true, false, false, true]);
  });

  it('numbers spread by runs of spaces are separate cells, not digits run together', () => {
    expect(spacedApart(cellsOf(row))).toBe(true);
    expect(spacedApart(cellsOf('（一）予以公开 258 12 1 1'))).toBe(false);
    // Numbers on lines of their own have no neighbours on their line.
    const twoLines = tokenizeTable(['3', '    4']).filter((t): t is CellToken => t.kind === 'value');
    expect(touching(twoLines)).toEqual([false]);
  });
});
