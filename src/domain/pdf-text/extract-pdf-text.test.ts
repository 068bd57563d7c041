import { readFileSync } from 'node:fs';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extractPdfText, type PdfRefusal, PdfTextError } from './extract-pdf-text';
import {
  appendUpdate,
  at,
  buildPdf,
  cid,
  extraObjectNumber,
  lit,
  type PdfBody,
  simpleDocument,
  stream,
} from './test-pdf';

const textOf = (bytes: Uint8Array) => extractPdfText(bytes).text;
/** PDFs made by scripts/corpus-pdf/make-encrypted-fixtures.ts from our own text. */
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
/** The page's lines without the trailing form feed. */
const linesOf = (bytes: Uint8Array) => textOf(bytes).replace(/\n\f$/, '').split('\n');

function refusal(bytes: Uint8Array): PdfRefusal {
  try {
    extractPdfText(bytes);
  } catch (e) {
    if (e instanceof PdfTextError) return e.reason;
    throw e;
  }
  throw new Error('not refused');
}

describe('file structure', () => {
  const doc = simpleDocument([at(72, 700, '政府信息公开') + at(72, 680, '第二行 2023')]);

  it('reads a classic xref table', () => {
    expect(linesOf(buildPdf(doc))).toEqual(['政府信息公开', '第二行 2023']);
  });

  it('reads a cross-reference stream (PNG predictor) and objects inside an object stream', () => {
    const file = buildPdf(simpleDocument([at(72, 700, '对象流')], { compress: true }), {
      xref: 'stream',
      inObjectStream: [2, 3, 4, 5, 7],
    });
    expect(new TextDecoder('latin1').decode(file)).not.toContain('/Type /Pages');
    expect(linesOf(file)).toEqual(['对象流']);
  });

  it('follows incremental updates: the newest version of an object wins', () => {
    const base = buildPdf(simpleDocument([at(72, 700, '旧的文字')]));
    // object 11 is page 1's content stream; replace it by a newer one
    const content = at(72, 700, '新的文字');
    const updated = appendUpdate(
      base,
      new Map([[11, `<< /Length ${content.length} >>\nstream\n${content}\nendstream`]]),
      12,
    );
    expect(linesOf(updated)).toEqual(['新的文字']);
  });

  it('finds the objects by scanning when the xref is broken or missing, and offsets shifted by junk', () => {
    const good = buildPdf(doc);
    const text = new TextDecoder('latin1').decode(good);
    const broken = Uint8Array.from(text.replace(/startxref\n\d+/, 'startxref\n999999'), (c) =>
      c.charCodeAt(0),
    );
    expect(linesOf(broken)).toEqual(['政府信息公开', '第二行 2023']);
    const noXref = Uint8Array.from(text.slice(0, text.indexOf('xref\n')), (c) => c.charCodeAt(0));
    expect(linesOf(noXref)).toEqual(['政府信息公开', '第二行 2023']);
    expect(linesOf(buildPdf(doc, { prefix: 'HTTP junk\r\n' }))).toEqual(['政府信息公开', '第二行 2023']);
  });

  it('reads a stream whose /Length is a reference or wrong', () => {
    const content = at(72, 700, '长度');
    const bodies: PdfBody[] = simpleDocument(['']);
    bodies[10] = `<< /Length 12 0 R >>\nstream\n${content}\nendstream`;
    bodies.push(`${content.length}`);
    expect(linesOf(buildPdf(bodies))).toEqual(['长度']);
    bodies[10] = `<< /Length 3 >>\nstream\n${content}\nendstream`;
    expect(linesOf(buildPdf(bodies))).toEqual(['长度']);
  });

  it('inherits /Resources through the page tree and reads pages in order, each ending with a form feed', () => {
    const file = buildPdf(simpleDocument([at(72, 700, '第一页'), at(72, 700, '第二页')]));
    expect(textOf(file)).toBe('第一页\n\f第二页\n\f');
  });

  it('reads a page whose /Contents is an array of streams (an operator across two parts)', () => {
    const bodies = simpleDocument(['']);
    bodies[9] = '<< /Type /Page /Parent 2 0 R /Contents [11 0 R 12 0 R] >>';
    bodies[10] = stream('<< >>', `BT /C 12 Tf 72 700 Td ${cid('甲')}`);
    bodies.push(stream('<< >>', `Tj ${cid('乙')} Tj ET`, true));
    expect(linesOf(buildPdf(bodies))).toEqual(['甲乙']);
  });
});

