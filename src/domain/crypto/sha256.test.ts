import { webcrypto } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../interchange/digest';
import { sha256 } from './sha256';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const utf8 = (text: string) => new TextEncoder().encode(text);
const webCryptoHex = async (bytes: Uint8Array) =>
  hex(new Uint8Array(await webcrypto.subtle.digest('SHA-256', bytes)));

describe('sha256 (pure TypeScript)', () => {
  // FIPS 180-4 examples and NIST CAVP short/long messages.
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
    ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
  ])('hashes the FIPS 180-4 example %#', (text, expected) => {
    expect(hex(sha256(utf8(text)))).toBe(expected);
  });

  it('matches WebCrypto at every length around the block and padding boundaries (0–300 bytes)', async () => {
    for (let n = 0; n <= 300; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(hex(sha256(bytes)), `length ${n}`).toBe(await webCryptoHex(bytes));
    }
  });

  it('matches WebCrypto on random byte strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 5000 }), async (bytes) => {
        expect(hex(sha256(bytes))).toBe(await webCryptoHex(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('gives sha256Hex the same digest with and without crypto.subtle, on random Unicode text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 2000 }), async (text) => {
        expect(await sha256Hex(text, null)).toBe(await sha256Hex(text, webcrypto.subtle));
      }),
      { numRuns: 300 },
    );
  });
});
