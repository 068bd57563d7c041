// The reading of an imported file (issue 16, item 6): the hostile .docx is refused with a clear
// Chinese message, a plain .docx is read, and the limits hold without a worker too.
import { readFileSync } from 'node:fs';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { at, buildPdf, cid, simpleDocument, stream } from '../../domain/pdf-text/test-pdf';
import { bombDocx, plainDocx, withDeclaredSize } from '../../domain/text-import/test-docx';
import { ImportReadError, READ_MESSAGES, readSourceBytes } from './read-bytes';
import { PDF_MESSAGES } from './read-pdf';

const FIXTURE = readFileSync(new URL('../../domain/fixtures/qufu-2021.txt', import.meta.url), 'utf8');

async function failure(name: string, bytes: Uint8Array): Promise<ImportReadError> {
  const e = await readSourceBytes(name, bytes).catch((err: unknown) => err);
  if (!(e instanceof ImportReadError)) throw new Error(`expected a refusal, got ${String(e)}`);
  return e;
}

describe('readSourceBytes', () => {
  it('refuses the 100 MB .docx, honest or lying about its size, as 文件过大', async () => {
    const bomb = bombDocx(100);
    for (const file of [bomb, withDeclaredSize(bomb, 'word/document.xml', 1024)]) {
      const e = await failure('报告.docx', file);
      expect(e.kind).toBe('too-large');
      expect(e.message).toBe(READ_MESSAGES.docxTooLarge);
      expect(e.message).toContain('文件过大');
      expect(e.message).toContain('没有导入任何内容');
    }
  });

  it('reads a plain .docx into the published text', async () => {
    const source = await readSourceBytes('报告.docx', plainDocx(FIXTURE));
    expect(source.kind).toBe('published');
    expect(source.text).toContain('曲阜市人民政府办公室');
    expect(source.text).toContain('2021年政府信息公开工作年度');
  });

  it('refuses a file over 20 MB, an old .doc and a damaged .docx', async () => {
    expect((await failure('a.txt', new Uint8Array(21 * 1024 * 1024))).kind).toBe('too-large');
    expect((await failure('a.doc', new Uint8Array(10))).message).toBe(READ_MESSAGES.oldDoc);
    expect((await failure('a.docx', new TextEncoder().encode('not a zip'))).message).toBe(
      READ_MESSAGES.notDocx,
    );
  });

  it('reads HTML to text and GBK text files', async () => {
    const html = await readSourceBytes(
      'a.html',
      new TextEncoder().encode('<html><body><p>第一段</p><p>第二段</p></body></html>'),
    );
    // handed on as HTML: the importer reads tables by their structure (issue 18)
    expect(html.kind).toBe('published');
    expect(html.text).toMatch(/第一段.*第二段/);
    const gbk = new Uint8Array([0xc4, 0xea, 0xb1, 0xa8]); // 「年报」 in GBK
    expect((await readSourceBytes('a.txt', gbk)).text).toBe('年报');
  });

  it("reads a PDF's text (our own reader), known by its name or by its first bytes", async () => {
    const pdf = buildPdf(
      simpleDocument([at(72, 700, '曲阜市人民政府办公室') + at(72, 680, '2021年政府信息公开工作年度报告')]),
    );
    for (const name of ['年度报告.pdf', '年度报告.PDF', '年度报告']) {
      const source = await readSourceBytes(name, pdf);
      expect(source).toMatchObject({ kind: 'published', name });
      expect(source.text).toBe('曲阜市人民政府办公室\n2021年政府信息公开工作年度报告\n\f');
    }
  });

  it('refuses a PDF it cannot read with the reason: encrypted, a scan, no character codes, broken, too large', async () => {
    const encrypted = simpleDocument([at(72, 700, '加密')]);
    encrypted.push('<< /Filter /Standard /V 2 /R 3 /O <00> /U <00> /P -4 >>');
    const e1 = await failure('a.pdf', buildPdf(encrypted, { trailer: '/Encrypt 12 0 R' }));
    expect(e1.message).toBe(PDF_MESSAGES.encrypted);
    expect(e1.message).toMatch(/^此 PDF 已加密.*没有导入任何内容.*全选（Ctrl\+A）/);
    const scan = simpleDocument(['q 595 0 0 842 0 0 cm /Im0 Do Q'], {
      extraResources: '/XObject << /Im0 12 0 R >>',
      extraObjects: [
        stream('<< /Subtype /Image /Width 1 /Height 1 /BitsPerComponent 8 /ColorSpace /DeviceGray >>', 'x'),
      ],
    });
    expect((await failure('a.pdf', buildPdf(scan))).message).toMatch(/^这是扫描件，没有可识别的文字/);
    const unmapped = buildPdf(simpleDocument([`BT /X 12 Tf 72 700 Td ${cid('数字')} Tj ET`]));
    expect((await failure('a.pdf', unmapped)).message).toBe(PDF_MESSAGES.noUnicode);
    expect(
      (await failure('a.pdf', new TextEncoder().encode('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj'))).message,
    ).toBe(PDF_MESSAGES.broken);
    expect((await failure('年度报告.PDF', new Uint8Array(10))).message).toBe(PDF_MESSAGES.broken);
    const bomb = simpleDocument(['']);
    bomb[10] = { dict: '<< /Filter /FlateDecode >>', data: zlibSync(new Uint8Array(101 * 1024 * 1024)) };
    const e2 = await failure('a.pdf', buildPdf(bomb));
    expect(e2.kind).toBe('too-large');
    expect(e2.message).toBe(PDF_MESSAGES.tooLarge);
  });

  it('says what to do with an OFD, an old Word or WPS document and a spreadsheet', async () => {
    expect((await failure('年度报告.ofd', new Uint8Array(10))).message).toBe(READ_MESSAGES.ofd);
    expect((await failure('年度报告.wps', new Uint8Array(10))).message).toBe(READ_MESSAGES.oldWps);
    for (const name of ['统计表.xls', '统计表.xlsx', '统计表.et'])
      expect((await failure(name, new Uint8Array(10))).message).toBe(READ_MESSAGES.spreadsheet);
    // an old Word document renamed .txt is still no text
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await failure('报告.txt', ole)).message).toBe(READ_MESSAGES.oldDoc);
  });
  it('refuses an empty or blank text file instead of reading it as a report with nothing in it', async () => {
    const utf8 = (t: string) => new TextEncoder().encode(t);
    for (const [name, bytes] of [
      ['空文件.txt', new Uint8Array(0)],
      ['空白.txt', utf8(' \r\n\t\u3000\n')],
      ['只有BOM.txt', new Uint8Array([0xef, 0xbb, 0xbf, 0x0a])],
      ['空网页.html', utf8('\n\n')],
    ] as const)
      expect((await failure(name, bytes)).message, name).toBe(READ_MESSAGES.empty);
    // one character is a text (the importer then says what it did not find)
    expect((await readSourceBytes('一字.txt', utf8('年'))).kind).toBe('published');
  });

  it('says a picture is a picture and an archive must be unpacked, by first bytes or by name', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]);
    const webp = new Uint8Array([0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50]);
    expect((await failure('截图.png', png)).message).toBe(READ_MESSAGES.image('PNG'));
    expect((await failure('年报第3页', jpeg)).message).toBe(READ_MESSAGES.image('JPEG'));
    expect((await failure('扫描件.txt', webp)).message).toBe(READ_MESSAGES.image('WebP'));
    expect((await failure('照片.JPG', new Uint8Array(8))).message).toBe(READ_MESSAGES.image('JPEG'));
    expect((await failure('照片.bmp', new Uint8Array([0x42, 0x4d, 0, 0]))).message).toBe(
      READ_MESSAGES.image('BMP'),
    );
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);
    expect((await failure('各单位年报.zip', zip)).message).toBe(READ_MESSAGES.archive('ZIP'));
    expect((await failure('各单位年报', zip)).message).toBe(READ_MESSAGES.archive('ZIP'));
    expect(
      (await failure('各单位年报.rar', new Uint8Array([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]))).message,
    ).toBe(READ_MESSAGES.archive('RAR'));
    expect((await failure('年报.7z', new Uint8Array(6))).message).toBe(READ_MESSAGES.archive('7Z'));
    // a text that happens to begin with 「BM」 or 「PK」 is still a text
    expect((await readSourceBytes('BM局年报.txt', new TextEncoder().encode('BM局2021年报告'))).kind).toBe(
      'published',
    );
  });
});
