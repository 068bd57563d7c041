import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha384, sha512 } from './sha512';

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('SHA-512 and SHA-384 in TypeScript (the PDF reader’s AES-256 key derivation)', () => {
  it('gives the FIPS 180-4 example digests', () => {
    expect(hex(sha512(utf8('abc')))).toBe(
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    );
    expect(hex(sha384(utf8('abc')))).toBe(
      'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
    );
    expect(hex(sha512(new Uint8Array(0)))).toBe(
      'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e',
    );
  });

  it('agrees with Node’s crypto at every length around the block and padding edges', () => {
    for (const n of [1, 55, 111, 112, 127, 128, 129, 239, 240, 1000, 4096]) {
      const data = Uint8Array.from({ length: n }, (_, i) => (i * 131 + n) & 255);
      expect(hex(sha512(data)), `512/${n}`).toBe(createHash('sha512').update(data).digest('hex'));
      expect(hex(sha384(data)), `384/${n}`).toBe(createHash('sha384').update(data).digest('hex'));
    }
  });
});
