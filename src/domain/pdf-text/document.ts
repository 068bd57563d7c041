// A PDF file's structure (§7.5): the header, the cross-reference data — classic `xref` tables and
// cross-reference streams (§7.5.8), hybrid files (/XRefStm), incremental updates (/Prev) —,
// compressed objects in object streams (/ObjStm, §7.5.7), and when all that is broken, the objects
// found by scanning the file for `n g obj`. Objects are parsed on demand and cached.
import { type DecodeBudget, decodeStream } from './filters';
import {
  arrayOf,
  ascii,
  indexOf,
  isDict,
  Lexer,
  lastIndexOf,
  nameOf,
  numOf,
  Parser,
  PdfDict,
  type PdfObject,
  PdfRef,
  PdfStream,
  PdfSyntaxError,
} from './objects';
import { type Encryption, openEncryption } from './security';

type XrefEntry = { kind: 'offset'; offset: number } | { kind: 'compressed'; stream: number; index: number };

const MAX_REF_DEPTH = 32;
const MAX_XREF_SECTIONS = 1000;

export class PdfDocument {
  readonly trailer: PdfDict;
  /** the objects' positions; built from the xref, or by scanning when that is broken */
  private entries: Map<number, XrefEntry>;
  private readonly cache = new Map<number, PdfObject>();
  private readonly objectStreams = new Map<number, Map<number, PdfObject>>();
  private readonly decoded = new WeakMap<PdfStream, Uint8Array>();
  private readonly loading = new Set<number>();
  private scanned = false;
  /** where `%PDF-` starts: offsets of files with junk before the header are off by this */
  private readonly headerAt: number;

  constructor(
    readonly bytes: Uint8Array,
    readonly budget: DecodeBudget,
  ) {
    this.headerAt = Math.max(0, indexOf(bytes, ascii('%PDF-'), 0, Math.min(bytes.length, 1024)));
    let read: { entries: Map<number, XrefEntry>; trailer: PdfDict } | null = null;
    try {
      read = this.readXref();
    } catch (e) {
      if (!(e instanceof PdfSyntaxError || e instanceof RangeError)) throw e;
      read = null;
    }
    this.entries = read?.entries ?? new Map();
    this.trailer = read?.trailer ?? new PdfDict();
    // Before any object stream is read: its data is encrypted too.
    this.encryption = this.readEncryption();
    if (!read || !isDict(this.resolve(this.trailer.get('Root')))) {
      this.trailer = this.reconstruct();
      if (this.encryption === null) this.encryption = this.readEncryption();
    }
  }

  /** null: not encrypted; else opened with the empty user password, or refused (security.ts). */
  encryption: Encryption | null;

  private readEncryption(): Encryption | null {
    const ref = this.trailer.get('Encrypt');
    if (ref === undefined || ref === null) return null;
    const dict = this.dict(ref);
    if (!dict) return { kind: 'refused', why: 'unsupported' };
    return openEncryption(dict, this.trailer.get('ID'), (o) => this.resolve(o));
  }

  /** The catalog (/Root); null when the file has none that can be read. */
  get catalog(): PdfDict | null {
    const root = this.resolve(this.trailer.get('Root'));
    return isDict(root) ? root : null;
  }

  resolve(obj: PdfObject | undefined): PdfObject | undefined {
    let o = obj;
    for (let depth = 0; o instanceof PdfRef; depth++) {
      if (depth > MAX_REF_DEPTH) return null;
      o = this.getObject(o.num);
    }
    return o;
  }

  dict(obj: PdfObject | undefined): PdfDict | null {
    const o = this.resolve(obj);
    if (o instanceof PdfStream) return o.dict;
    return isDict(o) ? o : null;
  }

  /** A stream's decoded data (cached per stream); throws PdfLimitError past the budget. */
  streamData(stream: PdfStream): Uint8Array {
    const known = this.decoded.get(stream);
    if (known) return known;
    let raw = stream.raw;
    const crypt = this.encryption;
    if (crypt?.kind === 'open' && stream.origin && nameOf(stream.dict.get('Type')) !== 'XRef') {
      raw = crypt.decrypt(raw, stream.origin.num, stream.origin.gen);
    }
    const data = decodeStream(raw, stream.dict, this.budget, (o) => this.resolve(o));
    this.decoded.set(stream, data);
    return data;
  }

  getObject(num: number): PdfObject {
    if (this.cache.has(num)) return this.cache.get(num)!;
    if (this.loading.has(num)) return null; // an object whose /Length is itself
    this.loading.add(num);
    let obj: PdfObject | undefined;
    try {
      obj = this.load(num);
      if (obj === undefined && !this.scanned) {
        // The xref pointed at nothing readable: rebuild it from the file once, then try again.
        this.reconstruct();
        obj = this.load(num);
      }
    } finally {
      this.loading.delete(num);
    }
    const value = obj ?? null;
    this.cache.set(num, value);
    return value;
  }

