// CMaps (§9.7.5, §9.10.3): how a string's bytes split into character codes (codespace ranges,
// 1–4 bytes), what CID a code selects (cidchar / cidrange of an embedded encoding CMap) and what
// text it stands for (bfchar / bfrange of a ToUnicode CMap, the destination a UTF-16BE string or,
// for bfrange, an array of them). Ranges are kept as ranges, never expanded: <0000> <FFFF> is one entry.
import { Lexer, type Token, utf16be } from './objects';

type Range<T> = { n: number; lo: number; hi: number; value: T };
export type Code = { code: number; n: number };

/** A map key for a code of n bytes: <00> and <0000> are different codes. */
const key = (code: number, n: number) => n * 4294967296 + code;

export class CMap {
  readonly codespaces: { n: number; lo: number[]; hi: number[] }[] = [];
  readonly unicodeChars = new Map<number, string>();
  readonly unicodeRanges: Range<string | string[]>[] = [];
  readonly cidChars = new Map<number, number>();
  readonly cidRanges: Range<number>[] = [];
  /** `usecmap` of a predefined CMap: Identity-H/V means CID = code */
  identityBase = false;
  vertical = false;

  /** Splits a string into codes by the codespace ranges (§9.7.6.2); 2 bytes per code without any. */
  split(bytes: Uint8Array): Code[] {
    if (this.codespaces.length === 0) return splitFixed(bytes, 2);
    const out: Code[] = [];
    let i = 0;
    while (i < bytes.length) {
      let matched = 0;
      for (let n = 1; n <= 4 && matched === 0 && i + n <= bytes.length; n++) {
        for (const cs of this.codespaces) {
          if (cs.n !== n) continue;
          let inside = true;
          for (let k = 0; k < n; k++) {
            const c = bytes[i + k]!;
            if (c < cs.lo[k]! || c > cs.hi[k]!) {
              inside = false;
              break;
            }
          }
          if (inside) {
            matched = n;
            break;
          }
        }
      }
      // No range matches: take as many bytes as the shortest range has (an unmappable code).
      const n = matched || Math.min(bytes.length - i, Math.min(...this.codespaces.map((c) => c.n)));
      let code = 0;
      for (let k = 0; k < n; k++) code = code * 256 + bytes[i + k]!;
      out.push({ code, n });
      i += n;
    }
    return out;
  }

  unicode(code: number, n: number): string | undefined {
    const direct = this.unicodeChars.get(key(code, n));
    if (direct !== undefined) return direct;
    for (const r of this.unicodeRanges) {
      if (r.n !== n || code < r.lo || code > r.hi) continue;
      if (Array.isArray(r.value)) return r.value[code - r.lo];
      return offsetText(r.value, code - r.lo);
    }
    return undefined;
  }

  cid(code: number, n: number): number | undefined {
    const direct = this.cidChars.get(key(code, n));
    if (direct !== undefined) return direct;
    for (const r of this.cidRanges) {
      if (r.n === n && code >= r.lo && code <= r.hi) return r.value + (code - r.lo);
    }
    return this.identityBase ? code : undefined;
  }

  get hasUnicode(): boolean {
    return this.unicodeChars.size > 0 || this.unicodeRanges.length > 0;
  }
}

export function splitFixed(bytes: Uint8Array, n: number): Code[] {
  const out: Code[] = [];
  for (let i = 0; i < bytes.length; i += n) {
    let code = 0;
    const m = Math.min(n, bytes.length - i);
    for (let k = 0; k < m; k++) code = code * 256 + bytes[i + k]!;
    out.push({ code, n: m });
  }
  return out;
}

/** The destination of a bfrange entry `offset` codes after its start: the last character counts up. */
function offsetText(start: string, offset: number): string {
  if (offset === 0) return start;
  const chars = Array.from(start);
  const last = chars.pop();
  if (last === undefined) return start;
  const cp = last.codePointAt(0)! + offset;
  if (cp > 0x10ffff) return '';
  return chars.join('') + String.fromCodePoint(cp);
}

const codeOf = (b: Uint8Array) => {
  let v = 0;
  for (const c of b) v = v * 256 + c;
  return v;
};

/** A ToUnicode destination: UTF-16BE (a single byte, written by some tools, as that code unit). */
export const destinationText = (b: Uint8Array) => (b.length === 1 ? String.fromCharCode(b[0]!) : utf16be(b));

