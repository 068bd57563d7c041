// Opening a .docx (a zip file) without trusting it (issue 16, item 6): a 329 KB file whose
// document.xml inflates to 100 MB once froze the tab for 50 s. Here the zip's central directory is
// read first and its declared sizes checked against a limit; then only the parts a text reader
// needs (XML and relationships) are inflated, in small input slices, counting what comes out and
// stopping at the limit whatever the headers said. The result is a plain stored zip of exactly
// what was checked, for the .docx reader (mammoth) to open.

import { Inflate, type Zippable, zipSync } from 'fflate';
import { concatBytes } from '../concat-bytes';

/** Refusals the clerk is told about in Chinese by the importer (read-source). */
export class DocxLimitError extends Error {
  constructor(
    readonly kind: 'too-large' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'DocxLimitError';
  }
}

export type DocxEntry = { name: string; data: Uint8Array };

/** Input slice per push: deflate expands at most ~1032×, so one push cannot overshoot by more than ~16 MB. */
const SLICE = 16 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** The parts a text reader uses; images, fonts and embedded objects are left out (never inflated). */
export const isTextPart = (name: string) => /\.(xml|rels)$/i.test(name);

const invalid = () => new DocxLimitError('invalid', 'not a readable zip file');

type CentralEntry = { name: string; method: number; compressed: number; size: number; offset: number };

function centralDirectory(bytes: Uint8Array): CentralEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 bytes + up to 64 KB of comment.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      end = i;
      break;
    }
  }
  if (end < 0) throw invalid();
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new TextDecoder();
  const entries: CentralEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw invalid();
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    entries.push({
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** The compressed bytes of an entry, found through its local header (bounds checked). */
function compressedData(bytes: Uint8Array, entry: CentralEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw invalid();
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const stop = start + entry.compressed;
  if (stop > bytes.length) throw invalid();
  return bytes.subarray(start, stop);
}

/** Inflates `data`, throwing as soon as the output passes `budget` bytes. */
function boundedInflate(data: Uint8Array, budget: number, tooLarge: () => Error): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > budget) throw tooLarge();
    parts.push(chunk);
  });
  try {
    for (let i = 0; i < data.length; i += SLICE) {
      inflate.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
    }
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof DocxLimitError) throw e;
    throw invalid();
  }
  return concatBytes(parts, total);
}

/**
 * The parts of a .docx: the text parts inflated within `maxBytes` in all, the others empty. Throws DocxLimitError:
 * 'too-large' when the declared or the real sizes pass the limit, 'invalid' when it is no zip.
 */
export function readDocxParts(bytes: Uint8Array, maxBytes: number): DocxEntry[] {
  const tooLarge = () =>
    new DocxLimitError('too-large', `the text parts inflate to more than ${maxBytes} bytes`);
  const entries = centralDirectory(bytes);
  // Declared sizes first: an honest but huge file is refused before anything is inflated.
  const declared = entries.reduce((sum, e) => sum + (isTextPart(e.name) ? e.size : 0), 0);
  if (declared > maxBytes) throw tooLarge();
  let left = maxBytes;
  return entries.map((entry) => {
    // Other parts stay, empty: the reader finds every part it expects and reads no image.
    if (!isTextPart(entry.name)) return { name: entry.name, data: new Uint8Array(0) };
    const data = compressedData(bytes, entry);
    let out: Uint8Array;
    if (entry.method === 0) {
      if (data.length > left) throw tooLarge();
      out = data.slice();
    } else if (entry.method === 8) {
      out = boundedInflate(data, left, tooLarge);
    } else {
      throw invalid();
    }
    left -= out.length;
    return { name: entry.name, data: out };
  });
}

/** The checked parts as a stored (uncompressed) zip: all a .docx reader will see. */
export function rezip(parts: readonly DocxEntry[]): Uint8Array<ArrayBuffer> {
  const files: Zippable = {};
  for (const p of parts) files[p.name] = [p.data, { level: 0 }];
  return zipSync(files);
}
