// The reading of an imported file (issue 16, item 6): the hostile .docx is refused with a clear
// Chinese message, a plain .docx is read, and the limits hold without a worker too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bombDocx, plainDocx, withDeclaredSize } from '../../domain/text-import/test-docx';
import { ImportReadError, READ_MESSAGES, readSourceBytes } from './read-bytes';

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

  it('says what to do with a PDF, an OFD, an old Word or WPS document and a spreadsheet', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj');
    expect((await failure('年度报告.pdf', pdf)).message).toBe(READ_MESSAGES.pdf);
    // a PDF saved without its extension is known by its first bytes
    expect((await failure('年度报告', pdf)).message).toBe(READ_MESSAGES.pdf);
    expect((await failure('年度报告.PDF', new Uint8Array(10))).message).toBe(READ_MESSAGES.pdf);
    expect((await failure('年度报告.ofd', new Uint8Array(10))).message).toBe(READ_MESSAGES.ofd);
    expect((await failure('年度报告.wps', new Uint8Array(10))).message).toBe(READ_MESSAGES.oldWps);
    for (const name of ['统计表.xls', '统计表.xlsx', '统计表.et'])
      expect((await failure(name, new Uint8Array(10))).message).toBe(READ_MESSAGES.spreadsheet);
    // an old Word document renamed .txt is still no text
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await failure('报告.txt', ole)).message).toBe(READ_MESSAGES.oldDoc);
  });
});
