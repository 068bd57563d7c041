// Fonts as a text reader needs them (§9.5–9.10): how a shown string splits into codes, each code's
// text and advance width. Composite fonts (Type0: CIDFontType2/0, Identity-H/V or an embedded or a
// Unicode/GBK predefined CMap, /W and /W2 widths) and simple fonts (Type1, TrueType, Type3; /Widths,
// a base encoding with /Differences). The text comes from the ToUnicode CMap first, then from the
// encoding; a code that neither maps gives `null` — unreadable, never a guessed character.
import { CMap, type Code, parseCMap, splitFixed } from './cmap';
import type { PdfDocument } from './document';
import { baseEncoding, type EncodingName, glyphNameText } from './encodings';
import { arrayOf, isDict, nameOf, numOf, type PdfDict, type PdfObject, PdfStream } from './objects';

export type GlyphInfo = {
  /** the text, '' for a code that stands for nothing, null when unknown */
  text: string | null;
  /** horizontal advance in text space (glyph units / 1000 for most fonts) */
  width: number;
  /** vertical advance (negative: downwards), for vertical fonts */
  vAdvance: number;
  /** a single-byte code 32: word spacing applies */
  wordSpace: boolean;
};

export type Font = {
  vertical: boolean;
  split(bytes: Uint8Array): Code[];
  glyph(code: Code): GlyphInfo;
};

const UNICODE_CMAPS = /^Uni(?:GB|CNS|JIS|KS)-(?:UCS2|UTF16)-[HV]$/;
const GBK_CMAPS = /^(?:GB-EUC|GBpc-EUC|GBK-EUC|GBKp-EUC|GBK2K)-[HV]$/;

export function loadFont(doc: PdfDocument, dict: PdfDict): Font {
  const subtype = nameOf(doc.resolve(dict.get('Subtype')));
  const toUnicode = readToUnicode(doc, dict);
  if (subtype === 'Type0') return compositeFont(doc, dict, toUnicode);
  return simpleFont(doc, dict, toUnicode, subtype);
}

function readToUnicode(doc: PdfDocument, dict: PdfDict): CMap | null {
  const stream = doc.resolve(dict.get('ToUnicode'));
  if (!(stream instanceof PdfStream)) return null;
  try {
    const cmap = parseCMap(doc.streamData(stream));
    return cmap.hasUnicode ? cmap : null;
  } catch (e) {
    if (e instanceof Error && e.name === 'PdfLimitError') throw e;
    return null;
  }
}

function compositeFont(doc: PdfDocument, dict: PdfDict, toUnicode: CMap | null): Font {
  const encodingObj = doc.resolve(dict.get('Encoding'));
  const encodingName = nameOf(encodingObj);
  let encoding: CMap | null = null;
  let vertical = false;
  let unicodeCodes: 'utf16' | 'gbk' | null = null;
  if (encodingName === 'Identity-H' || encodingName === 'Identity-V') {
    encoding = identityCMap();
    vertical = encodingName === 'Identity-V';
  } else if (encodingName && UNICODE_CMAPS.test(encodingName)) {
    encoding = utf16CMap();
    unicodeCodes = 'utf16';
    vertical = encodingName.endsWith('-V');
  } else if (encodingName && GBK_CMAPS.test(encodingName)) {
    encoding = gbkCMap();
    unicodeCodes = 'gbk';
    vertical = encodingName.endsWith('-V');
  } else if (encodingObj instanceof PdfStream) {
    try {
      encoding = parseCMap(doc.streamData(encodingObj));
      vertical = encoding.vertical || numOf(encodingObj.dict.get('WMode')) === 1;
    } catch (e) {
      if (e instanceof Error && e.name === 'PdfLimitError') throw e;
      encoding = null;
    }
  }
  const descendant = doc.dict(arrayOf(doc.resolve(dict.get('DescendantFonts')))?.[0]);
  const widths = new CidWidths(doc, descendant);
  const gbk = unicodeCodes === 'gbk' ? new TextDecoder('gbk') : null;
  const split = (bytes: Uint8Array) => (encoding ? encoding.split(bytes) : splitFixed(bytes, 2));
  return {
    vertical,
    split,
    glyph(c: Code): GlyphInfo {
      const cid = encoding?.cid(c.code, c.n) ?? (unicodeCodes ? undefined : c.code);
      let text: string | null = toUnicode?.unicode(c.code, c.n) ?? null;
      if (text === null && unicodeCodes === 'utf16') text = codeBytesText(c, (b) => utf16(b));
      if (text === null && gbk) {
        const decoded = codeBytesText(c, (b) => gbk.decode(b));
        text = decoded.includes('\uFFFD') ? null : decoded;
      }
      // Half-width codes of a GBK CMap (ASCII) are half as wide when the CID is unknown.
      const width =
        cid === undefined ? (unicodeCodes === 'gbk' && c.n === 1 ? 0.5 : widths.dw) : widths.width(cid);
      return {
        text,
        width,
        vAdvance: cid === undefined ? -1 : widths.vertical(cid),
        wordSpace: c.n === 1 && c.code === 32,
      };
    },
  };
}

