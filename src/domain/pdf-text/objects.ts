// PDF objects and their syntax (PDF 1.7, ISO 32000-1 §7.2–7.3): a lexer over the file's bytes and a
// parser of one object at a time. It never trusts the input: every loop advances, nesting is capped,
// and what it cannot read becomes `null` or a PdfSyntaxError, never an exception of another kind.

export class PdfName {
  constructor(readonly name: string) {}
}
/** A string's bytes, as written (literal or hex); what they mean depends on where they are used. */
export class PdfString {
  constructor(readonly bytes: Uint8Array) {}
}
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}
export class PdfDict {
  constructor(readonly map: Map<string, PdfObject> = new Map()) {}
  get(key: string): PdfObject | undefined {
    return this.map.get(key);
  }
}
export class PdfStream {
  /** the object it was written as (an encrypted file's streams are decrypted with its number) */
  origin: { num: number; gen: number } | null = null;
  constructor(
    readonly dict: PdfDict,
    /** the bytes between `stream` and `endstream`, still encoded (and encrypted) */
    readonly raw: Uint8Array,
  ) {}
}
/** An operator of a content stream (`Tj`, `BT`, …), or a keyword such as `obj` in a file. */
export class PdfOp {
  constructor(readonly op: string) {}
}

export type PdfObject =
  | null
  | boolean
  | number
  | PdfName
  | PdfString
  | PdfRef
  | PdfDict
  | PdfStream
  | PdfObject[];

export class PdfSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfSyntaxError';
  }
}

const MAX_NESTING = 64;

// Character classes (§7.2.2): white-space and delimiters.
const WHITE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;

export const isWhite = (c: number) => WHITE[c] === 1;
const isRegular = (c: number) => WHITE[c] !== 1 && DELIM[c] !== 1;

export type Token =
  | { t: 'num'; v: number }
  | { t: 'name'; v: string }
  | { t: 'str'; v: Uint8Array }
  | { t: 'kw'; v: string }
  | { t: 'open'; v: '[' | '<<' | '{' }
  | { t: 'close'; v: ']' | '>>' | '}' }
  | { t: 'eof' };

const EOF: Token = { t: 'eof' };

const hexValue = (c: number) =>
  c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;

