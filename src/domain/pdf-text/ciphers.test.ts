import { createCipheriv } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { aesCbcDecrypt, aesCbcEncryptBlocks, md5, rc4 } from './ciphers';

const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const bytes = (h: string) => Uint8Array.from(h.match(/../g) ?? [], (x) => Number.parseInt(x, 16));
const ascii = (s: string) => new TextEncoder().encode(s);

describe('ciphers of the standard security handler', () => {
  it('MD5: the RFC 1321 test suite', () => {
    expect(hex(md5(ascii('')))).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(hex(md5(ascii('abc')))).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(hex(md5(ascii('message digest')))).toBe('f96b697d7cb7938d525a2f31aaf161d0');
    expect(hex(md5(ascii('1234567890'.repeat(8))))).toBe('57edf4a22be3c955ac49da2e2107b67a');
  });

  it('RC4: a known key stream, and decryption undoes encryption', () => {
    expect(hex(rc4(ascii('Key'), ascii('Plaintext')))).toBe('bbf316e8d940af0ad3');
    const data = ascii('政府信息公开'.repeat(10));
    expect(rc4(ascii('k'), rc4(ascii('k'), data))).toEqual(data);
  });

  it('AES: FIPS-197 appendix C (128- and 256-bit keys), CBC with the IV first and padding removed', () => {
    const plain = '00112233445566778899aabbccddeeff';
    const k128 = bytes('000102030405060708090a0b0c0d0e0f');
    const k256 = bytes('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
    const zero = new Uint8Array(16);
    // one block, IV zero: CBC is the plain cipher; no valid padding at the end, nothing removed
    expect(hex(aesCbcDecrypt(k128, bytes('69c4e0d86a7b0430d8cdb78070b4c55a'), zero))).toBe(plain);
    expect(hex(aesCbcDecrypt(k256, bytes('8ea2b7ca516745bfeafc49904b496089'), zero))).toBe(plain);
  });
});

describe('AES-CBC encryption of whole blocks (AES-256 key derivation, revision 6)', () => {
  it('agrees with Node’s crypto for 128- and 256-bit keys, and decrypts back', () => {
    for (const [name, n] of [
      ['aes-128-cbc', 16],
      ['aes-256-cbc', 32],
    ] as const) {
      const key = Uint8Array.from({ length: n }, (_, i) => (i * 37 + 11) & 255);
      const iv = Uint8Array.from({ length: 16 }, (_, i) => (i * 53 + 7) & 255);
      const data = Uint8Array.from({ length: 80 }, (_, i) => (i * 29 + 3) & 255);
      const c = createCipheriv(name, key, iv);
      c.setAutoPadding(false);
      const want = Buffer.concat([c.update(data), c.final()]);
      const got = aesCbcEncryptBlocks(key, iv, data);
      expect(Buffer.from(got).equals(want), name).toBe(true);
      expect([...aesCbcDecrypt(key, got, iv, false)]).toEqual([...data]);
    }
  });
});