const codeBytesText = (c: Code, decode: (b: Uint8Array) => string) => {
  const bytes = new Uint8Array(c.n);
  let v = c.code;
  for (let k = c.n - 1; k >= 0; k--) {
    bytes[k] = v & 255;
    v = Math.floor(v / 256);
  }
  return decode(bytes);
};
const utf16 = (b: Uint8Array) => {
  let s = '';
  for (let i = 0; i + 1 < b.length; i += 2) s += String.fromCharCode((b[i]! << 8) | b[i + 1]!);
  return s;
};

function identityCMap(): CMap {
  const c = new CMap();
  c.codespaces.push({ n: 2, lo: [0, 0], hi: [255, 255] });
  c.identityBase = true;
  return c;
}
function utf16CMap(): CMap {
  const c = new CMap();
  c.codespaces.push({ n: 2, lo: [0, 0], hi: [0xd7, 0xff] });
  c.codespaces.push({ n: 4, lo: [0xd8, 0, 0xdc, 0], hi: [0xdb, 0xff, 0xdf, 0xff] });
  c.codespaces.push({ n: 2, lo: [0xe0, 0], hi: [0xff, 0xff] });
  return c;
}
function gbkCMap(): CMap {
  const c = new CMap();
  c.codespaces.push({ n: 1, lo: [0], hi: [0x80] });
  c.codespaces.push({ n: 2, lo: [0x81, 0x40], hi: [0xfe, 0xfe] });
  return c;
}

/** /W, /DW (and /W2, /DW2) of a CIDFont, kept as entries and ranges. */
class CidWidths {
  readonly dw: number;
  private readonly single = new Map<number, number>();
  private readonly ranges: { lo: number; hi: number; w: number }[] = [];
  private readonly dw2: number;
  private readonly v = new Map<number, number>();

  constructor(doc: PdfDocument, font: PdfDict | null) {
    this.dw = (numOf(doc.resolve(font?.get('DW'))) ?? 1000) / 1000;
    const dw2 = arrayOf(doc.resolve(font?.get('DW2')));
    this.dw2 = (numOf(dw2?.[1]) ?? -1000) / 1000;
    const w = arrayOf(doc.resolve(font?.get('W'))) ?? [];
    for (let i = 0; i < w.length && i < 200_000; ) {
      const first = numOf(doc.resolve(w[i]));
      const next = doc.resolve(w[i + 1]);
      if (first === null) break;
      const list = arrayOf(next);
      if (list) {
        list.forEach((x, k) => {
          const n = numOf(doc.resolve(x));
          if (n !== null) this.single.set(first + k, n / 1000);
        });
        i += 2;
      } else {
        const last = numOf(next);
        const width = numOf(doc.resolve(w[i + 2]));
        if (last === null || width === null) break;
        this.ranges.push({ lo: first, hi: last, w: width / 1000 });
        i += 3;
      }
    }
    const w2 = arrayOf(doc.resolve(font?.get('W2'))) ?? [];
    for (let i = 0; i < w2.length && i < 200_000; ) {
      const first = numOf(doc.resolve(w2[i]));
      const list = arrayOf(doc.resolve(w2[i + 1]));
      if (first === null) break;
      if (list) {
        for (let k = 0; k * 3 < list.length; k++) {
          const n = numOf(doc.resolve(list[k * 3]));
          if (n !== null) this.v.set(first + k, n / 1000);
        }
        i += 2;
      } else {
        i += 5;
      }
    }
  }

