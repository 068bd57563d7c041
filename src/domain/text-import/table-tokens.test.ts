import { describe, expect, it } from 'vitest';
import { logicalRows, type TableToken, takeCells, tokenizeTable } from './table-tokens';

const texts = (tokens: TableToken[]) =>
  tokens.map((t) => (t.kind === 'text' || t.kind === 'value' ? t.text : `<${t.kind}>`));

describe('tokenizeTable', () => {
  it.each([
    ['one cell per line', ['\t规章', '\t0', '\t', ''], ['规章', '0', '<blank>', '<rowEnd>']],
    ['a continuation line', ['\t商业', '企业'], ['商业', '企业']],
    ['tab-separated', ['\t\t3.其他\t\t0'], ['<blank>', '3.其他', '<blank>', '0', '<rowEnd>']],
    ['space-separated', ['行政许可 5 — ／'], ['行政许可', '5', '—', '／', '<rowEnd>']],
    [
      'numbers glued to the label',
      ['一、本年新收政府信息公开申请数量230000023'],
      ['一、本年新收政府信息公开申请数量', '230000023', '<rowEnd>'],
    ],
    [
      'full-width and decimals',
      ['行政事业性收费　２４２５２.３１１０８２'],
      ['行政事业性收费', '２４２５２.３１１０８２', '<rowEnd>'],
    ],
    ['labels with a numbering stay whole', ['1.属于国家秘密 0'], ['1.属于国家秘密', '0', '<rowEnd>']],
    [
      'a cell with its unit is its number (件, 个, 万元)',
      ['\t行政许可', '\t1234件', '\t行政事业性收费\t0.5万元'],
      ['行政许可', '1234', '行政事业性收费', '0.5', '<rowEnd>'],
    ],
    ['「无」 alone in a cell is a value (none)', ['\t行政处罚', '\t无'], ['行政处罚', '无']],
    [
      'cells glued to the year opening the next sentence: the year stays text',
      ['四、结转下年度继续办理20000022025年，本局共收到申请3件。'],
      ['四、结转下年度继续办理', '2000002', '2025年，本局共收到申请3件。', '<rowEnd>'],
    ],
    [
      'a fee glued to the next sentence’s year',
      ['行政事业性收费02024年，本局'],
      ['行政事业性收费', '0', '2024年，本局', '<rowEnd>'],
    ],
    [
      'the same in full-width digits (mutation probe on 平潭市场监管局 2025)',
      ['行政事业性收费０２０２５年，本局'],
      ['行政事业性收费', '０', '２０２５年，本局', '<rowEnd>'],
    ],
    ['a year alone stays text', ['截至2023年底 5'], ['截至2023年底', '5', '<rowEnd>']],
    [
      'another unit stays text: 元 is not the column’s 万元',
      ['\t行政事业性收费', '\t500元'],
      ['行政事业性收费', '500元'],
    ],
  ])('%s', (_name, lines, expected) => {
    expect(texts(tokenizeTable(lines))).toEqual(expected);
  });
});

describe('tokenizeTable: list numbering apart from its label (PDF text of a Word page)', () => {
  it('「1.   属于国家秘密」 is a label, not a cell of the row before', () => {
    const tokens = tokenizeTable(['形）   0   0   0   0   0   3', '（三）不予   1.   属于国家秘密   0   0']);
    expect(tokens.filter((t) => t.kind === 'value').map((t) => (t as { text: string }).text)).toEqual([
      '0',
      '0',
      '0',
      '0',
      '0',
      '3',
      '0',
      '0',
    ]);
    expect(tokens.some((t) => t.kind === 'text' && t.text === '1.属于国家秘密')).toBe(true);
  });

  it('「2.」 on the numbers line under its wrapped label is the label’s numbering, not a cell', () => {
    // pdftotext -layout of a Word page: 「（四）无法 没有现成信息需要另行制作」 / 「提供 2. 0 0 0 0 0 0 0」.
    const tokens = tokenizeTable([
      '（四）无法   没有现成信息需要另行制作',
      '提供     2.      0   0   0   0   0   0   0',
    ]);
    expect(tokens.filter((t) => t.kind === 'value')).toHaveLength(7);
    expect(tokens.some((t) => t.kind === 'text' && t.text === '2.')).toBe(true);
  });
});

describe('takeCells', () => {
  const run = (lines: string[]) => logicalRows(tokenizeTable(['\t标签', ...lines]))[0]!.run;
  it.each([
    ['exactly n values', ['\t1', '\t2', '\t3', ''], 3, 'ok', ['1', '2', '3']],
    ['blank cells inside the row count', ['\t1', '\t', '\t3', ''], 3, 'ok', ['1', '', '3']],
    [
      'merged label cells after the row are dropped',
      ['\t1', '\t2', '\t3', '', '\t', '\t'],
      3,
      'ok',
      ['1', '2', '3'],
    ],
    ['a row wrapped over two lines', ['1 2', '3'], 3, 'ok', ['1', '2', '3']],
    ['too few', ['\t1', '\t2', ''], 3, 'short', ['1', '2']],
    ['too many numbers', ['1 2 3 4'], 3, 'long', ['1', '2', '3', '4']],
  ])('%s', (_name, lines, n, status, cells) => {
    const taken = takeCells(run(lines), n);
    expect(taken.status).toBe(status);
    expect(taken.cells.map((c) => (c.kind === 'value' ? c.text : ''))).toEqual(cells);
  });
});

describe('tokenizeTable: a page with an empty line after every paragraph (each cell one)', () => {
  const spaced = (cells: string[]) => cells.flatMap((c) => [c, '']);

  it('empty lines end no row there, so a row keeps all its cells', () => {
    const rows = logicalRows(
      tokenizeTable(
        spaced([
          '一、本年新收政府信息公开申请数量',
          '4',
          '0',
          '0',
          '0',
          '0',
          '1',
          '5',
          '二、上年结转政府信息公开申请数量',
          '0',
        ]),
      ),
    );
    expect(rows[0]!.run.filter((t) => t.kind === 'value')).toHaveLength(7);
    expect(rows[0]!.run.some((t) => t.kind === 'rowEnd')).toBe(false);
  });

  it('where lines with text follow each other, empty lines still end rows', () => {
    const tokens = tokenizeTable([
      '规章',
      '0',
      '0',
      '0',
      '',
      '行政规范性文件',
      '1',
      '',
      '2',
      '',
      '3',
      '',
      '',
      '',
    ]);
    expect(tokens.filter((t) => t.kind === 'rowEnd').length).toBeGreaterThan(0);
  });
});
