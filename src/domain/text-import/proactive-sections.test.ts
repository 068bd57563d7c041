import { describe, expect, it } from 'vitest';
import { cellAddress, cellId } from '../report/cell-address';
import type { ProactiveField, ProactiveRow } from '../report/keys';
import { PROACTIVE_ROW_LABELS } from '../report/labels';
import { PROACTIVE_SECTIONS } from '../tables/proactive-table';
import { newFindings, recordUnread } from './findings';
import { readProactiveSections } from './proactive-sections';

const [item1, item5, item6, item8] = PROACTIVE_SECTIONS.map((s) => s.article);

/**
 * Part 二 as plain pdftotext prints a browser's print: every row label first, then each
 * sub-table's heading, its column header and its numbers a line each.
 */
function plain(numbers: { item1: string[]; item5: string[]; item6: string[]; item8: string[] }): string[] {
  return [
    '二、主动公开政府信息情况',
    '信息内容',
    ...Object.values(PROACTIVE_ROW_LABELS),
    '',
    item1!,
    '本年制发件数 本年废止件数 现行有效件数',
    ...numbers.item1.flatMap((n) => [n, '']),
    item5!,
    '本年处理决定数量',
    ...numbers.item5,
    item6!,
    '本年处理决定数量',
    ...numbers.item6,
    item8!,
    '本年收费金额（单位：万元）',
    ...numbers.item8,
  ];
}

const at = (row: ProactiveRow, field: ProactiveField) => cellId(cellAddress('proactive', row, field));

/** Findings as the label reader leaves them: every cell of part 二 unread. */
function allUnread() {
  const f = newFindings();
  for (const s of PROACTIVE_SECTIONS)
    for (const r of s.rows) for (const c of s.fields) recordUnread(f, at(r.key, c.key), '未读取');
  return f;
}
const read = (f: ReturnType<typeof newFindings>) =>
  Object.fromEntries(f.numbers.map((n) => [n.cell, n.value]));