export class Lexer {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    start = 0,
    readonly end = bytes.length,
  ) {
    this.pos = start;
  }

  skipWhite(): void {
    const b = this.bytes;
    while (this.pos < this.end) {
      const c = b[this.pos]!;
      if (WHITE[c] === 1) this.pos++;
      else if (c === 37) {
        // % comment to the end of the line
        while (this.pos < this.end && b[this.pos] !== 10 && b[this.pos] !== 13) this.pos++;
      } else break;
    }
  }

  next(): Token {
    this.skipWhite();
    if (this.pos >= this.end) return EOF;
    const b = this.bytes;
    const c = b[this.pos]!;
    switch (c) {
      case 91: // [
        this.pos++;
        return { t: 'open', v: '[' };
      case 93:
        this.pos++;
        return { t: 'close', v: ']' };
      case 123:
        this.pos++;
        return { t: 'open', v: '{' };
      case 125:
        this.pos++;
        return { t: 'close', v: '}' };
      case 60: // <
        if (b[this.pos + 1] === 60) {
          this.pos += 2;
          return { t: 'open', v: '<<' };
        }
        return { t: 'str', v: this.hexString() };
      case 62: // >
        this.pos += b[this.pos + 1] === 62 ? 2 : 1;
        return { t: 'close', v: '>>' };
      case 40: // (
        return { t: 'str', v: this.literalString() };
      case 47: // /
        return { t: 'name', v: this.name() };
      case 41: // a stray )
        this.pos++;
        return this.next();
      default:
        break;
    }
    const start = this.pos;
    while (this.pos < this.end && isRegular(b[this.pos]!)) this.pos++;
    const word = latin1(b, start, this.pos);
    const n = numberOf(word);
    return n === null ? { t: 'kw', v: word } : { t: 'num', v: n };
  }

  private name(): string {
    const b = this.bytes;
    this.pos++; // the slash
    const out: number[] = [];
    while (this.pos < this.end && isRegular(b[this.pos]!)) {
      const c = b[this.pos]!;
      if (c === 35 && this.pos + 2 < this.end) {
        const h = hexValue(b[this.pos + 1]!);
        const l = hexValue(b[this.pos + 2]!);
        if (h >= 0 && l >= 0) {
          out.push(h * 16 + l);
          this.pos += 3;
          continue;
        }
      }
      out.push(c);
      this.pos++;
    }
    return bytesToLatin1(out);
  }

  private hexString(): Uint8Array {
    const b = this.bytes;
    this.pos++;
    const out: number[] = [];
    let high = -1;
    while (this.pos < this.end) {
      const c = b[this.pos++]!;
      if (c === 62) break;
      const v = hexValue(c);
      if (v < 0) continue;
      if (high < 0) high = v;
      else {
        out.push(high * 16 + v);
        high = -1;
      }
    }
    if (high >= 0) out.push(high * 16);
    return Uint8Array.from(out);
  }

  private literalString(): Uint8Array {
    const b = this.bytes;
    this.pos++;
    const out: number[] = [];
    let depth = 1;
    while (this.pos < this.end) {
      const c = b[this.pos++]!;
      if (c === 40) depth++;
      else if (c === 41) {
        depth--;
        if (depth === 0) break;
      } else if (c === 92) {
        if (this.pos >= this.end) break;
        const e = b[this.pos++]!;
        const simple: Record<number, number> = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12 };
        if (simple[e] !== undefined) out.push(simple[e]);
        else if (e >= 48 && e <= 55) {
          let v = e - 48;
          for (let k = 0; k < 2 && this.pos < this.end; k++) {
            const d = b[this.pos]!;
            if (d < 48 || d > 55) break;
            v = v * 8 + (d - 48);
            this.pos++;
          }
          out.push(v & 255);
        } else if (e === 13) {
          if (b[this.pos] === 10) this.pos++; // a line continuation
        } else if (e !== 10) out.push(e);
        continue;
      }
      out.push(c);
    }
    return Uint8Array.from(out);
  }
}

const latin1 = (b: Uint8Array, start: number, end: number) => {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(b[i]!);
  return s;
};
const bytesToLatin1 = (b: readonly number[]) => {
  let s = '';
  for (const c of b) s += String.fromCharCode(c);
  return s;
};

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;
function numberOf(word: string): number | null {
  if (!NUMBER.test(word)) {
    // Broken writers print 「--5」 or 「5-」; read the digits as a number, as readers do.
    if (/^[+-]*\d*\.?\d+[+-]?$/.test(word) && /\d/.test(word)) {
      const n = Number.parseFloat(word.replace(/^[+-]+/, (s) => (s.endsWith('-') ? '-' : '')));
      return Number.isFinite(n) ? n : 0;
    }
    return null;
  }
  const n = Number(word);
  return Number.isFinite(n) ? n : 0;
}

/**
 * Objects of the file: `n g R` references, and streams when `streamData` can find their bytes.
 * `onStream` gives the parser the stream's /Length (resolved by the document) so a stream whose
 * length is a reference or wrong is still cut at `endstream`.
 */
export class Parser {
  private buffered: Token[] = [];
  constructor(
    readonly lexer: Lexer,
    readonly resolveLength: ((obj: PdfObject) => number | null) | null = null,
  ) {}

  private takeToken(): Token {
    return this.buffered.shift() ?? this.lexer.next();
  }
  private peek(k = 0): Token {
    while (this.buffered.length <= k) this.buffered.push(this.lexer.next());
    return this.buffered[k]!;
  }

