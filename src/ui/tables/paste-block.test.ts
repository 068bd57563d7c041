import { describe, expect, it } from 'vitest';
import { classifyPasteCell, lineReadings, readHtmlTable, readTextBlock, stripLabels } from './paste-block';

describe('readTextBlock', () => {
  it('reads Excel TSV with CRLF and a trailing newline', () => {
    expect(readTextBlock('1\t2\t3\r\n4\t5\t6\r\n')).toEqual([
      ['1', '2', '3'],
      ['4', '5', '6'],
    ]);
  });
  it('keeps empty cells in TSV', () => {
    expect(readTextBlock('1\t\t3')).toEqual([['1', '', '3']]);
  });
  it('splits space-separated text (web pages, PDFs) when there is no tab', () => {
    expect(readTextBlock('23 0  0\n１ ２ ３')).toEqual([
      ['23', '0', '0'],
      ['１', '２', '３'],
    ]);
  });
  it('reads ragged blocks as they are', () => {
    expect(readTextBlock('1\t2\n3')).toEqual([['1', '2'], ['3']]);
  });
});

describe('readHtmlTable', () => {
  it('reads cells, colspans and entities, ignoring markup', () => {
    const html =
      '<meta charset="utf-8"><table><tr><td>1</td><td colspan="2"><b>2</b></td></tr><tr><td>&nbsp;3&nbsp;</td><td>4</td><td>&#53;</td></tr></table>';
    expect(readHtmlTable(html)).toEqual([
      ['1', '2', ''],
      ['3', '4', '5'],
    ]);
  });
  it('returns null without a table', () => {
    expect(readHtmlTable('<p>1 2 3</p>')).toBeNull();
  });
});

describe('classifyPasteCell', () => {
  it.each([
    ['12', false, { kind: 'value', text: '12' }],
    ['１２', false, { kind: 'value', text: '12' }],
    ['1,234', false, { kind: 'value', text: '1234' }],
    [' 7 ', false, { kind: 'value', text: '7' }],
    ['007', false, { kind: 'value', text: '7' }],
    ['', false, { kind: 'blank' }],
    ['/', false, { kind: 'dash', text: '0', source: '/' }],
    ['—', false, { kind: 'dash', text: '0', source: '—' }],
    ['-', false, { kind: 'dash', text: '0', source: '-' }],
    ['12a', false, { kind: 'invalid', source: '12a' }],
    ['1.5', false, { kind: 'invalid', source: '1.5' }],
    ['24252.311082', true, { kind: 'value', text: '24252.311082' }],
    ['1.1234567', true, { kind: 'invalid', source: '1.1234567' }],
  ] as const)('%j (decimal %s)', (raw, decimal, out) => expect(classifyPasteCell(raw, decimal)).toEqual(out));
});

describe('stripLabels', () => {
  it('drops a header row and a label column', () => {
    const r = stripLabels([
      ['', '自然人', '商业企业'],
      ['一、本年新收', '23', '0'],
      ['二、上年结转', '0', '0'],
    ]);
    expect(r.block).toEqual([
      ['23', '0'],
      ['0', '0'],
    ]);
    expect(r.droppedHeaderRows).toBe(1);
    expect(r.droppedLabelColumn).toBe(true);
    expect(r.labels).toEqual({ rows: ['一、本年新收', '二、上年结转'], columns: ['自然人', '商业企业'] });
  });
  it('keeps a pure number block', () => {
    expect(stripLabels([['1', '2']]).block).toEqual([['1', '2']]);
  });
});

describe('lineReadings', () => {
  // 25 data rows; row 23 ((七)总计) derived.
  const rows = Array.from({ length: 25 }, (_, i) => ({ index: i, derived: i === 23 }));
  it('a 24-row block from the top fits both readings: the shape cannot decide', () => {
    const t = lineReadings(rows, 0, 24);
    expect(t.shape).toBeNull();
    expect(t.inputsOnly[22]).toBe(22);
    expect(t.inputsOnly[23]).toBe(24);
    expect(t.withTotals[23]).toBe(23);
  });
  it('a 25-row block includes the derived row', () => {
    const t = lineReadings(rows, 0, 25);
    expect(t.shape).toBe('withTotals');
    expect(t.withTotals[23]).toBe(23);
  });
  it('a block that crosses no total lands the same either way', () => {
    expect(lineReadings(rows, 0, 23).shape).toBe('inputsOnly');
    expect(lineReadings(rows, 20, 2).shape).toBe('inputsOnly');
  });
  it('a block copied from the grids lands where it was', () => {
    expect(lineReadings(rows, 22, 2, true).shape).toBe('withTotals');
  });
  it('a block that does not fit returns nulls beyond the edge', () => {
    const t = lineReadings(rows, 24, 3);
    expect(t.withTotals).toEqual([24, null, null]);
    expect(t.shape).toBe('withTotals');
  });
});