  width(cid: number): number {
    const s = this.single.get(cid);
    if (s !== undefined) return s;
    for (const r of this.ranges) if (cid >= r.lo && cid <= r.hi) return r.w;
    return this.dw;
  }
  vertical(cid: number): number {
    return this.v.get(cid) ?? this.dw2;
  }
}

const STANDARD_SYMBOLIC = /^(?:Symbol|ZapfDingbats)/;

function simpleFont(doc: PdfDocument, dict: PdfDict, toUnicode: CMap | null, subtype: string | null): Font {
  const descriptor = doc.dict(dict.get('FontDescriptor'));
  const flags = numOf(doc.resolve(descriptor?.get('Flags'))) ?? 0;
  const baseFont = (nameOf(doc.resolve(dict.get('BaseFont'))) ?? '').replace(/^[A-Z]{6}\+/, '');
  const symbolic = (flags & 4) !== 0 && (flags & 32) === 0;
  const embedded =
    descriptor !== null &&
    (descriptor.get('FontFile') !== undefined ||
      descriptor.get('FontFile2') !== undefined ||
      descriptor.get('FontFile3') !== undefined);

  // The encoding: code → glyph name.
  const encodingObj = doc.resolve(dict.get('Encoding'));
  let base: EncodingName | null = null;
  let differences: PdfObject[] = [];
  const named = (n: string | null): EncodingName | null =>
    n === 'StandardEncoding' || n === 'WinAnsiEncoding' || n === 'MacRomanEncoding' ? n : null;
  if (isDict(encodingObj)) {
    base = named(nameOf(doc.resolve(encodingObj.get('BaseEncoding'))));
    differences = arrayOf(doc.resolve(encodingObj.get('Differences'))) ?? [];
  } else {
    base = named(nameOf(encodingObj));
  }
  // Without a base encoding: a non-symbolic font uses the standard one (TrueType: WinAnsi, as readers
  // do); a symbolic font's own built-in encoding is unknown here, and so is its text.
  const builtinKnown = !(symbolic && embedded) && !STANDARD_SYMBOLIC.test(baseFont) && subtype !== 'Type3';
  const table: (string | undefined)[] = base
    ? baseEncoding(base)
    : builtinKnown
      ? baseEncoding(subtype === 'TrueType' ? 'WinAnsiEncoding' : 'StandardEncoding')
      : new Array(256).fill(undefined);
  let code = 0;
  for (const d of differences) {
    const o = doc.resolve(d);
    if (typeof o === 'number') code = o;
    else {
      const name = nameOf(o);
      if (name !== null && code >= 0 && code < 256) table[code] = name;
      code++;
    }
  }

  // Widths: /Widths from /FirstChar, else /MissingWidth; Type3 glyph space is its /FontMatrix.
  const firstChar = numOf(doc.resolve(dict.get('FirstChar'))) ?? 0;
  const widthList = (arrayOf(doc.resolve(dict.get('Widths'))) ?? []).map((w) => numOf(doc.resolve(w)));
  const missing = numOf(doc.resolve(descriptor?.get('MissingWidth')));
  const matrix = arrayOf(doc.resolve(dict.get('FontMatrix')));
  const scale = subtype === 'Type3' ? (numOf(matrix?.[0]) ?? 0.001) : 0.001;
  const fallbackWidth = missing ?? (widthList.length === 0 ? standardWidth(baseFont) : 0);

  return {
    vertical: false,
    split: (bytes) => splitFixed(bytes, 1),
    glyph(c: Code): GlyphInfo {
      let text: string | null = toUnicode?.unicode(c.code, c.n) ?? null;
      if (text === null) {
        const name = table[c.code];
        text = name === undefined ? null : (glyphNameText(name) ?? null);
      }
      const w = widthList[c.code - firstChar];
      const width = (w ?? fallbackWidth) * scale;
      return { text, width, vAdvance: -1, wordSpace: c.code === 32 };
    },
  };
}

/** The standard 14 fonts without /Widths (old files): an average advance per family. */
function standardWidth(baseFont: string): number {
  if (/Courier/i.test(baseFont)) return 600;
  if (/Times/i.test(baseFont)) return 480;
  return 540;
}
