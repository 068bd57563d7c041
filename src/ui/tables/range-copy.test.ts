import { describe, expect, it } from 'vitest';
import { readHtmlTable, readTextBlock } from './paste-block';
import { isRangeCopy, rangeClipboard } from './range-copy';

describe('a copied range on the clipboard', () => {
  const rows = [
    ['3', '', '11'],
    ['0', '7', '<b>&'],
  ];

  it('is tab-separated rows, each ended by \\r\\n as Excel writes them', () => {
    expect(rangeClipboard(rows).text).toBe('3\t\t11\r\n0\t7\t<b>&\r\n');
  });

  it('is an HTML table with the texts escaped', () => {
    expect(rangeClipboard(rows).html).toBe(
      '<meta charset="utf-8"><table data-nianbao-range><tr><td>3</td><td></td><td>11</td></tr><tr><td>0</td><td>7</td><td>&lt;b&gt;&amp;</td></tr></table>',
    );
  });

  it('pastes back into a grid cell for cell, from either format', () => {
    const { text, html } = rangeClipboard(rows);
    expect(readTextBlock(text)).toEqual(rows);
    expect(readHtmlTable(html)).toEqual(rows);
  });

  it('keeps a cell whose text holds a tab or a line break in one cell', () => {
    expect(rangeClipboard([['a\tb', 'c\r\nd']]).text).toBe('a b\tc d\r\n');
  });

  it("is marked as the app's own range; a table from Excel or a web page is not", () => {
    expect(isRangeCopy(rangeClipboard(rows).html)).toBe(true);
    expect(isRangeCopy('<table border=1><tr><td>1</td></tr></table>')).toBe(false);
    expect(isRangeCopy('<p>data-nianbao-range</p><table><tr><td>1</td></tr></table>')).toBe(false);
  });
});