describe('readProactiveSections: part 二’s numbers under their 第二十条 headings (plain pdftotext)', () => {
  it('reads each sub-table whose numbers are exactly its cells and read the same row by row and column by column', () => {
    const f = allUnread();
    readProactiveSections(
      plain({ item1: ['0', '0', '0', '0', '0', '5'], item5: ['52'], item6: ['19', '7'], item8: ['1.5'] }),
      0,
      f,
    );
    expect(read(f)).toEqual({
      [at('regulations', 'issued')]: 0,
      [at('regulations', 'repealed')]: 0,
      [at('regulations', 'inForce')]: 0,
      [at('normativeDocuments', 'issued')]: 0,
      [at('normativeDocuments', 'repealed')]: 0,
      [at('normativeDocuments', 'inForce')]: 5,
      [at('licensing', 'decisions')]: 52,
      [at('punishment', 'decisions')]: 19,
      [at('enforcement', 'decisions')]: 7,
      [at('fees', 'amount')]: 1.5,
    });
    expect(f.unread).toEqual([]);
  });

  it('leaves 第二十条第（一）项 unread when row and column order differ, and a sub-table with a number missing', () => {
    // 0 77 0 0 132 470: by row 规章 0 77 0, by column 规章 0 0 132 — with no number on a label's line (pdfminer
    // prints the numbers apart, in orders of its own) no cell is read, not even 规章 0 all three orders agree on.
    const f = allUnread();
    readProactiveSections(
      plain({ item1: ['0', '77', '0', '0', '132', '470'], item5: ['52'], item6: ['19', '7'], item8: [] }),
      0,
      f,
    );
    expect(Object.keys(read(f))).toEqual([
      at('licensing', 'decisions'),
      at('punishment', 'decisions'),
      at('enforcement', 'decisions'),
    ]);
    expect(f.unread.map((u) => u.cell)).toContain(at('normativeDocuments', 'issued'));
    expect(f.unread.map((u) => u.cell)).toContain(at('fees', 'amount'));
  });

  it('a number on a row label’s own line (「行政规范性文件 77」) is that row’s first cell: row-by-row order ruled out', () => {
    // plain pdftotext of a browser print: 「规章」「0」「行政规范性文件 77」 then the rest 0 0 132 470.
    const f = allUnread();
    const lines = [
      '二、主动公开政府信息情况',
      item1!,
      '信息内容',
      '本年制发件数 本年废止件数 现行有效件数',
      '规章',
      '0',
      '行政规范性文件 77',
      '0',
      '0',
      '132',
      '470',
      item5!,
      '本年处理决定数量',
      '行政许可 2629',
      item6!,
      '本年处理决定数量',
      '行政处罚 1330',
      '行政强制 54',
      item8!,
    ];
    readProactiveSections(lines, 0, f);
    // by column 规章 0 0 132, 规范性文件 77 0 470; first column apart 规章 0 0 0, 规范性文件 77 132 470
    expect(read(f)).toMatchObject({
      [at('regulations', 'issued')]: 0,
      [at('regulations', 'repealed')]: 0,
      [at('normativeDocuments', 'issued')]: 77,
      [at('normativeDocuments', 'inForce')]: 470,
    });
    expect(read(f)[at('regulations', 'inForce')]).toBeUndefined();
    expect(f.unread.map((u) => u.cell)).toEqual(
      expect.arrayContaining([at('regulations', 'inForce'), at('normativeDocuments', 'repealed')]),
    );
  });

  it('reads 第二十条第（一）项 when its middle numbers are equal (every order gives the same rows)', () => {
    const f = allUnread();
    readProactiveSections(
      plain({ item1: ['3', '1', '1', '1', '1', '4'], item5: [], item6: [], item8: [] }),
      0,
      f,
    );
    expect(read(f)).toEqual({
      [at('regulations', 'issued')]: 3,
      [at('regulations', 'repealed')]: 1,
      [at('regulations', 'inForce')]: 1,
      [at('normativeDocuments', 'issued')]: 1,
      [at('normativeDocuments', 'repealed')]: 1,
      [at('normativeDocuments', 'inForce')]: 4,
    });
  });

  it('never touches a sub-table the label reader read, nor reads when a heading is missing or printed twice', () => {
    const f = allUnread();
    f.unread = f.unread.filter((u) => u.cell !== at('punishment', 'decisions'));
    const lines = plain({
      item1: ['1', '1', '1', '1', '1', '1'],
      item5: ['52'],
      item6: ['19', '7'],
      item8: ['0'],
    });
    readProactiveSections(lines, 0, f);
    expect(read(f)[at('enforcement', 'decisions')]).toBeUndefined();
    const twice = allUnread();
    readProactiveSections([...lines, item5!, '3'], 0, twice);
    expect(twice.numbers).toEqual([]);
  });
});

describe('readProactiveSections: a sub-table holding more numbers than its cells', () => {
  it('withdraws what the labels read there (a bare page number 「2」 printed before the table’s last cell)', () => {
    // 「行政许可」 then 「2」 (page 2's footer) then 「9487」: the label reading took 2.
    const f = newFindings();
    f.source.set(at('licensing', 'decisions'), 2);
    f.cells.set(at('licensing', 'decisions'), '2');
    f.numbers.push({ cell: at('licensing', 'decisions'), value: 2, snippet: '行政许可 2' });
    readProactiveSections(
      plain({
        item1: ['0', '0', '0', '3', '0', '8'],
        item5: ['2', '9487'],
        item6: ['2776', '84'],
        item8: ['7545'],
      }),
      0,
      f,
    );
    expect(f.cells.has(at('licensing', 'decisions'))).toBe(false);
    expect(f.unread.find((u) => u.cell === at('licensing', 'decisions'))?.reason).toMatch(
      /有2个数（2、9487）/u,
    );
  });

  it('keeps a row whose number stands on its label’s own line (「行政许可 0」)', () => {
    const f = newFindings();
    f.source.set(at('licensing', 'decisions'), 0);
    f.cells.set(at('licensing', 'decisions'), '0');
    const lines = plain({
      item1: ['0', '0', '0', '3', '0', '8'],
      item5: ['行政许可 0', '4'],
      item6: ['1', '2'],
      item8: ['0'],
    });
    readProactiveSections(lines, 0, f);
    expect(f.cells.get(at('licensing', 'decisions'))).toBe('0');
  });
});
