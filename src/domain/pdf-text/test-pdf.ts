// Test helper: small PDFs written by hand, byte for byte, to test the reader on each structure and
// operator it supports (classic xref or a cross-reference stream, object streams, incremental
// updates, broken offsets; fonts: an Identity-H CID font with a ToUnicode CMap, a WinAnsi simple
// font, a font without any text mapping). Deterministic; not used by the app.

import { zlibSync } from 'fflate';
import { concatBytes } from '../concat-bytes';

const enc = new TextEncoder();
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 255);

export type PdfBody = string | { dict: string; data: Uint8Array | string };

/** `dict` with its stream: Flate-compressed when `compress` (the /Filter added). */
export function stream(dict: string, data: Uint8Array | string, compress = false): PdfBody {
  const bytes = typeof data === 'string' ? latin1(data) : data;
  if (!compress) return { dict, data: bytes };
  return { dict: `${dict.replace(/>>\s*$/, '')} /Filter /FlateDecode >>`, data: zlibSync(bytes) };
}

export type XrefStyle = 'table' | 'stream';

export type BuildOptions = {
  xref?: XrefStyle;
  /** objects (by number) written inside one object stream (needs xref 'stream') */
  inObjectStream?: number[];
  /** extra trailer entries, e.g. `/Encrypt 9 0 R` */
  trailer?: string;
  /** bytes before %PDF- (junk some servers prepend) */
  prefix?: string;
};

