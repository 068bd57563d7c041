import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  ascii85Decode,
  asciiHexDecode,
  DecodeBudget,
  flateDecode,
  lzwDecode,
  PdfLimitError,
  unpredict,
} from './filters';
import { PdfDict } from './objects';

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const bytes = (s: string) => new TextEncoder().encode(s);
const budget = () => new DecodeBudget(1e8);

describe('stream filters', () => {
  it('FlateDecode: zlib or raw deflate; damaged data gives what came before the damage', () => {
    const data = bytes('BT /F1 12 Tf (政府信息公开) Tj ET\n'.repeat(50));
    const z = zlibSync(data);
    expect(flateDecode(z, budget())).toEqual(data);
    expect(flateDecode(z.subarray(2), budget())).toEqual(data);
    const cut = flateDecode(z.subarray(0, Math.floor(z.length / 2)), budget());
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.length).toBeLessThan(data.length);
    expect(data.subarray(0, cut.length)).toEqual(cut);
    expect(flateDecode(bytes('not deflate at all'), budget()).length).toBe(0);
  });

  it('FlateDecode stops at the budget whatever the data says (a zip bomb)', () => {
    const bomb = zlibSync(new Uint8Array(20 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(30_000);
    expect(() => flateDecode(bomb, new DecodeBudget(1024 * 1024))).toThrow(PdfLimitError);
  });

  it('ASCIIHexDecode (white-space ignored, an odd last digit padded) and ASCII85Decode (z, <~ ~>)', () => {
    expect(text(asciiHexDecode(bytes('48 65 6c6C 6f3>'), budget()))).toBe('Hello0');
    expect(text(asciiHexDecode(bytes('4142 4'), budget()))).toBe('AB@');
    expect(text(ascii85Decode(bytes('9jqo^~>'), budget()))).toBe('Man ');
    expect(text(ascii85Decode(bytes('<~9jqo^BlbD-BleB1DJ+*+F(f,q~>'), budget()))).toBe(
      'Man is distinguished',
    );
    expect(ascii85Decode(bytes('z~>'), budget())).toEqual(new Uint8Array(4));
  });

  it('LZWDecode: the example of the PDF specification (§7.4.4.2)', () => {
    const encoded = Uint8Array.from([0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01]);
    expect(Array.from(lzwDecode(encoded, budget()))).toEqual([45, 45, 45, 45, 45, 65, 45, 45, 45, 66]);
  });

  it('PNG predictors (None, Sub, Up, Average, Paeth per row) and the TIFF predictor', () => {
    const params = (predictor: number) =>
      new PdfDict(
        new Map([
          ['Predictor', predictor],
          ['Columns', 3],
        ]),
      );
    // rows: [1 2 3], [1 2 3] by Up (0 0 0), [5 5 5] by Sub (5 0 0), [6 6 6] by Average, [7 7 7] by Paeth
    const rows = [0, 1, 2, 3, 2, 0, 0, 0, 1, 5, 0, 0, 3, 4, 1, 1, 4, 1, 0, 0];
    expect(Array.from(unpredict(Uint8Array.from(rows), params(12)))).toEqual([
      1, 2, 3, 1, 2, 3, 5, 5, 5, 6, 6, 6, 7, 7, 7,
    ]);
    expect(Array.from(unpredict(Uint8Array.from([1, 1, 1, 5, 0, 0]), params(2)))).toEqual([1, 2, 3, 5, 5, 5]);
  });
});