describe('text operators', () => {
  const one = (content: string) => linesOf(buildPdf(simpleDocument([content])));
  const nonBlank = (content: string) => one(content).filter((l) => l !== '');

  it('Td, TD, TL and T*, \' and " move to new lines', () => {
    expect(
      nonBlank(`BT /C 12 Tf 72 700 Td ${cid('一')} Tj 0 -20 Td ${cid('二')} Tj 0 -20 TD ${cid('三')} Tj T* ${cid('四')} Tj
        30 TL ${cid('五')} ' 0 0 ${cid('六')} " ET`),
    ).toEqual(['一', '二', '三', '四', '五', '六']);
  });

  it('Tm sets the position; q/Q and cm transform it', () => {
    expect(
      one(
        `q 1 0 0 1 0 -100 cm BT /C 12 Tf 1 0 0 1 72 700 Tm ${cid('下')} Tj ET Q BT /C 12 Tf 1 0 0 1 72 700 Tm ${cid('上')} Tj ET`,
      ),
    ).toEqual(['上', '', '', '', '', '下']);
  });

  it('TJ: a small kerning adjustment stays inside the word, a large one leaves a gap', () => {
    // 「信」 0.6 font sizes after 「府」: Chinese after Chinese stands at its column (6 pt a column;
    // 「政府」 is two characters of text but four columns wide)
    expect(one(`BT /C 12 Tf 72 700 Td [${cid('政')} -20 ${cid('府')} -600 ${cid('信')}] TJ ET`)).toEqual([
      '政府   信',
    ]);
  });

  it('Tc and Tw widen the text (a space per gap), Tz scales it', () => {
    expect(one(`BT /H 10 Tf 72 700 Td 3 Tc ${lit('abc')} Tj ET`)).toEqual(['a b c']);
    expect(one(`BT /H 10 Tf 72 700 Td 0 Tc 0 Tw ${lit('ab cd')} Tj ET`)).toEqual(['ab cd']);
    // columns: "x" at 72, then "y" 200 pt further (Tz 50 halves the advance, so it stands further left)
    const wide = one(`BT /H 10 Tf 72 700 Td (x) Tj 200 0 Td (y) Tj ET`)[0]!;
    const scaled = one(`BT /H 10 Tf 50 Tz 72 700 Td (xxxxxxxxxxxxxxxxxxxx) Tj ET`)[0]!;
    expect(wide).toMatch(/^x {2,}y$/);
    expect(scaled).toBe('xxxxxxxxxxxxxxxxxxxx');
  });

  it('layout: numbers in neighbouring cells (under 2 font sizes apart) one space apart, farther ones at their column', () => {
    // 12 pt: "5" ends at 78; "1" 22 pt (1.8 font sizes) after it; "6" 60 pt (5 font sizes) after that
    const row =
      at(72, 700, '5') + at(100, 700, '1') + at(166, 700, '6') + at(72, 680, '12') + at(166, 680, '3');
    const [first, second] = linesOf(buildPdf(simpleDocument([row])));
    expect(first).toMatch(/^5 1 {2,}6$/);
    // the same x, the same column: 「6」 and 「3」 stand one above the other
    expect(second!.indexOf('3')).toBe(first!.indexOf('6'));
  });

  it('layout: header labels of neighbouring cells stand at their columns; every page on one grid', () => {
    // 12 pt, 6 pt a column: 「商业企业」 (48 pt) at 100, 「科研机构」 4 pt after it, 「其他」 3 pt after that
    const header = at(100, 700, '商业企业') + at(152, 700, '科研机构') + at(203, 700, '其他');
    const page1 = at(40, 760, '正文') + header;
    // the next page's text starts further right, and is mostly smaller: its columns are the first page's
    const page2 = at(152, 700, '3') + at(100, 680, '小字小字小字小字小字', 8);
    const [first, second] = textOf(buildPdf(simpleDocument([page1, page2]))).split('\f');
    const line = first!.split('\n').find((l) => l.includes('商业企业'))!;
    expect(line.indexOf('商业企业')).toBe(10);
    expect(line.indexOf('科研机构')).toBe(Math.round((152 - 40) / 6));
    expect(line.indexOf('其他')).toBe(Math.round((203 - 40) / 6));
    const three = second!.split('\n').find((l) => l.includes('3'))!;
    expect(three.indexOf('3')).toBe(line.indexOf('科研机构'));
  });

  it('Ts (rise) keeps a raised glyph on its line', () => {
    expect(one(`BT /C 12 Tf 72 700 Td ${cid('注')} Tj 2 Ts ${cid('1')} Tj ET`)).toEqual(['注1']);
  });

  it('Form XObjects (Do) are drawn with their /Matrix and resources; a form drawing itself stops', () => {
    const pages = 1;
    const form = extraObjectNumber(pages);
    const bodies = simpleDocument([`q 1 0 0 1 0 -50 cm /Fm Do Q /Fm Do`], {
      extraResources: `/XObject << /Fm ${form} 0 R >>`,
      extraObjects: [
        stream(
          `<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [1 0 0 1 100 0] /Resources << /Font << /Z 4 0 R >> /XObject << /Self ${form} 0 R >> >> >>`,
          `BT /Z 12 Tf 0 700 Td ${cid('表单')} Tj ET /Self Do`,
        ),
      ],
    });
    expect(linesOf(buildPdf(bodies))).toEqual(['表单', '', '', '表单']);
  });

  it('skips inline images (binary data with operators inside)', () => {
    expect(one(`BI /W 2 /H 1 /BPC 8 /CS /G ID \x00Tj(\xff EI ${at(72, 700, '图后')}`)).toEqual(['图后']);
  });

  it('a large rotated mark across rows (a 「草稿」 watermark) is left out and merges no rows', () => {
    // Two table rows 16 points apart, and the mark at 30° and 10× their size drawn over them.
    const rows = `BT /C 12 Tf 1 0 0 1 72 500 Tm ${cid('七行')} Tj 1 0 0 1 200 500 Tm ${cid('0')} Tj
      1 0 0 1 72 484 Tm ${cid('八行')} Tj 1 0 0 1 200 484 Tm ${cid('1')} Tj ET`;
    const mark = `BT /C 120 Tf 0.866 0.5 -0.5 0.866 150 430 Tm ${cid('草稿')} Tj ET`;
    for (const content of [`${rows} ${mark}`, `${mark} ${rows}`])
      expect(nonBlank(content).map((l) => l.replace(/\s+/g, ' ').trim())).toEqual(['七行 0', '八行 1']);
    // Rotated text of the text's own size (a narrow header cell turned 90°) stays.
    expect(
      nonBlank(
        `BT /C 12 Tf 0 1 -1 0 100 500 Tm ${cid('总计')} Tj ET BT /C 12 Tf 1 0 0 1 72 400 Tm ${cid('行')} Tj ET`,
      ).join('|'),
    ).toContain('总计');
  });

  it('joins vertical (Identity-V) text into one piece', () => {
    const bodies = simpleDocument([`BT /V 12 Tf 72 700 Td ${cid('办理结果')} Tj ET`]);
    bodies[2] = '<< /Font << /V 12 0 R >> >>';
    bodies.push(
      '<< /Type /Font /Subtype /Type0 /BaseFont /TestSong /Encoding /Identity-V /DescendantFonts [5 0 R] /ToUnicode 6 0 R >>',
    );
    expect(linesOf(buildPdf(bodies))).toEqual(['办理结果']);
  });
});

