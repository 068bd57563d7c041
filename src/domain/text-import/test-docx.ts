// .docx files built for the tests (unit and e2e): a plain one from lines of text, and hostile
// ones whose document.xml inflates to many megabytes from a file of a few hundred KB, optionally
// with a central directory that lies about the inflated size.
import { Zip, ZipDeflate } from 'fflate';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const TAIL = '</w:body></w:document>';

const utf8 = (s: string) => new TextEncoder().encode(s);
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One paragraph per line; tabs become Word tabs (the published tables are tab-separated text). */
export function paragraphsXml(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const runs = line
        .split('\t')
        .map((part) => `<w:t xml:space="preserve">${escapeXml(part)}</w:t>`)
        .join('<w:tab/>');
      return `<w:p><w:r>${runs}</w:r></w:p>`;
    })
    .join('');
}

/** A zip of the three parts a .docx reader needs, document.xml streamed from `body` chunks. */
function buildDocx(body: Iterable<Uint8Array>): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.push(chunk);
  });
  const add = (name: string, chunks: Iterable<Uint8Array>) => {
    const file = new ZipDeflate(name, { level: 9 });
    zip.add(file);
    for (const c of chunks) file.push(c);
    file.push(new Uint8Array(0), true);
  };
  add('[Content_Types].xml', [utf8(CONTENT_TYPES)]);
  add('_rels/.rels', [utf8(RELS)]);
  add('word/document.xml', body);
  zip.end();
  const bytes = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of out) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

export function plainDocx(text: string): Uint8Array {
  return buildDocx([utf8(HEAD + paragraphsXml(text) + TAIL)]);
}

/**
 * A .docx whose document.xml is one paragraph of `inflatedMb` MiB of the same character: about
 * 1.7 KB on disk per MiB.
 */
export function bombDocx(inflatedMb: number): Uint8Array {
  // 349,525 × 3 bytes + 1 = one MiB of UTF-8
  const mb = utf8(`${'年'.repeat(349_525)} `);
  function* body() {
    yield utf8(`${HEAD}<w:p><w:r><w:t>`);
    for (let i = 0; i < inflatedMb; i++) yield mb;
    yield utf8(`</w:t></w:r></w:p>${TAIL}`);
  }
  return buildDocx(body());
}

/** A copy of a zip whose central directory declares `size` as the inflated size of `name`. */
export function withDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    const entryName = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (entryName === name) view.setUint32(at + 24, size, true);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return bytes;
}
