// A text laid out as a PDF's (pdf-text.ts) as poppler's `pdftohtml -xml` keeps it (nianbao issue 18):
// every token a <text> piece with its page position — a token per piece, 6 px a half-width column,
// 20 px a line, a page every 45 lines — the shape converters and crawlers publish for a PDF. The
// importer lays the pieces out again by position (text-import/pdf2xml-text.ts).

const escapeXml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
/** Half-width columns a text takes (a CJK character two). */
const columns = (s: string) => [...s].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) < 0x100 ? 1 : 2), 0);

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
            `<text top="${100 + i * 20}" left="${60 + col * 6}" width="${columns(token) * 6}" height="12" font="0">${escapeXml(token)}</text>`,
          );
        col += columns(token);
      }
    });
    pages.push(
      `<page number="${p + 1}" position="absolute" top="0" left="0" height="1263" width="892">\n<fontspec id="0" size="12" family="SimSun" color="#000000"/>\n${pieces.join('\n')}\n</page>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE pdf2xml SYSTEM "pdf2xml.dtd">\n\n<pdf2xml producer="poppler" version="22.12.0">\n${pages.join('\n')}\n</pdf2xml>\n`;
}