describe('fonts', () => {
  it('reads a simple font by its encoding and /Differences (glyph names, uniXXXX)', () => {
    const bodies = simpleDocument([`BT /D 10 Tf 72 700 Td <41424344> Tj ET`]);
    bodies[2] = '<< /Font << /D 12 0 R >> >>';
    bodies.push(
      '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /FirstChar 65 /LastChar 68 /Widths [500 500 500 500] /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [66 /uni5E74 /eight] >> >>',
    );
    expect(linesOf(buildPdf(bodies))).toEqual(['A年8D']);
  });

  it('reads ToUnicode bfchar and bfrange (array form), 1- and 2-byte codes, surrogate pairs', () => {
    const cmap = `begincmap
2 begincodespacerange <00> <7F> <8000> <FFFF> endcodespacerange
2 beginbfchar <41> <5E74> <8001> <D840DC00> endbfchar
2 beginbfrange <30> <39> <0030> <9000> <9002> [<62A5> <544A> <4E66>] endbfrange
endcmap`;
    const bodies = simpleDocument([`BT /M 12 Tf 72 700 Td <41 8001 3233 9000 9001 9002> Tj ET`]);
    bodies[2] = '<< /Font << /M 12 0 R >> >>';
    bodies.push(
      '<< /Type /Font /Subtype /Type0 /BaseFont /Multi /Encoding 14 0 R /DescendantFonts [5 0 R] /ToUnicode 13 0 R >>',
      stream('<< >>', cmap),
      stream(
        '<< /Type /CMap >>',
        cmap.replace(/beginbf[\s\S]*endbfrange/, '1 begincidrange <00> <7F> 0 endcidrange'),
      ),
    );
    expect(linesOf(buildPdf(bodies))).toEqual(['年𠀀23报告书']);
  });

  it('gives Kangxi radicals and compatibility ideographs as the usual characters (as pdftotext does)', () => {
    // Chromium's fonts map glyphs shared with the radicals to U+2F42 「⽂」, U+2FAF 「⾯」
    expect(linesOf(buildPdf(simpleDocument([at(72, 700, '\u2F42件全\u2FAF')])))).toEqual(['文件全面']);
  });

  it('reads a Unicode predefined CMap (UniGB-UCS2-H) without ToUnicode', () => {
    const bodies = simpleDocument([`BT /U 12 Tf 72 700 Td ${cid('公开')} Tj ET`]);
    bodies[2] = '<< /Font << /U 12 0 R >> >>';
    bodies.push(
      '<< /Type /Font /Subtype /Type0 /BaseFont /STSong /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>',
    );
    expect(linesOf(buildPdf(bodies))).toEqual(['公开']);
  });

  it('never guesses: text in a font whose codes map to nothing is refused', () => {
    expect(refusal(buildPdf(simpleDocument([`BT /X 12 Tf 72 700 Td ${cid('政府信息')} Tj ET`])))).toBe(
      'no-unicode',
    );
    // a few unmapped glyphs among much readable text also refuse the file
    const mixed = `${at(72, 700, '政府信息公开'.repeat(20))}BT /X 12 Tf 72 600 Td ${cid('12')} Tj ET`;
    expect(refusal(buildPdf(simpleDocument([mixed])))).toBe('no-unicode');
  });
});

