import { describe, expect, it } from 'vitest';
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
