// Encrypted test PDFs for src/domain/pdf-text (all made here, from our own text):
// - rc4-libreoffice.pdf: LibreOffice Writer's PDF with only a permission password (RC4 128, R3);
// - password-libreoffice.pdf: the same with an open password (must be refused);
// - aes128.pdf: a hand-built file (test-pdf.ts) encrypted with AESV2 (V4/R4), an empty user
//   password; its streams are encrypted by the openssl command line, not by our own AES;
// - aes256-r6.pdf, aes256-r5.pdf, aes256-password.pdf: the same text as a plain file encrypted by qpdf
//   with AES-256 (revision 6, revision 5; the last with an open password, to be refused).
//   npx tsx scripts/corpus-pdf/make-encrypted-fixtures.ts
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { md5, rc4 } from '../../src/domain/pdf-text/ciphers';
import { at, buildPdf, type PdfBody, simpleDocument } from '../../src/domain/pdf-text/test-pdf';

const OUT = join(import.meta.dirname, '../../src/domain/pdf-text/fixtures');
const work = mkdtempSync(join(tmpdir(), 'nianbao-enc-'));
const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e,
  0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);
const cat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

function libreOffice(name: string, options: string): void {
  const html = join(work, `${name}.html`);
  writeFileSync(
    html,
    '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>政府信息公开工作年度报告</p><p>本年新收申请 23 件</p></body></html>',
  );
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(work, 'lo')).href}`,
      '--headless',
      '--convert-to',
      `pdf:writer_web_pdf_Export:${options}`,
      '--outdir',
      work,
      html,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  copyFileSync(join(work, `${name}.pdf`), join(OUT, `${name}.pdf`));
}

libreOffice(
  'rc4-libreoffice',
  '{"EncryptFile":{"type":"boolean","value":"true"},"PermissionPassword":{"type":"string","value":"owner"},"RestrictPermissions":{"type":"boolean","value":"true"}}',
);
libreOffice(
  'password-libreoffice',
  '{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}',
);

// AESV2, §7.6.3.3 Algorithm 2 (key) and 5 (U) with the empty user password; O is any 32 bytes
// (the owner password is never checked by a reader opening the file with the user password).
const o = md5(new TextEncoder().encode('owner')).map((b, k) => b ^ k);
const O = cat(o, o);
const P = -4;
const ID = md5(new TextEncoder().encode('nianbao aes fixture'));
const pBytes = Uint8Array.from([P & 255, (P >> 8) & 255, (P >> 16) & 255, (P >>> 24) & 255]);
let hash = md5(cat(PAD, O, pBytes, ID));
for (let k = 0; k < 50; k++) hash = md5(hash.subarray(0, 16));
const key = hash.slice(0, 16);
let u = rc4(key, md5(cat(PAD, ID)));
for (let i = 1; i <= 19; i++)
  u = rc4(
    key.map((b) => b ^ i),
    u,
  );
const U = cat(u, new Uint8Array(16));

const contents = [at(72, 700, '加密的年度报告') + at(72, 680, '本年新收申请 23 件')];
const bodies: PdfBody[] = simpleDocument(contents, { compress: true });
const encryptNum = bodies.length + 1;
bodies.push(
  `<< /Filter /Standard /V 4 /R 4 /Length 128 /CF << /StdCF << /CFM /AESV2 /AuthEvent /DocOpen /Length 16 >> >> /StmF /StdCF /StrF /StdCF /O <${hex(O)}> /U <${hex(U)}> /P ${P} >>`,
);
const encrypted = bodies.map((body, k) => {
  if (typeof body === 'string') return body;
  const num = k + 1;
  const objectKey = md5(
    cat(
      key,
      Uint8Array.from([num & 255, (num >> 8) & 255, 0, 0, 0]),
      Uint8Array.from([0x73, 0x41, 0x6c, 0x54]),
    ),
  );
  const iv = md5(Uint8Array.from([num]));
  const data = typeof body.data === 'string' ? new TextEncoder().encode(body.data) : body.data;
  const input = join(work, `s${num}`);
  writeFileSync(input, data);
  const cipher = execFileSync('openssl', [
    'enc',
    '-aes-128-cbc',
    '-K',
    hex(objectKey),
    '-iv',
    hex(iv),
    '-in',
    input,
  ]);
  return { dict: body.dict, data: cat(iv, new Uint8Array(cipher)) };
});
writeFileSync(
  join(OUT, 'aes128.pdf'),
  buildPdf(encrypted, { trailer: `/Encrypt ${encryptNum} 0 R /ID [<${hex(ID)}> <${hex(ID)}>]` }),
);
console.log('written rc4-libreoffice.pdf, password-libreoffice.pdf, aes128.pdf');

// AES-256 (V5) by qpdf from a hand-built plain file: revision 6 (PDF 2.0) and revision 5 with an
// empty user password (only the owner password set), and revision 6 with an open password (refused).
const plain = join(work, 'plain.pdf');
writeFileSync(plain, buildPdf(simpleDocument(contents, { compress: true })));
const qpdf = (user: string, out: string, ...extra: string[]) =>
  execFileSync('qpdf', ['--encrypt', user, 'owner', '256', ...extra, '--', plain, join(OUT, out)], {
    stdio: 'pipe',
  });
qpdf('', 'aes256-r6.pdf');
qpdf('', 'aes256-r5.pdf', '--force-R5');
qpdf('secret', 'aes256-password.pdf');
console.log('written aes256-r6.pdf, aes256-r5.pdf, aes256-password.pdf');
