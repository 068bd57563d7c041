import { describe, expect, it } from 'vitest';
import { APPLICATION_ROWS } from '../report/keys';
import { gridHolds, readApplicationsInOrder, standaloneNumbers } from './applications-in-order';
import { applicationsGrid, columnsThenLabels, labelsThenNumbers, RICH_GRID } from './test-plain-tables';

describe('standaloneNumbers', () => {
  it('takes numbers standing alone, not list numbers, page numbers, dates or numbers inside words', () => {
    expect(
      standaloneNumbers([
        '1.属于国家秘密 0 3',
        '3/6',
        '12/3/26, 4:35 PM',
        '某局2022年报告 第3条',
        '１２　1,503',
      ]),
    ).toEqual([0, 3, 12, 1503]);
  });
});

describe('gridHolds', () => {
  it('holds for a grid built by the identities and fails when one cell changes', () => {
    expect(gridHolds(RICH_GRID)).toBe(true);
    const broken = RICH_GRID.map((r) => [...r]);
    broken[2]![0]! += 1;
    expect(gridHolds(broken)).toBe(false);
  });
});

describe('readApplicationsInOrder', () => {
  it('reads all labels then all numbers row by row when every identity holds', () => {
    const reading = readApplicationsInOrder(labelsThenNumbers(RICH_GRID));
    expect(reading).toMatchObject({ ok: true, order: 'rows', grid: RICH_GRID });
  });

  it('reads numbers dumped column by column', () => {
    const reading = readApplicationsInOrder(columnsThenLabels(RICH_GRID));
    expect(reading).toMatchObject({ ok: true, order: 'columns', grid: RICH_GRID });
  });

  it('reads nothing when two numbers of different rows changed places', () => {
    const lines = labelsThenNumbers(RICH_GRID);
    const a = lines.indexOf('12');
    const b = lines.indexOf('27');
    [lines[a], lines[b]] = [lines[b]!, lines[a]!];
    const reading = readApplicationsInOrder(lines);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.reason).toMatch(/都不满足各行总计、「（七）总计」和各栏勾稽关系/u);
  });

  it('reads nothing when a number is missing, and says how many it found', () => {
    const lines = labelsThenNumbers(RICH_GRID);
    lines.splice(lines.lastIndexOf('0'), 1);
    const reading = readApplicationsInOrder(lines);
    expect(reading).toMatchObject({ ok: false, count: 174 });
    if (!reading.ok) expect(reading.reason).toMatch(/共有174个单独的数，而表格应有175个/u);
  });

  it('reads an empty table of zeros (every order reads the same)', () => {
    const zeros = applicationsGrid({});
    expect(readApplicationsInOrder(labelsThenNumbers(zeros))).toMatchObject({ ok: true, grid: zeros });
  });
});

describe('readApplicationsInOrder: blocks printed column by column, the 2019 single row (nianbao issue 18)', () => {
  const rowIndex = (r: (typeof APPLICATION_ROWS)[number]) => APPLICATION_ROWS.indexOf(r);
  /** Rows one number a paragraph, except rows [from, to) printed as seven paragraphs, a column each. */
  function withBlock(grid: readonly (readonly number[])[], from: number, to: number): string[] {
    const out = [
      '三、收到和处理政府信息公开申请情况',
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    ];
    grid.forEach((row, i) => {
      if (i < from || i >= to) out.push(`第${i + 1}行`, ...row.flatMap((v) => [String(v), '']));
      if (i === from)
        for (let c = 0; c < 7; c++) out.push(...grid.slice(from, to).map((r) => String(r[c])), '');
    });
    return out;
  }

  it('reads rows printed row by row around a block printed column by column, when every identity holds', () => {
    const reading = readApplicationsInOrder(withBlock(RICH_GRID, 4, 13));
    expect(reading).toMatchObject({ ok: true, order: 'paragraphs', grid: RICH_GRID, oldOtherRow: false });
  });

  it('reads nothing from such a block when a number in it moved', () => {
    const lines = withBlock(RICH_GRID, 4, 13);
    const at = lines.indexOf('27');
    [lines[at], lines[at + 1]] = [lines[at + 1]!, lines[at]!];
    expect(readApplicationsInOrder(lines).ok).toBe(false);
  });

  it('a table with the single 「（六）其他处理」 row: 23 rows, the row as 「3.其他」, the two others 0', () => {
    const single = [rowIndex('otherNoCorrection'), rowIndex('otherUnpaidFee')];
    const printed = RICH_GRID.filter((_, i) => !single.includes(i));
    const lines = [
      '（五）不予处理',
      '（六）其他处理',
      '（七）总计',
      ...printed.flat().flatMap((v) => [String(v), '']),
    ];
    expect(readApplicationsInOrder(lines)).toMatchObject({ ok: true, grid: RICH_GRID, oldOtherRow: true });
    // With the two sub-rows printed, 161 numbers are not the table.
    expect(readApplicationsInOrder([...lines, '1.申请人无正当理由逾期不补正']).ok).toBe(false);
  });
});
