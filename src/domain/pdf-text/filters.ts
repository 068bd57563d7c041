// Stream filters (§7.4): FlateDecode (fflate, bounded), ASCIIHexDecode, ASCII85Decode, LZWDecode,
// and the PNG / TIFF predictors of §7.4.4.4. Every decoder counts what it produces against a shared
// budget, so a small hostile file cannot inflate to gigabytes; corrupt compressed data yields what
// was decoded before the damage (as PDF readers do), never an exception of another kind.

import { Inflate } from 'fflate';
import { concatBytes } from '../concat-bytes';
import { arrayOf, isDict, nameOf, numOf, type PdfDict, type PdfObject } from './objects';

export class PdfLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfLimitError';
  }
}

/** What all the streams of one file may decode to, in bytes; and what is left of it. */
export class DecodeBudget {
  constructor(public left: number) {}
  spend(n: number): void {
    this.left -= n;
    if (this.left < 0) throw new PdfLimitError('decoded streams exceed the limit');
  }
}

/** Input slice per push: deflate expands at most ~1032×, so one push cannot overshoot by more than ~16 MB. */
const SLICE = 16 * 1024;

const concat = (parts: readonly Uint8Array[], total: number): Uint8Array =>
  parts.length === 1 ? parts[0]! : concatBytes(parts, total);

/** zlib (or raw deflate) data: what inflates before the end or the first damage, within the budget. */
export function flateDecode(data: Uint8Array, budget: DecodeBudget): Uint8Array {
  // A zlib header (RFC 1950): CM = 8 and the check bits; some writers omit it.
  const zlib = data.length >= 2 && (data[0]! & 0x0f) === 8 && ((data[0]! << 8) | data[1]!) % 31 === 0;
  const body = zlib ? data.subarray(2) : data;
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    budget.spend(chunk.length);
    total += chunk.length;
    parts.push(chunk);
  });
  try {
    // Not final until the end: what each slice inflates to comes out as it goes, so damaged or
    // truncated data keeps what came before the damage (the Adler checksum is never read).
    for (let i = 0; i < body.length; i += SLICE) inflate.push(body.subarray(i, i + SLICE), false);
    inflate.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof PdfLimitError) throw e;
  }
  return concat(parts, total);
}

export function asciiHexDecode(data: Uint8Array, budget: DecodeBudget): Uint8Array {
  budget.spend(data.length >> 1);
  const out = new Uint8Array((data.length >> 1) + 1);
  let n = 0;
  let high = -1;
  for (const c of data) {
    if (c === 62) break; // >
    const v = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      out[n++] = high * 16 + v;
      high = -1;
    }
  }
  if (high >= 0) out[n++] = high * 16;
  return out.subarray(0, n);
}

export function ascii85Decode(data: Uint8Array, budget: DecodeBudget): Uint8Array {
  // Each input byte gives at most 4 output bytes (z); charged for what came out.
  const out = new Uint8Array(data.length * 4 + 4);
  let n = 0;
  let group = 0;
  let count = 0;
  let i = 0;
  // A leading <~ is optional.
  if (data[0] === 60 && data[1] === 126) i = 2;
  for (; i < data.length; i++) {
    const c = data[i]!;
    if (c === 126) break; // ~>
    if (c <= 32) continue;
    if (c === 122 && count === 0) {
      // z: four zero bytes
      out[n++] = 0;
      out[n++] = 0;
      out[n++] = 0;
      out[n++] = 0;
      continue;
    }
    if (c < 33 || c > 117) continue;
    group = group * 85 + (c - 33);
    count++;
    if (count === 5) {
      out[n++] = (group >>> 24) & 255;
      out[n++] = (group >>> 16) & 255;
      out[n++] = (group >>> 8) & 255;
      out[n++] = group & 255;
      group = 0;
      count = 0;
    }
  }
  if (count > 1) {
    for (let k = count; k < 5; k++) group = group * 85 + 84;
    const bytes = [(group >>> 24) & 255, (group >>> 16) & 255, (group >>> 8) & 255, group & 255];
    for (let k = 0; k < count - 1; k++) out[n++] = bytes[k]!;
  }
  budget.spend(n);
  return out.subarray(0, n);
}