const MAX_ENTRIES = 200_000;

/** Reads an embedded CMap (ToUnicode or an encoding); what it cannot read it leaves out. */
export function parseCMap(data: Uint8Array): CMap {
  const cmap = new CMap();
  const lexer = new Lexer(data);
  let section: string | null = null;
  const operands: Token[] = [];
  let arrayItems: Uint8Array[] | null = null;
  let entries = 0;
  let previousName: string | null = null;
  for (let steps = 0; steps < 5_000_000; steps++) {
    const t = lexer.next();
    if (t.t === 'eof') break;
    if (arrayItems) {
      if (t.t === 'str') arrayItems.push(t.v);
      else if (t.t === 'close') {
        operands.push({ t: 'str', v: new Uint8Array(0) });
        const items = arrayItems;
        arrayItems = null;
        // bfrange lo hi [d1 d2 …]
        const lo = operands[operands.length - 3];
        const hi = operands[operands.length - 2];
        if (section === 'bfrange' && lo?.t === 'str' && hi?.t === 'str' && entries++ < MAX_ENTRIES) {
          cmap.unicodeRanges.push({
            n: lo.v.length,
            lo: codeOf(lo.v),
            hi: codeOf(hi.v),
            value: items.map(destinationText),
          });
        }
        operands.length = 0;
      }
      continue;
    }
    if (t.t === 'kw') {
      const kw = t.v;
      if (kw.startsWith('begin') && kw !== 'begin' && kw !== 'begincmap') {
        section = kw.slice(5);
        operands.length = 0;
      } else if (kw.startsWith('end') && kw !== 'end' && kw !== 'endcmap') {
        section = null;
        operands.length = 0;
      } else if (kw === 'usecmap') {
        if (previousName === 'Identity-H' || previousName === 'Identity-V') cmap.identityBase = true;
      }
      continue;
    }
    if (t.t === 'name') {
      if (previousName === 'WMode') cmap.vertical = false;
      previousName = t.v;
      continue;
    }
    if (t.t === 'num' && previousName === 'WMode' && section === null) {
      cmap.vertical = t.v === 1;
      previousName = null;
      continue;
    }
    if (section === null) continue;
    if (t.t === 'open' && t.v === '[') {
      arrayItems = [];
      continue;
    }
    operands.push(t);
    takeEntry(cmap, section, operands, () => entries++ < MAX_ENTRIES);
  }
  return cmap;
}

function takeEntry(cmap: CMap, section: string, ops: Token[], room: () => boolean): void {
  const [a, b, c] = ops;
  switch (section) {
    case 'codespacerange':
      if (ops.length < 2) return;
      if (
        a?.t === 'str' &&
        b?.t === 'str' &&
        a.v.length === b.v.length &&
        a.v.length >= 1 &&
        a.v.length <= 4
      ) {
        cmap.codespaces.push({ n: a.v.length, lo: Array.from(a.v), hi: Array.from(b.v) });
      }
      break;
    case 'bfchar':
      if (ops.length < 2) return;
      if (a?.t === 'str' && room()) {
        if (b?.t === 'str') cmap.unicodeChars.set(key(codeOf(a.v), a.v.length), destinationText(b.v));
      }
      break;
    case 'bfrange':
      if (ops.length < 3) return;
      if (a?.t === 'str' && b?.t === 'str' && c?.t === 'str' && room()) {
        cmap.unicodeRanges.push({
          n: a.v.length,
          lo: codeOf(a.v),
          hi: codeOf(b.v),
          value: destinationText(c.v),
        });
      }
      break;
    case 'cidchar':
      if (ops.length < 2) return;
      if (a?.t === 'str' && b?.t === 'num' && room()) cmap.cidChars.set(key(codeOf(a.v), a.v.length), b.v);
      break;
    case 'cidrange':
      if (ops.length < 3) return;
      if (a?.t === 'str' && b?.t === 'str' && c?.t === 'num' && room()) {
        cmap.cidRanges.push({ n: a.v.length, lo: codeOf(a.v), hi: codeOf(b.v), value: c.v });
      }
      break;
    default:
      // notdefrange and others: not needed for text
      if (ops.length < 3) return;
  }
  ops.length = 0;
}
