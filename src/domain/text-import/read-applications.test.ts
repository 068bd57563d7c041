// Part 三 read row by row (nianbao issue 18): a table whose rows mostly print six numbers (plain
// pdftotext of a narrow page put the 「总计」 column of the lower rows apart, after the table).
import { describe, expect, it } from 'vitest';
import { cellAddress, cellId } from '../report/cell-address';
import { MATRIX_LAYOUT } from '../tables/applications-table';
import { newFindings } from './findings';
import { readApplications } from './read-applications';

const ROWS = MATRIX_LAYOUT.flatMap((e) => (e.kind === 'row' ? [e] : []));
const id = (row: (typeof ROWS)[number]['key'], column: 'natural' | 'total') =>
  cellId(cellAddress('applications', row, column));

/** Every row's label, then `cells(k)` numbers for the k-th row. */
function table(cells: (k: number) => string): string[] {
  return ROWS.map((r, k) => `${r.label} ${cells(k)}`);
}

describe('readApplications: rows of six and rows of seven numbers', () => {
  it('reads a seven-number row of a six-column table when its seventh is the sum of the six', () => {
    const f = newFindings();
    readApplications(
      table((k) => (k < 2 ? `${k + 1} 0 1 0 0 1 ${k + 3}` : `${k} 0 0 0 0 0`)),
      0,
      f,
      '',
    );
    expect(f.cells.get(id('newReceived', 'natural'))).toBe('1');
    expect(f.source.get(id('newReceived', 'total'))).toBe(3);
    expect(f.cells.get(id('carriedOver', 'natural'))).toBe('2');
    expect(f.cells.get(id('granted', 'natural'))).toBe('2');
    expect(f.unread.filter((u) => u.cell.startsWith('applications.newReceived.'))).toEqual([]);
  });

  it('leaves a seven-number row unread when the seventh is not their sum: which is which is unknown', () => {
    const f = newFindings();
    readApplications(
      table((k) => (k === 0 ? '1 0 1 0 0 1 9' : `${k} 0 0 0 0 0`)),
      0,
      f,
      '',
    );
    expect(f.cells.has(id('newReceived', 'natural'))).toBe(false);
    expect(f.unread.find((u) => u.cell === id('newReceived', 'natural'))?.reason).toMatch(
      /本行读到7个数，多于6栏/u,
    );
  });
});

describe('readApplications: a number printed with a leading zero', () => {
  it('「1 0 0 0 0 01」 is cells run together (「0」「1」), not six numbers adding up with their blanks lost', () => {
    // 平潭综合实验区财政金融局 2024 (a crawler's one-line text lost some of the spaces between cells)
    const f = newFindings();
    readApplications(
      table((k) => (k === 2 ? '1 0 0 0 0 01' : '0 0 0 0 0 0 0')),
      0,
      f,
      '',
    );
    expect(f.runTogether.map((r) => [r.row, r.digits])).toEqual([['granted', '1000001']]);
    expect(f.unread.find((u) => u.cell === id('granted', 'natural'))?.reason).not.toMatch(
      /空白单元格未留位置/u,
    );
  });
});

describe('readApplications: rows of six tokens holding 「00」「01」', () => {
  it('are seven cells run together, not a table without its 总计 (平潭综合实验区财政金融局 2022)', () => {
    const f = newFindings();
    readApplications(
      table((k) => (k === 0 || k === 3 ? '1 0 0 0 0 01' : '0 0 0 0 0 00')),
      0,
      f,
      '',
    );
    expect(f.cells.get(cellId(cellAddress('applications', 'newReceived', 'otherOrg')))).toBeUndefined();
    expect(f.runTogether.find((r) => r.row === 'newReceived')?.digits).toBe('1000001');
  });
});

describe('readApplications: a glued run of zeros one digit short (nianbao issue 18)', () => {
  const last = ROWS.length - 1;
  it('「000000」 for seven cells: the cell left out was blank, every reading is zeros', () => {
    // 平潭金井片区管理局 2024: 「四、结转下年度继续办理 000000」 (six digits, seven cells)
    const f = newFindings();
    readApplications(
      table((k) => (k === last ? '000000' : k === 0 || k === 2 ? '1000001' : '0000000')),
      0,
      f,
      '',
    );
    expect(f.cells.get(id('carriedForward', 'natural'))).toBe('0');
    expect(f.unread.filter((u) => u.cell.startsWith('applications.carriedForward.'))).toEqual([]);
  });
  it('two digits short, a run with a number above 0, or zeros spaced apart stay unread', () => {
    for (const printed of ['00000', '100000', '0 0 0 0 0 0']) {
      const f = newFindings();
      readApplications(
        table((k) => (k === last ? printed : '0000000')),
        0,
        f,
        '',
      );
      expect(f.cells.has(id('carriedForward', 'natural')), printed).toBe(false);
    }
  });
});

describe('readApplications: rows printed as runs on their lines, one row gathered from numbers one a line', () => {
  it('leaves that row unread when it does not add up (it took a column printed after the table)', () => {
    // plain pdftotext: the last row's six numbers on the line after its label, then the 总计 column of
    // the lower rows one number a line (a 「4」 among them) — 0 0 0 0 4 0 | 0 would be read wrongly.
    const lines = [
      ...ROWS.slice(0, -1).map((r, k) => `${r.label} ${k === 3 ? '4 0 0 0 0 0 4' : '0 0 0 0 0 0 0'}`),
      ROWS.at(-1)!.label,
      '0 0 0 0 0 0',
      '3.',
      ...['0', '0', '0', '0', '4', '0', '0'],
    ];
    const f = newFindings();
    readApplications(lines, 0, f, '');
    expect(f.cells.get(id('granted', 'natural'))).toBe('0');
    expect(f.cells.has(id('carriedForward', 'natural'))).toBe(false);
    expect(f.cells.has(cellId(cellAddress('applications', 'carriedForward', 'legal')))).toBe(false);
  });
});