export function lzwDecode(data: Uint8Array, budget: DecodeBudget, earlyChange = 1): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  let buffer: number[] = [];
  const flush = () => {
    if (buffer.length === 0) return;
    budget.spend(buffer.length);
    parts.push(Uint8Array.from(buffer));
    total += buffer.length;
    buffer = [];
  };
  let table: number[][] = [];
  const reset = () => {
    table = [];
    for (let k = 0; k < 256; k++) table.push([k]);
    table.push([], []); // 256 clear, 257 end
  };
  reset();
  let width = 9;
  let prev: number[] | null = null;
  let bits = 0;
  let acc = 0;
  for (let i = 0; i < data.length; i++) {
    acc = ((acc << 8) | data[i]!) >>> 0;
    bits += 8;
    while (bits >= width) {
      const code = (acc >>> (bits - width)) & ((1 << width) - 1);
      bits -= width;
      acc &= (1 << bits) - 1;
      if (code === 256) {
        reset();
        width = 9;
        prev = null;
        continue;
      }
      if (code === 257) {
        flush();
        return concat(parts, total);
      }
      let entry: number[];
      if (code < table.length) entry = table[code]!;
      else if (prev && code === table.length) entry = [...prev, prev[0]!];
      else {
        flush();
        return concat(parts, total);
      }
      for (const v of entry) buffer.push(v);
      if (buffer.length > 65536) flush();
      if (prev && table.length < 4096) table.push([...prev, entry[0]!]);
      prev = entry;
      const next = table.length + earlyChange;
      width = next > 2048 ? 12 : next > 1024 ? 11 : next > 512 ? 10 : 9;
    }
  }
  flush();
  return concat(parts, total);
}

/** Undoes a PNG (Predictor ≥ 10) or TIFF (2) predictor of FlateDecode / LZWDecode (§7.4.4.4). */
export function unpredict(data: Uint8Array, params: PdfDict | null): Uint8Array {
  if (!params) return data;
  const predictor = numOf(params.get('Predictor')) ?? 1;
  if (predictor <= 1) return data;
  const colors = Math.max(1, Math.min(64, numOf(params.get('Colors')) ?? 1));
  const bpc = Math.max(1, Math.min(16, numOf(params.get('BitsPerComponent')) ?? 8));
  const columns = Math.max(1, Math.min(1 << 20, numOf(params.get('Columns')) ?? 1));
  const bpp = Math.max(1, Math.ceil((colors * bpc) / 8));
  const rowBytes = Math.ceil((colors * bpc * columns) / 8);
  if (predictor === 2) {
    if (bpc !== 8) return data;
    const out = data.slice();
    for (let row = 0; row + rowBytes <= out.length; row += rowBytes) {
      for (let i = bpp; i < rowBytes; i++) out[row + i] = (out[row + i]! + out[row + i - bpp]!) & 255;
    }
    return out;
  }
  // PNG: each row starts with its filter type byte.
  const rows = Math.floor(data.length / (rowBytes + 1));
  const out = new Uint8Array(rows * rowBytes);
  let prevRow = new Uint8Array(rowBytes);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowBytes + 1)]!;
    const src = data.subarray(r * (rowBytes + 1) + 1, (r + 1) * (rowBytes + 1));
    const row = out.subarray(r * rowBytes, (r + 1) * rowBytes);
    for (let i = 0; i < rowBytes; i++) {
      const left = i >= bpp ? row[i - bpp]! : 0;
      const up = prevRow[i]!;
      const upLeft = i >= bpp ? prevRow[i - bpp]! : 0;
      let v = src[i]!;
      switch (type) {
        case 1:
          v += left;
          break;
        case 2:
          v += up;
          break;
        case 3:
          v += (left + up) >> 1;
          break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          v += pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
          break;
        }
        default:
          break;
      }
      row[i] = v & 255;
    }
    prevRow = row;
  }
  return out;
}

export class UnsupportedFilterError extends Error {
  constructor(readonly filter: string) {
    super(`unsupported filter ${filter}`);
    this.name = 'UnsupportedFilterError';
  }
}

/**
 * A stream's data through its /Filter chain. Image filters (DCT, JPX, CCITT, JBIG2) are never
 * needed for text and throw UnsupportedFilterError; so does an unknown name.
 */
export function decodeStream(
  raw: Uint8Array,
  dict: PdfDict,
  budget: DecodeBudget,
  resolve: (o: PdfObject | undefined) => PdfObject | undefined,
): Uint8Array {
  const filterObj = resolve(dict.get('Filter') ?? dict.get('F'));
  const paramsObj = resolve(dict.get('DecodeParms') ?? dict.get('DP'));
  const filters = arrayOf(filterObj) ?? (filterObj ? [filterObj] : []);
  const paramsList = arrayOf(paramsObj) ?? [paramsObj ?? null];
  let data = raw;
  filters.forEach((f, k) => {
    const name = nameOf(resolve(f));
    const p = resolve(paramsList[k] ?? undefined);
    const params = isDict(p) ? p : null;
    switch (name) {
      case 'FlateDecode':
      case 'Fl':
        data = unpredict(flateDecode(data, budget), params);
        break;
      case 'LZWDecode':
      case 'LZW':
        data = unpredict(lzwDecode(data, budget, numOf(params?.get('EarlyChange')) ?? 1), params);
        break;
      case 'ASCIIHexDecode':
      case 'AHx':
        data = asciiHexDecode(data, budget);
        break;
      case 'ASCII85Decode':
      case 'A85':
        data = ascii85Decode(data, budget);
        break;
      default:
        throw new UnsupportedFilterError(name ?? '?');
    }
  });
  if (filters.length === 0) budget.spend(0);
  return data;
}