  /** In a content stream: the next operand, or operator (PdfOp), or undefined at the end. */
  nextContent(): PdfObject | PdfOp | undefined {
    const t = this.peek();
    if (t.t === 'eof') {
      this.takeToken();
      return undefined;
    }
    if (t.t === 'kw' && t.v !== 'true' && t.v !== 'false' && t.v !== 'null') {
      this.takeToken();
      return new PdfOp(t.v);
    }
    if (t.t === 'close') {
      this.takeToken();
      return null;
    }
    return this.parse();
  }

  /**
   * After `BI … ID`: skips the inline image's data to just after its `EI` (§8.9.7). The data is
   * binary; `EI` counts only between white-space (or at the end).
   */
  skipInlineImage(): void {
    // The image's dictionary up to ID.
    for (let k = 0; k < 10_000; k++) {
      const t = this.takeToken();
      if (t.t === 'eof') return;
      if (t.t === 'kw' && t.v === 'ID') break;
    }
    this.buffered = [];
    const b = this.lexer.bytes;
    const end = this.lexer.end;
    let p = this.lexer.pos + 1;
    for (; p + 1 < end; p++) {
      if (b[p] === 69 && b[p + 1] === 73 && isWhite(b[p - 1]!) && (p + 2 >= end || isWhite(b[p + 2]!))) {
        this.lexer.pos = p + 2;
        return;
      }
    }
    this.lexer.pos = end;
  }

  /** The next object; `null` for a keyword where an object should be (the caller decides). */
  parse(depth = 0): PdfObject {
    if (depth > MAX_NESTING) throw new PdfSyntaxError('objects nested too deeply');
    const tok = this.takeToken();
    switch (tok.t) {
      case 'num': {
        // n g R ?
        // (looking no further than needed: an inline image's data may follow `ID`)
        if (!Number.isInteger(tok.v) || tok.v < 0) return tok.v;
        const a = this.peek(0);
        if (a.t !== 'num' || !Number.isInteger(a.v)) return tok.v;
        const b = this.peek(1);
        if (b.t === 'kw' && b.v === 'R') {
          this.buffered.splice(0, 2);
          return new PdfRef(tok.v, a.v);
        }
        return tok.v;
      }
      case 'name':
        return new PdfName(tok.v);
      case 'str':
        return new PdfString(tok.v);
      case 'open':
        if (tok.v === '[') return this.array(depth);
        if (tok.v === '<<') return this.dictOrStream(depth);
        return null;
      case 'kw':
        if (tok.v === 'true') return true;
        if (tok.v === 'false') return false;
        return null;
      default:
        return null;
    }
  }

  private array(depth: number): PdfObject[] {
    const out: PdfObject[] = [];
    for (;;) {
      const t = this.peek();
      if (t.t === 'eof') return out;
      if (t.t === 'close') {
        this.takeToken();
        if (t.v === ']') return out;
        continue;
      }
      if (t.t === 'kw' && (t.v === 'endobj' || t.v === 'obj')) return out;
      out.push(this.parse(depth + 1));
    }
  }

  private dictOrStream(depth: number): PdfDict | PdfStream {
    const dict = new PdfDict();
    for (;;) {
      const t = this.peek();
      if (t.t === 'eof') break;
      if (t.t === 'close') {
        this.takeToken();
        if (t.v === '>>') break;
        continue;
      }
      if (t.t === 'kw' && (t.v === 'endobj' || t.v === 'stream' || t.v === 'obj')) break;
      if (t.t !== 'name') {
        this.takeToken();
        continue;
      }
      this.takeToken();
      const value = this.parse(depth + 1);
      dict.map.set(t.v, value);
    }
    // A stream follows its dictionary: `stream` then EOL.
    if (this.buffered.length === 0) {
      const save = this.lexer.pos;
      this.lexer.skipWhite();
      const b = this.lexer.bytes;
      const p = this.lexer.pos;
      if (
        b[p] === 115 &&
        b[p + 1] === 116 &&
        b[p + 2] === 114 &&
        b[p + 3] === 101 &&
        b[p + 4] === 97 &&
        b[p + 5] === 109 &&
        !isRegular(b[p + 6] ?? 32)
      ) {
        let start = p + 6;
        if (b[start] === 13) start++;
        if (b[start] === 10) start++;
        return new PdfStream(dict, this.streamBytes(dict, start));
      }
      this.lexer.pos = save;
    } else if (this.buffered[0]?.t === 'kw' && this.buffered[0].v === 'stream') {
      // Only reachable when a look-ahead read past the dictionary: rare; find the data after it.
      this.buffered = [];
      let start = this.lexer.pos;
      const b = this.lexer.bytes;
      if (b[start] === 13) start++;
      if (b[start] === 10) start++;
      return new PdfStream(dict, this.streamBytes(dict, start));
    }
    return dict;
  }