  private load(num: number): PdfObject | undefined {
    const entry = this.entries.get(num);
    if (!entry) return undefined;
    if (entry.kind === 'compressed') return this.fromObjectStream(entry.stream, num, entry.index);
    return this.objectAt(entry.offset, num) ?? this.objectAt(entry.offset + this.headerAt, num);
  }

  /** The object `num` written at `offset` as `num gen obj … endobj`, else undefined. */
  private objectAt(offset: number, num: number | null): PdfObject | undefined {
    if (offset < 0 || offset >= this.bytes.length) return undefined;
    const lexer = new Lexer(this.bytes, offset);
    const a = lexer.next();
    const b = lexer.next();
    const c = lexer.next();
    if (a.t !== 'num' || b.t !== 'num' || c.t !== 'kw' || c.v !== 'obj') return undefined;
    if (num !== null && a.v !== num) return undefined;
    const obj = new Parser(lexer, (o) => this.lengthOf(o)).parse();
    if (obj instanceof PdfStream) obj.origin = { num: a.v, gen: b.v };
    return obj;
  }

  private lengthOf(o: PdfObject): number | null {
    if (typeof o === 'number') return o;
    if (o instanceof PdfRef) {
      const v = this.getObject(o.num);
      return typeof v === 'number' ? v : null;
    }
    return null;
  }

  private fromObjectStream(streamNum: number, num: number, index: number): PdfObject | undefined {
    let objects = this.objectStreams.get(streamNum);
    if (!objects) {
      objects = new Map();
      this.objectStreams.set(streamNum, objects);
      const stream = this.getObject(streamNum);
      if (stream instanceof PdfStream) this.readObjectStream(stream, objects);
    }
    if (objects.has(num)) return objects.get(num);
    void index;
    return undefined;
  }

  private readObjectStream(stream: PdfStream, into: Map<number, PdfObject>): void {
    const n = numOf(stream.dict.get('N')) ?? 0;
    const first = numOf(stream.dict.get('First')) ?? 0;
    let data: Uint8Array;
    try {
      data = this.streamData(stream);
    } catch (e) {
      if (e instanceof PdfSyntaxError) return;
      throw e;
    }
    const header = new Lexer(data, 0, Math.min(first, data.length));
    const pairs: [number, number][] = [];
    for (let k = 0; k < n; k++) {
      const a = header.next();
      const b = header.next();
      if (a.t !== 'num' || b.t !== 'num') break;
      pairs.push([a.v, b.v]);
    }
    for (const [objNum, at] of pairs) {
      if (into.has(objNum)) continue;
      const start = first + at;
      if (start < 0 || start >= data.length) continue;
      into.set(objNum, new Parser(new Lexer(data, start)).parse());
    }
  }

  // ——— the cross-reference chain ———

  private readXref(): { entries: Map<number, XrefEntry>; trailer: PdfDict } | null {
    const b = this.bytes;
    const at = lastIndexOf(b, ascii('startxref'), b.length - 9, Math.max(0, b.length - 4096));
    if (at < 0) return null;
    const lexer = new Lexer(b, at + 9);
    const tok = lexer.next();
    if (tok.t !== 'num') return null;
    const entries = new Map<number, XrefEntry>();
    let trailer: PdfDict | null = null;
    const seen = new Set<number>();
    const queue: number[] = [tok.v];
    while (queue.length > 0) {
      const offset = queue.shift()!;
      if (seen.has(offset) || seen.size > MAX_XREF_SECTIONS) continue;
      seen.add(offset);
      const section =
        this.xrefSection(offset, entries) ??
        (this.headerAt > 0 ? this.xrefSection(offset + this.headerAt, entries) : null);
      if (!section) {
        if (!trailer) return null;
        break;
      }
      if (!trailer) trailer = section;
      // A hybrid file's stream of compressed objects comes before the same section's /Prev.
      const stm = numOf(section.get('XRefStm'));
      if (stm !== null) queue.unshift(stm);
      const prev = numOf(section.get('Prev'));
      if (prev !== null) queue.push(prev);
    }
    return trailer ? { entries, trailer } : null;
  }

  /** Reads one section into `entries` (newer sections first: an object already known stays). */
  private xrefSection(offset: number, entries: Map<number, XrefEntry>): PdfDict | null {
    const b = this.bytes;
    if (offset < 0 || offset >= b.length) return null;
    const lexer = new Lexer(b, offset);
    const first = lexer.next();
    if (first.t === 'kw' && first.v === 'xref') return this.xrefTable(lexer, entries);
    if (first.t !== 'num') return null;
    const obj = this.objectAt(offset, null);
    if (!(obj instanceof PdfStream) || nameOf(obj.dict.get('Type')) !== 'XRef') return null;
    this.xrefStream(obj, entries);
    return obj.dict;
  }

