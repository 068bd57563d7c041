// pdftohtml -xml text read back by position (nianbao issue 18): the sample report's lines placed
// as pdf2xml pieces read exactly as the text itself; as markup its attributes gave wrong numbers.
import { describe, expect, it } from 'vitest';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { INPUT_CELLS } from '../report/cell-address';
import { readDraftCell } from '../report/draft-convert';
import { importPublishedText } from './import-text';
import { isPdf2Xml, pdf2XmlText } from './pdf2xml-text';

const escape = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const cols = (s: string) => [...s].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) < 0x100 ? 1 : 2), 0);

/** Each line of a text as pdf2xml pieces: a token a piece, 6 px a half-width column, 20 px a line. */
export function asPdf2Xml(text: string, linesPerPage = 45): string {
  const lines = text.replace(/\r\n?/gu, '\n').replace(/\t/gu, '  ').split('\n');
  const pages: string[] = [];
  for (let p = 0; p * linesPerPage < lines.length; p++) {
    const pieces: string[] = [];
    lines.slice(p * linesPerPage, (p + 1) * linesPerPage).forEach((line, i) => {
      let col = 0;
      for (const token of line.split(/( +)/u)) {
        if (token.trim() !== '')
          pieces.push(
            `<text top="${100 + i * 20}" left="${60 + col * 6}" width="${cols(token) * 6}" height="12" font="0">${escape(token)}</text>`,
          );
        col += cols(token);
      }
    });
    pages.push(
      `<page number="${p + 1}" position="absolute" top="0" left="0" height="1263" width="892">\n<fontspec id="0" size="12" family="SimSun" color="#000000"/>\n${pieces.join('\n')}\n</page>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE pdf2xml SYSTEM "pdf2xml.dtd">\n\n<pdf2xml producer="poppler" version="22.12.0">\n${pages.join('\n')}\n</pdf2xml>\n`;
}

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