  private streamBytes(dict: PdfDict, start: number): Uint8Array {
    const b = this.lexer.bytes;
    const end = this.lexer.end;
    const declared = this.resolveLength ? this.resolveLength(dict.get('Length') ?? null) : null;
    if (declared !== null && declared >= 0 && start + declared <= end) {
      // The length is right when `endstream` follows (after optional white-space).
      let p = start + declared;
      while (p < end && isWhite(b[p]!)) p++;
      if (matchesAt(b, p, ENDSTREAM)) {
        this.lexer.pos = p + ENDSTREAM.length;
        return b.subarray(start, start + declared);
      }
    }
    const at = indexOf(b, ENDSTREAM, start, end);
    const stop = at < 0 ? end : at;
    this.lexer.pos = at < 0 ? end : at + ENDSTREAM.length;
    let dataEnd = stop;
    // The EOL before `endstream` is not data.
    if (dataEnd > start && b[dataEnd - 1] === 10) dataEnd--;
    if (dataEnd > start && b[dataEnd - 1] === 13) dataEnd--;
    return b.subarray(start, dataEnd);
  }
}

const ENDSTREAM = Uint8Array.from('endstream', (c) => c.charCodeAt(0));

export function matchesAt(b: Uint8Array, at: number, word: Uint8Array): boolean {
  if (at < 0 || at + word.length > b.length) return false;
  for (let i = 0; i < word.length; i++) if (b[at + i] !== word[i]) return false;
  return true;
}

export function indexOf(b: Uint8Array, word: Uint8Array, from: number, to = b.length): number {
  const first = word[0]!;
  const last = to - word.length;
  for (let i = Math.max(0, from); i <= last; i++) {
    if (b[i] === first && matchesAt(b, i, word)) return i;
  }
  return -1;
}

export function lastIndexOf(b: Uint8Array, word: Uint8Array, from: number, downTo = 0): number {
  for (let i = Math.min(from, b.length - word.length); i >= downTo; i--) {
    if (b[i] === word[0] && matchesAt(b, i, word)) return i;
  }
  return -1;
}

export const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

// Typed access, for the readers of dictionaries.
export const isDict = (o: PdfObject | undefined): o is PdfDict => o instanceof PdfDict;
export const nameOf = (o: PdfObject | undefined): string | null => (o instanceof PdfName ? o.name : null);
export const numOf = (o: PdfObject | undefined): number | null =>
  typeof o === 'number' && Number.isFinite(o) ? o : null;
export const arrayOf = (o: PdfObject | undefined): PdfObject[] | null => (Array.isArray(o) ? o : null);

/** A text string (§7.9.2.2): UTF-16BE with its byte order mark, else PDFDocEncoding (≈ Latin-1). */
export function textString(s: PdfString): string {
  const b = s.bytes;
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return utf16be(b.subarray(2));
  let out = '';
  for (const c of b) out += String.fromCharCode(c);
  return out;
}

export function utf16be(b: Uint8Array): string {
  const units: number[] = [];
  for (let i = 0; i + 1 < b.length; i += 2) units.push((b[i]! << 8) | b[i + 1]!);
  let out = '';
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.slice(i, i + 4096));
  return out;
}