  private xrefTable(lexer: Lexer, entries: Map<number, XrefEntry>): PdfDict | null {
    for (;;) {
      const save = lexer.pos;
      const a = lexer.next();
      if (a.t === 'kw' && a.v === 'trailer') break;
      const c = lexer.next();
      if (a.t !== 'num' || c.t !== 'num') {
        lexer.pos = save;
        return null;
      }
      const start = a.v;
      const count = Math.min(c.v, this.bytes.length);
      for (let k = 0; k < count; k++) {
        const off = lexer.next();
        const gen = lexer.next();
        const kind = lexer.next();
        if (off.t !== 'num' || gen.t !== 'num' || kind.t !== 'kw') return null;
        const num = start + k;
        // Some writers number the first subsection from 1 with a free object 0 first: harmless here.
        if (kind.v === 'n' && !entries.has(num) && off.v > 0)
          entries.set(num, { kind: 'offset', offset: off.v });
        else if (kind.v === 'f' && !entries.has(num)) entries.set(num, { kind: 'offset', offset: -1 });
      }
    }
    const trailer = new Parser(lexer).parse();
    return isDict(trailer) ? trailer : null;
  }

  private xrefStream(stream: PdfStream, entries: Map<number, XrefEntry>): void {
    const w = (arrayOf(stream.dict.get('W')) ?? []).map((x) => numOf(x) ?? 0);
    if (w.length < 3 || w.some((x) => x < 0 || x > 8)) throw new PdfSyntaxError('bad /W');
    const size = numOf(stream.dict.get('Size')) ?? 0;
    const index = (arrayOf(stream.dict.get('Index')) ?? [0, size]).map((x) => numOf(x) ?? 0);
    const data = this.streamData(stream);
    const rowLength = w[0]! + w[1]! + w[2]!;
    let at = 0;
    const field = (width: number, fallback: number) => {
      if (width === 0) return fallback;
      let v = 0;
      for (let k = 0; k < width; k++) v = v * 256 + (data[at++] ?? 0);
      return v;
    };
    for (let k = 0; k + 1 < index.length; k += 2) {
      const start = index[k]!;
      const count = index[k + 1]!;
      for (let i = 0; i < count && at + rowLength <= data.length; i++) {
        const type = field(w[0]!, 1);
        const f2 = field(w[1]!, 0);
        const f3 = field(w[2]!, 0);
        const num = start + i;
        if (entries.has(num)) continue;
        if (type === 1) entries.set(num, { kind: 'offset', offset: f2 });
        else if (type === 2) entries.set(num, { kind: 'compressed', stream: f2, index: f3 });
        else if (type === 0) entries.set(num, { kind: 'offset', offset: -1 });
      }
    }
  }

  // ——— a broken file: find the objects by scanning ———

  /** Rebuilds the object table from `n g obj` in the file; returns the trailer found or made. */
  private reconstruct(): PdfDict {
    this.scanned = true;
    const text = new TextDecoder('latin1').decode(this.bytes);
    const found = new Map<number, XrefEntry>();
    const objectPattern = /(?<![\d.])(\d{1,10})[\s\0]+(\d{1,5})[\s\0]+obj\b/g;
    for (let m = objectPattern.exec(text); m; m = objectPattern.exec(text)) {
      found.set(Number(m[1]), { kind: 'offset', offset: m.index });
    }
    // Objects the scan found override the xref; compressed ones from the xref (if any) stay.
    for (const [num, entry] of this.entries) if (!found.has(num)) found.set(num, entry);
    this.entries = found;
    this.cache.clear();
    // Compressed objects of object streams the xref did not name.
    for (const [num, entry] of [...found]) {
      if (entry.kind !== 'offset') continue;
      const obj = this.objectAt(entry.offset, num);
      if (obj instanceof PdfStream && nameOf(obj.dict.get('Type')) === 'ObjStm') {
        const objects = new Map<number, PdfObject>();
        this.readObjectStream(obj, objects);
        this.objectStreams.set(num, objects);
        let i = 0;
        for (const inner of objects.keys()) {
          if (!found.has(inner)) found.set(inner, { kind: 'compressed', stream: num, index: i });
          i++;
        }
      }
    }
    // The trailer: the last `trailer` dictionary with a /Root, else a catalog object.
    const trailerPattern = /trailer[\s\0]*<</g;
    let trailer: PdfDict | null = null;
    for (let m = trailerPattern.exec(text); m; m = trailerPattern.exec(text)) {
      const lexer = new Lexer(this.bytes, m.index + 7);
      const dict = new Parser(lexer).parse();
      if (isDict(dict) && dict.get('Root') instanceof PdfRef) trailer = dict;
    }
    if (trailer && isDict(this.resolve(trailer.get('Root')))) return trailer;
    for (const num of [...found.keys()].sort((x, y) => y - x)) {
      const obj = this.getObject(num);
      if (isDict(obj) && nameOf(obj.get('Type')) === 'Catalog') {
        return new PdfDict(new Map<string, PdfObject>([['Root', new PdfRef(num, 0)]]));
      }
    }
    return trailer ?? new PdfDict();
  }
}
