import { describe, expect, it } from 'vitest';
import { paragraphTexts, readTables, tableGrid, unescapeXml, xmlWellFormedError } from './docx-xml-reader';

describe('xmlWellFormedError', () => {
  it.each([
    ['a plain document', '<?xml version="1.0"?><a x="1"><b/>t&amp;&#x4E2D;</a>'],
    ['comments and CDATA', '<a><!-- c --><![CDATA[<x>&]]></a>'],
  ])('accepts %s', (_n, xml) => {
    expect(xmlWellFormedError(xml)).toBeNull();
  });

  it.each([
    ['crossed tags', '<a><b></a></b>'],
    ['a bare ampersand', '<a>&</a>'],
    ['a bare ampersand in an attribute', '<a x="&"/>'],
    ['a control character', '<a>\u0001</a>'],
    [']]> in text', '<a>]]></a>'],
    ['a duplicate attribute', '<a x="1" x="2"/>'],
    ['an unclosed element', '<a><b>'],
    ['a broken tag', '<a><b</a>'],
    ['two roots', '<a/><b/>'],
    ['text outside the root', '<a/>x'],
    ['raw < in text', '<a>1 < 2</a>'],
  ])('rejects %s', (_n, xml) => {
    expect(xmlWellFormedError(xml)).not.toBeNull();
  });
});

describe('reading WordprocessingML', () => {
  it('unescapes entities', () => {
    expect(unescapeXml('&lt;&amp;lt;&#20013;&#x6587;&quot;')).toBe('<&lt;中文"');
  });

  it('joins the runs of each paragraph', () => {
    expect(
      paragraphTexts(
        '<w:p><w:pPr/><w:r><w:t>甲</w:t></w:r><w:r><w:t xml:space="preserve">乙&amp;</w:t></w:r></w:p><w:p/>',
      ),
    ).toEqual(['甲乙&']);
  });

  const cell = (text: string, props = '') =>
    `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const table = (rows: string[][], cols: number) =>
    `<w:tbl><w:tblGrid>${'<w:gridCol w:w="1"/>'.repeat(cols)}</w:tblGrid>${rows.map((r) => `<w:tr>${r.join('')}</w:tr>`).join('')}</w:tbl>`;

  it('expands gridSpan and vMerge into a grid', () => {
    const xml = table(
      [
        [cell('A', '<w:gridSpan w:val="2"/><w:vMerge w:val="restart"/>'), cell('B')],
        [cell('', '<w:gridSpan w:val="2"/><w:vMerge/>'), cell('C')],
      ],
      3,
    );
    expect(tableGrid(readTables(xml)[0]!)).toEqual([
      ['A', 'A', 'B'],
      ['A', 'A', 'C'],
    ]);
  });

  it('rejects a row that does not cover the grid', () => {
    const xml = table([[cell('A'), cell('B')], [cell('C')]], 2);
    expect(() => tableGrid(readTables(xml)[0]!)).toThrow(/占 1 列/);
  });
});
