// Rows of a table found by their labels and paired with their numbers in order, whatever the
// shape (nianbao issue 18): labels after group labels, wrapped, damaged, numbers before, inside or
// after the label, a page saved as one line.
import { describe, expect, it } from 'vitest';
import { APPLICATION_ROW_LABELS } from '../report/labels';
import { labelForms } from './label-match';
import { readTableRows, type TableRowCandidate } from './table-rows';
import { tokenizeTable } from './table-tokens';

const keys = ['granted', 'partiallyGranted', 'withheldStateSecret'] as const;
const candidates = (cells: number): TableRowCandidate<string>[] =>
  keys.map((key) => ({
    key,
    forms: labelForms(APPLICATION_ROW_LABELS[key]),
    weight: 1,
    cells,
    takesCells: true,
    fillable: true,
  }));

/** key → [label as found, by position?, values] */
function read(lines: string[], cells = 1) {
  const r = readTableRows(tokenizeTable(lines), candidates(cells));
  return [...r.rows.values()]
    .sort((a, b) => a.index - b.index)
    .map((row) => [
      row.key,
      row.labelText,
      row.byPosition,
      row.cells?.cells.map((c) => (c.kind === 'value' ? c.text : '')).join(' ') ?? null,
    ]);
}

describe('readTableRows', () => {
  it('matches by label, picking the label piece after group labels', () => {
    expect(
      read(['三、本年度办理结果 （一）予以公开 1', '（二）部分公开 2', '（三）不予公开 1.属于国家秘密 3']),
    ).toEqual([
      ['granted', '（一）予以公开', false, '1'],
      ['partiallyGranted', '（二）部分公开', false, '2'],
      ['withheldStateSecret', '1.属于国家秘密', false, '3'],
    ]);
  });

  it('joins a label wrapped over lines', () => {
    expect(read(['（二）部分', '公开 2'])).toEqual([['partiallyGranted', '（二）部分公开', false, '2']]);
  });

  it('places a damaged label between two matched rows by position', () => {
    expect(read(['（一）予以公开 1', '（二）XX 2', '1.属于国家秘密 3'])).toEqual([
      ['granted', '（一）予以公开', false, '1'],
      ['partiallyGranted', '（二）XX', true, '2'],
      ['withheldStateSecret', '1.属于国家秘密', false, '3'],
    ]);
  });

  it('leaves a row out rather than guess when the counts do not fit', () => {
    expect(
      read(['（一）予以公开 1', '（二）XX 2', '（二）YY 2', '1.属于国家秘密 3']).map((a) => a[0]),
    ).toEqual(['granted', 'withheldStateSecret']);
  });

  it.each([
    [
      'on the line before the label',
      [
        '（一）予以公开 1 1',
        '2 2',
        '（二）部分公开（区分处理的，只计',
        '这一情形，不计其他情形）',
        '1.属于国家秘密 3 3',
      ],
    ],
    [
      'on the middle line of the label',
      [
        '（一）予以公开 1 1',
        '（二）部分公开（区分处',
        '理的，只计这一情形，不 2 2',
        '计其他情形）',
        '1.属于国家秘密 3 3',
      ],
    ],
    [
      'on the first line of the next label',
      [
        '（一）予以公开',
        '（二）部分公开（区分处理的， 1 1',
        '只计这一情形，不计其他情形） 2 2',
        '1.属于国家秘密 3 3',
      ],
    ],
    [
      'with a group label in fragments between',
      [
        '（一）予以公开 1 1',
        '三、 （二）部分公开（区分处',
        '本年 理的，只计这一情形，不 2 2',
        '度办 计其他情形）',
        '1.属于国家秘密 3 3',
      ],
    ],
  ])('PDF text, numbers %s: each row keeps its own numbers', (_name, lines) => {
    expect(read(lines, 2).map((r) => [r[0], r[3]])).toEqual([
      ['granted', '1 1'],
      ['partiallyGranted', '2 2'],
      ['withheldStateSecret', '3 3'],
    ]);
  });

  it('a page saved as one line: numbers glued to labels, list numbering glued to numbers', () => {
    const line =
      '（一）予以公开1000000（二）部分公开（区分处理的，只计这一情形，不计其他情形）00000001.属于国家秘密0000000';
    expect(read([line], 7)).toEqual([
      ['granted', '（一）予以公开', false, '1000000'],
      ['partiallyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', false, '0000000'],
      ['withheldStateSecret', '1.属于国家秘密', false, '0000000'],
    ]);
  });

  it.each([
    // 「行政规范 4」「3」「42」「性文件」 (Chromium): 「3」「42」 is no run 「342」 to cut into 3|4|2.
    ['one a line, under the first line of the label', ['（一）予以公开 4', '3', '42', '公开'], '4 3 42'],
    // 「9」「4」「101」 with empty lines between (LibreOffice): 「101」 alone is not 1|0|1.
    ['one a line, empty lines between', ['（一）予以公开', '', '9', '', '4', '', '101', ''], '9 4 101'],
  ])('plain PDF text, a row’s numbers %s: whole cells, never digits run together', (_name, lines, want) => {
    expect(read([...lines, '1.属于国家秘密 3 3 3'], 3).map((r) => [r[0], r[3]])).toEqual([
      ['granted', want],
      ['withheldStateSecret', '3 3 3'],
    ]);
  });

  it('-layout PDF text, the first number on the label’s first line and the rest on its second: one row', () => {
    // 「1. 申请人无正当理由逾期不补正、行政机关不 547」 / 「再处理其政府信息公开申请 5 2 0 14 0 568」:
    // 「5 2 0 14 0 568」 alone is no run of digits to cut (it was read as 「520140568」 and left unread).
    expect(read(['（一）予以 1', '公开 2 34', '1.属于国家秘密 3 3 3'], 3).map((r) => [r[0], r[3]])).toEqual([
      ['granted', '1 2 34'],
      ['withheldStateSecret', '3 3 3'],
    ]);
  });

  it('a row printed without numbers is found, with no cells (never the next row’s)', () => {
    expect(read(['（一）予以公开 1', '（二）部分公开', '1.属于国家秘密 3'])).toEqual([
      ['granted', '（一）予以公开', false, '1'],
      ['partiallyGranted', '（二）部分公开', false, null],
      ['withheldStateSecret', '1.属于国家秘密', false, '3'],
    ]);
  });
});