/** A whole file from object bodies (object n is bodies[n-1]); /Root is object 1. */
export function buildPdf(bodies: readonly PdfBody[], options: BuildOptions = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  let length = 0;
  const push = (b: Uint8Array | string) => {
    const bytes = typeof b === 'string' ? latin1(b) : b;
    parts.push(bytes);
    length += bytes.length;
  };
  if (options.prefix) push(options.prefix);
  const start = length;
  push('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
  const offsets = new Map<number, number>();
  const packed = new Set(options.inObjectStream ?? []);
  const writeObject = (num: number, body: PdfBody) => {
    offsets.set(num, length - start);
    if (typeof body === 'string') push(`${num} 0 obj\n${body}\nendobj\n`);
    else {
      push(`${num} 0 obj\n${body.dict.replace(/>>\s*$/, '')} /Length ${body.data.length} >>\nstream\n`);
      push(typeof body.data === 'string' ? latin1(body.data) : body.data);
      push('\nendstream\nendobj\n');
    }
  };
  bodies.forEach((body, k) => {
    if (!packed.has(k + 1)) writeObject(k + 1, body);
  });
  let size = bodies.length + 1;
  let objStmNum = 0;
  const inStream = new Map<number, number>();
  if (packed.size > 0) {
    objStmNum = size++;
    const nums = [...packed].sort((a, b) => a - b);
    let header = '';
    let body = '';
    nums.forEach((num, k) => {
      const b = bodies[num - 1];
      if (typeof b !== 'string') throw new Error('only non-stream objects go into an object stream');
      header += `${num} ${body.length} `;
      body += `${b}\n`;
      inStream.set(num, k);
    });
    const data = zlibSync(enc.encode(header + body));
    writeObject(objStmNum, {
      dict: `<< /Type /ObjStm /N ${nums.length} /First ${enc.encode(header).length} /Filter /FlateDecode >>`,
      data,
    });
  }
  const xrefAt = length - start;
  const trailerExtra = options.trailer ?? '';
  if ((options.xref ?? 'table') === 'table') {
    let table = `xref\n0 ${size}\n0000000000 65535 f \n`;
    for (let n = 1; n < size; n++) {
      const off = offsets.get(n);
      table += off === undefined ? '0000000000 65535 f \n' : `${String(off).padStart(10, '0')} 00000 n \n`;
    }
    push(`${table}trailer\n<< /Size ${size} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xrefAt}\n%%EOF\n`);
  } else {
    // A cross-reference stream, /W [1 4 2], with the PNG Up predictor as Acrobat writes it.
    const xrefNum = size++;
    offsets.set(xrefNum, xrefAt);
    const rows: number[][] = [];
    for (let n = 0; n < size; n++) {
      const off = offsets.get(n);
      const packedAt = inStream.get(n);
      if (packedAt !== undefined) rows.push([2, objStmNum, packedAt]);
      else if (off !== undefined) rows.push([1, off, 0]);
      else rows.push([0, 0, 0]);
    }
    const raw: number[] = [];
    let previous = [0, 0, 0, 0, 0, 0, 0];
    for (const [t, f2, f3] of rows) {
      const row = [
        t!,
        (f2! >>> 24) & 255,
        (f2! >>> 16) & 255,
        (f2! >>> 8) & 255,
        f2! & 255,
        (f3! >> 8) & 255,
        f3! & 255,
      ];
      raw.push(2, ...row.map((v, i) => (v - previous[i]! + 256) & 255));
      previous = row;
    }
    const data = zlibSync(Uint8Array.from(raw));
    push(
      `${xrefNum} 0 obj\n<< /Type /XRef /Size ${size} /W [1 4 2] /Root 1 0 R ${trailerExtra} /Filter /FlateDecode /DecodeParms << /Columns 7 /Predictor 12 >> /Length ${data.length} >>\nstream\n`,
    );
    push(data);
    push(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`);
  }
  return concatBytes(parts);
}

/** An incremental update: `objects` (number → body) appended with a classic xref section whose /Prev is the file's last. */
export function appendUpdate(
  file: Uint8Array,
  objects: ReadonlyMap<number, string>,
  size: number,
): Uint8Array {
  const text = new TextDecoder('latin1').decode(file);
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
  const parts: Uint8Array[] = [file];
  let length = file.length;
  const offsets = new Map<number, number>();
  for (const [num, body] of objects) {
    offsets.set(num, length);
    const bytes = latin1(`${num} 0 obj\n${body}\nendobj\n`);
    parts.push(bytes);
    length += bytes.length;
  }
  let table = 'xref\n';
  for (const [num, off] of [...offsets].sort((a, b) => a[0] - b[0])) {
    table += `${num} 1\n${String(off).padStart(10, '0')} 00000 n \n`;
  }
  parts.push(
    latin1(`${table}trailer\n<< /Size ${size} /Root 1 0 R /Prev ${prev} >>\nstartxref\n${length}\n%%EOF\n`),
  );
  return concatBytes(parts);
}

/** A string in the CID font's encoding: 2 bytes per character, the code is the BMP code point. */
export function cid(text: string): string {
  let hex = '';
  for (const ch of text) hex += (ch.codePointAt(0)! & 0xffff).toString(16).padStart(4, '0');
  return `<${hex}>`;
}

/** A literal string for the WinAnsi font. */
export function lit(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

const TO_UNICODE_IDENTITY = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CMapName /Test-UCS def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
2 beginbfrange
<0000> <D7FF> <0000>
<E000> <FFFF> <E000>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end
`;

/**
 * Objects for a one-font-per-kind document: the caller's page contents become pages of A4. Fonts:
 * /C = Type0 Identity-H (code = code point; ASCII half a font size wide, the rest a full one) with a
 * ToUnicode CMap; /H = Helvetica, WinAnsiEncoding, every glyph 500 units; /X = an Identity-H font
 * without ToUnicode (its codes map to no text).
 */
export function simpleDocument(
  contents: readonly string[],
  options: { compress?: boolean; extraResources?: string; extraObjects?: PdfBody[] } = {},
): PdfBody[] {
  const n = contents.length;
  // 1 catalog, 2 pages, 3 resources, 4 C, 5 C's CIDFont, 6 ToUnicode, 7 H, 8 X, 9 X's CIDFont, then pages and contents
  const firstPage = 10;
  const extraStart = firstPage + 2 * n;
  const kids = contents.map((_, k) => `${firstPage + 2 * k} 0 R`).join(' ');
  const bodies: PdfBody[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${n} /MediaBox [0 0 595 842] /Resources 3 0 R >>`,
    `<< /Font << /C 4 0 R /H 7 0 R /X 8 0 R >> ${options.extraResources ?? ''} >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /TestSong /Encoding /Identity-H /DescendantFonts [5 0 R] /ToUnicode 6 0 R >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestSong /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 /W [32 126 500] >>',
    stream('<< >>', TO_UNICODE_IDENTITY, options.compress),
    `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 /Widths [${new Array(224).fill(500).join(' ')}] >>`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /NoMap /Encoding /Identity-H /DescendantFonts [9 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NoMap /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>',
  ];
  contents.forEach((c, k) => {
    bodies.push(`<< /Type /Page /Parent 2 0 R /Contents ${firstPage + 2 * k + 1} 0 R >>`);
    bodies.push(stream('<< >>', enc.encode(c), options.compress));
  });
  void extraStart;
  for (const extra of options.extraObjects ?? []) bodies.push(extra);
  return bodies;
}

/** The number the first of `extraObjects` gets in simpleDocument. */
export const extraObjectNumber = (pages: number) => 10 + 2 * pages;

/** A text object showing `text` in the CID font at (x, y), size 12. */
export const at = (x: number, y: number, text: string, size = 12) =>
  `BT /C ${size} Tf 1 0 0 1 ${x} ${y} Tm ${cid(text)} Tj ET\n`;
