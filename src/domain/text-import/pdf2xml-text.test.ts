// pdftohtml -xml text read back by position (nianbao issue 18): the sample report's lines placed
// as pdf2xml pieces read exactly as the text itself; as markup its attributes gave wrong numbers.
import { describe, expect, it } from 'vitest';
import { asPdf2Xml } from '../corpus/renderers/pdf2xml';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { INPUT_CELLS } from '../report/cell-address';
import { readDraftCell } from '../report/draft-convert';
import { importPublishedText } from './import-text';
import { isPdf2Xml, pdf2XmlText } from './pdf2xml-text';

describe('pdftohtml -xml', () => {
  it('is told from HTML and text', () => {
    expect(isPdf2Xml(asPdf2Xml('一、总体情况'))).toBe(true);
    expect(isPdf2Xml('<html><body>一、总体情况</body></html>')).toBe(false);
    expect(isPdf2Xml(qufuText)).toBe(false);
  });

  it('pieces on one line come out one space apart, in x order, a form feed after each page', () => {
    const xml = asPdf2Xml('行政许可 9487\n行政处罚 2776');
    const text = pdf2XmlText(xml);
    expect(text.split('\n').filter((l) => l.trim() !== '')).toEqual(['行政许可 9487', '行政处罚 2776']);
    expect(text.endsWith('\n\f')).toBe(true);
  });

  it('the sample report as pdf2xml reads as the text itself: every cell, no wrong number', () => {
    const plain = importPublishedText(qufuText).draft;
    const xml = importPublishedText(asPdf2Xml(qufuText)).draft;
    for (const cell of INPUT_CELLS)
      expect(readDraftCell(xml, cell), JSON.stringify(cell)).toBe(readDraftCell(plain, cell));
    expect(xml.meta.agencyName).toBe(plain.meta.agencyName);
  });
});