describe('readTableRows: labels torn from their numbers (a PDF→markdown converter, nianbao issue 18)', () => {
  const torn = [
    'withheldQueryMatter',
    'unavailableNotHeld',
    'unavailableNeedsCreation',
    'unavailableUnclear',
    'notProcessedComplaint',
  ] as const;
  const tornCandidates: TableRowCandidate<string>[] = torn.map((key) => ({
    key,
    forms: labelForms(APPLICATION_ROW_LABELS[key]),
    weight: 1,
    cells: 2,
    takesCells: true,
    fillable: true,
  }));
  const readTorn = (lines: string[]) =>
    [...readTableRows(tokenizeTable(lines), tornCandidates).rows.values()]
      .sort((a, b) => a.index - b.index)
      .map((row) => [
        row.key,
        row.undecided === true,
        row.cells?.cells.map((c) => (c.kind === 'value' ? c.text : '')).join(' ') ?? null,
      ]);
  // Between two rows printed whole, the first label of a group is lost and the others sit before
  // the numbers: 「4 4」 could be 1.'s or 2.'s (numbers before a wrapped label), 「6 6」 2.'s or 3.'s.
  const lines = [
    '8.属于行政查询事项\t5\t5',
    '4\t4',
    '（四）无2.没有现成信息需要另',
    '法提供行制作',
    '3.补正后申请内容仍不',
    '明确',
    '6\t6',
    '7\t7',
    '1.信访举报投诉类申请\t9\t9',
  ];

  it('reads the rows between two whole rows in the format’s order when as many runs as rows sit there', () => {
    expect(readTorn(lines)).toEqual([
      ['withheldQueryMatter', false, '5 5'],
      ['unavailableNotHeld', false, '4 4'],
      ['unavailableNeedsCreation', false, '6 6'],
      ['unavailableUnclear', false, '7 7'],
      ['notProcessedComplaint', false, '9 9'],
    ]);
  });

  it('leaves them unread, never shifted, when the counts do not fit (a stray number between)', () => {
    const stray = [...lines.slice(0, 7), '1', ...lines.slice(7)];
    const got = readTorn(stray);
    expect(got.filter((r) => r[0] === 'unavailableNeedsCreation' || r[0] === 'unavailableUnclear')).toEqual([
      ['unavailableNeedsCreation', true, null],
      ['unavailableUnclear', true, null],
    ]);
    expect(got.some((r) => r[0] === 'unavailableNotHeld')).toBe(false);
    expect(got.find((r) => r[0] === 'notProcessedComplaint')).toEqual([
      'notProcessedComplaint',
      false,
      '9 9',
    ]);
  });

  it('a row printed whole on its line keeps its numbers, not the next line’s run', () => {
    // 「| 4.… | 1 |」 then a label-less 「| 0 |」 (the next row's, its label elsewhere).
    expect(read(['（一）予以公开\t1\t1', '0\t0', '1.属于国家秘密\t3\t3'], 2)).toEqual([
      ['granted', '（一）予以公开', false, '1 1'],
      ['partiallyGranted', '', true, '0 0'],
      ['withheldStateSecret', '1.属于国家秘密', false, '3 3'],
    ]);
  });
});

describe('readTableRows: a row gathered from numbers one a line, one more such number beside it', () => {
  it('leaves the row undecided: its numbers could be shifted by one (a bare page number among them)', () => {
    const rows = read(
      // plain pdftotext: a cell a line, an empty line between cells
      [
        '（一）予以公开',
        '1 2 3',
        '（二）部分公开',
        '',
        '5',
        '',
        '6',
        '',
        '7',
        '',
        '8',
        '',
        '（三）不予公开 1.属于国家秘密 0 0 0',
      ],
      3,
    );
    expect(rows[0]).toEqual(['granted', '（一）予以公开', false, '1 2 3']);
    expect(rows[1]![3]).toBeNull();
    expect(rows[2]).toEqual(['withheldStateSecret', '1.属于国家秘密', false, '0 0 0']);
  });
});