describe('encrypted files that open without a password (only copying or printing restricted)', () => {
  it('RC4 128-bit (revision 3): LibreOffice with a permission password', () => {
    expect(textOf(fixture('rc4-libreoffice.pdf'))).toContain('\n\f本年新收申请 23 件\n\f');
  });

  it('AES-128 (AESV2 crypt filter, revision 4): streams encrypted by openssl', () => {
    expect(linesOf(fixture('aes128.pdf'))).toEqual(['加密的年度报告', '本年新收申请 23 件']);
  });

  it('AES-256 (AESV3, revisions 6 and 5): encrypted by qpdf with only an owner password', () => {
    expect(linesOf(fixture('aes256-r6.pdf'))).toEqual(['加密的年度报告', '本年新收申请 23 件']);
    expect(linesOf(fixture('aes256-r5.pdf'))).toEqual(['加密的年度报告', '本年新收申请 23 件']);
  });
});

describe('refusals', () => {
  it('an encrypted file that needs a password (RC4 or AES-256), or another handler', () => {
    const bodies = simpleDocument([at(72, 700, '加密')]);
    bodies.push('<< /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>');
    expect(refusal(buildPdf(bodies, { trailer: '/Encrypt 12 0 R' }))).toBe('encrypted');
    bodies[11] = '<< /Filter /Standard /V 5 /R 6 /O <00> /U <00> /OE <00> /UE <00> /P -4 >>';
    expect(refusal(buildPdf(bodies, { trailer: '/Encrypt 12 0 R' }))).toBe('encrypted');
    bodies[11] = '<< /Filter /Adobe.PubSec /V 4 /R 4 >>';
    expect(refusal(buildPdf(bodies, { trailer: '/Encrypt 12 0 R' }))).toBe('encrypted');
    // LibreOffice's PDF with an open password; qpdf's AES-256 with one
    expect(refusal(fixture('password-libreoffice.pdf'))).toBe('encrypted');
    expect(refusal(fixture('aes256-password.pdf'))).toBe('encrypted');
  });

  it('a scan: pages that paint images and show no text', () => {
    const image = stream(
      '<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8 /ColorSpace /DeviceGray >>',
      '\x80',
    );
    const bodies = simpleDocument(['q 595 0 0 842 0 0 cm /Im0 Do Q'], {
      extraResources: '/XObject << /Im0 12 0 R >>',
      extraObjects: [image],
    });
    expect(refusal(buildPdf(bodies))).toBe('scanned');
    expect(refusal(buildPdf(simpleDocument(['0 0 m 100 100 l S'])))).toBe('no-text');
  });

  it('no file at all, a truncated file, garbage', () => {
    expect(refusal(new TextEncoder().encode('%PDF-1.7\n'))).toBe('broken');
    const good = buildPdf(simpleDocument([at(72, 700, '截断')], { compress: true }));
    expect(refusal(good.subarray(0, 200))).toBe('broken');
    expect(refusal(new Uint8Array(5000).map((_, i) => (i * 7919) & 255))).toBe('broken');
  });

  it('a zip bomb: streams that inflate past the limit stop the reading', () => {
    const bomb = zlibSync(new Uint8Array(8 * 1024 * 1024));
    const bodies = simpleDocument(['']);
    bodies[10] = { dict: '<< /Filter /FlateDecode >>', data: bomb };
    const limits = { maxDecodedBytes: 4 * 1024 * 1024, maxOperators: 1e6, maxGlyphs: 1e6, maxPages: 10 };
    expect(() => extractPdfText(buildPdf(bodies), limits)).toThrow(PdfTextError);
    try {
      extractPdfText(buildPdf(bodies), limits);
    } catch (e) {
      expect((e as PdfTextError).reason).toBe('too-large');
    }
  });

  it('text placed absurdly far off the page (a broken matrix) is left out, not a line of a billion spaces', () => {
    const far = `BT /C 12 Tf 1 0 0 1 1000000000000 700 Tm ${cid('远')} Tj ET BT /C 12 Tf 100000000000000000000 0 0 100000000000000000000 0 0 Tm ${cid('大')} Tj ET`;
    expect(linesOf(buildPdf(simpleDocument([far + at(72, 700, '正文')])))).toEqual(['正文']);
  });

  it('endless work: a form drawn by itself through many names, or too many operators', () => {
    const limits = { maxDecodedBytes: 1e8, maxOperators: 10_000, maxGlyphs: 1e6, maxPages: 10 };
    expect(() => extractPdfText(buildPdf(simpleDocument(['q Q '.repeat(20_000)])), limits)).toThrow(
      /operators/,
    );
  });
});
