// The standard security handler (§7.6.3–7.6.4), revisions 2–6, for files that open without a
// password: many organs publish their report "encrypted" only to restrict copying or printing —
// an owner password and an empty user password. RC4 (40–128-bit keys), AES-128 (AESV2 crypt
// filters) and AES-256 (AESV3, revision 5 and PDF 2.0's revision 6: the file key from /UE, under a
// key hashed with SHA-256/384/512, ISO 32000-2 Algorithms 2.A, 2.B and 11) are decrypted; a file
// that needs a user password or another handler is refused.
import { concatBytes } from '../concat-bytes';
import { sha256 } from '../crypto/sha256';
import { sha384, sha512 } from '../crypto/sha512';
import { aesCbcDecrypt, aesCbcEncryptBlocks, md5, rc4 } from './ciphers';
import { arrayOf, isDict, nameOf, numOf, type PdfDict, type PdfObject, PdfString } from './objects';

/** The padding of §7.6.3.3, Algorithm 2, step a (also the empty password, padded). */
const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e,
  0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

export type StreamDecryptor = (data: Uint8Array, num: number, gen: number) => Uint8Array;

export type Encryption =
  | { kind: 'open'; decrypt: StreamDecryptor }
  | { kind: 'refused'; why: 'password' | 'unsupported' };

const bytesOf = (o: PdfObject | undefined) => (o instanceof PdfString ? o.bytes : new Uint8Array(0));

const concat = (...parts: Uint8Array[]) => concatBytes(parts);

/**
 * Opens the encryption of a file with the empty user password. `resolve` reads objects of the
 * encryption dictionary (never encrypted themselves); `id` is the trailer's /ID.
 */
export function openEncryption(
  dict: PdfDict,
  id: PdfObject | undefined,
  resolve: (o: PdfObject | undefined) => PdfObject | undefined,
): Encryption {
  if (nameOf(resolve(dict.get('Filter'))) !== 'Standard') return { kind: 'refused', why: 'unsupported' };
  const v = numOf(resolve(dict.get('V'))) ?? 0;
  const r = numOf(resolve(dict.get('R'))) ?? 0;
  if (v === 5 && (r === 5 || r === 6)) return openAes256(dict, resolve, r);
  if (r < 2 || r > 4 || v < 1 || v > 4) return { kind: 'refused', why: 'unsupported' };
  // The method of strings and streams: RC4 for V 1–2; V4 names crypt filters (/StmF).
  let method: 'rc4' | 'aes' | 'none' = 'rc4';
  let length = v === 1 ? 40 : (numOf(resolve(dict.get('Length'))) ?? 40);
  if (v === 4) {
    const filters = resolve(dict.get('CF'));
    const stmF = nameOf(resolve(dict.get('StmF'))) ?? 'Identity';
    if (stmF === 'Identity') method = 'none';
    else {
      const cf = isDict(filters) ? resolve(filters.get(stmF)) : undefined;
      const cfm = isDict(cf) ? nameOf(resolve(cf.get('CFM'))) : null;
      if (cfm === 'AESV2') method = 'aes';
      else if (cfm === 'V2') method = 'rc4';
      else if (cfm === 'None') method = 'none';
      else return { kind: 'refused', why: 'unsupported' };
      length = 128;
    }
  }
  if (length % 8 !== 0 || length < 40 || length > 128) return { kind: 'refused', why: 'unsupported' };
  const n = length / 8;
  const o = bytesOf(resolve(dict.get('O'))).subarray(0, 32);
  const u = bytesOf(resolve(dict.get('U'))).subarray(0, 32);
  const p = numOf(resolve(dict.get('P'))) ?? 0;
  const firstId = bytesOf(resolve(arrayOf(resolve(id))?.[0]));
  const encryptMetadata = resolve(dict.get('EncryptMetadata')) !== false;

  // Algorithm 2: the file key from the (empty) user password.
  const pBytes = Uint8Array.from([p & 255, (p >> 8) & 255, (p >> 16) & 255, (p >>> 24) & 255]);
  let hash = md5(
    concat(
      PAD,
      o,
      pBytes,
      firstId,
      r >= 4 && !encryptMetadata ? Uint8Array.from([255, 255, 255, 255]) : new Uint8Array(0),
    ),
  );
  if (r >= 3) for (let k = 0; k < 50; k++) hash = md5(hash.subarray(0, n));
  const key = hash.slice(0, r === 2 ? 5 : n);

  // Algorithms 4 and 5: the empty password is the user password when /U agrees.
  let matches: boolean;
  if (r === 2) {
    const check = rc4(key, PAD);
    matches = u.length >= 32 && check.every((b, k) => b === u[k]);
  } else {
    let check = rc4(key, md5(concat(PAD, firstId)));
    for (let i = 1; i <= 19; i++)
      check = rc4(
        key.map((b) => b ^ i),
        check,
      );
    matches = u.length >= 16 && check.every((b, k) => b === u[k]);
  }
  if (!matches) return { kind: 'refused', why: 'password' };
  if (method === 'none') return { kind: 'open', decrypt: (data) => data };

  // Algorithm 1: each object's own key.
  const objectKey = (num: number, gen: number) => {
    const extra = Uint8Array.from([
      num & 255,
      (num >> 8) & 255,
      (num >> 16) & 255,
      gen & 255,
      (gen >> 8) & 255,
    ]);
    const salt = method === 'aes' ? Uint8Array.from([0x73, 0x41, 0x6c, 0x54]) : new Uint8Array(0);
    return md5(concat(key, extra, salt)).subarray(0, Math.min(key.length + 5, 16));
  };
  return {
    kind: 'open',
    decrypt: (data, num, gen) =>
      method === 'aes'
        ? data.length < 32
          ? new Uint8Array(0)
          : aesCbcDecrypt(objectKey(num, gen), data)
        : rc4(objectKey(num, gen), data),
  };
}

/**
 * ISO 32000-2 Algorithm 2.B (revision 6; revision 5 is its first SHA-256 alone): the hash of a
 * password with a salt — rounds of AES-128-CBC over 64 copies of (password, key, user data), each
 * hashed by SHA-256, -384 or -512 as the first 16 bytes of its output say (their sum modulo 3),
 * at least 64 rounds, until the output's last byte is at most the round number − 32.
 */
export function passwordHash(
  password: Uint8Array,
  salt: Uint8Array,
  udata: Uint8Array,
  r: number,
): Uint8Array {
  let k: Uint8Array = sha256(concat(password, salt, udata));
  if (r === 5) return k;
  let e: Uint8Array = new Uint8Array(0);
  for (let round = 0; round < 64 || (e[e.length - 1] ?? 0) > round - 32; round++) {
    const one = concat(password, k, udata);
    const k1 = new Uint8Array(one.length * 64);
    for (let i = 0; i < 64; i++) k1.set(one, i * one.length);
    e = aesCbcEncryptBlocks(k.subarray(0, 16), k.subarray(16, 32), k1);
    // 256 ≡ 1 (mod 3): the 128-bit number modulo 3 is the sum of its bytes modulo 3.
    const which = e.subarray(0, 16).reduce((a, b) => a + b, 0) % 3;
    k = which === 0 ? sha256(e) : which === 1 ? sha384(e) : sha512(e);
  }
  return k.subarray(0, 32);
}

/**
 * AES-256 (V5, revisions 5 and 6) with the empty user password: /U holds the password's hash, its
 * validation salt and its key salt (Algorithm 11); the file key is /UE decrypted under the hash
 * with the key salt (Algorithm 2.A); each string and stream is AES-256-CBC under that key itself.
 */
function openAes256(
  dict: PdfDict,
  resolve: (o: PdfObject | undefined) => PdfObject | undefined,
  r: number,
): Encryption {
  const filters = resolve(dict.get('CF'));
  const stmF = nameOf(resolve(dict.get('StmF'))) ?? 'Identity';
  let method: 'aes' | 'none' = 'none';
  if (stmF !== 'Identity') {
    const cf = isDict(filters) ? resolve(filters.get(stmF)) : undefined;
    const cfm = isDict(cf) ? nameOf(resolve(cf.get('CFM'))) : null;
    if (cfm === 'AESV3') method = 'aes';
    else if (cfm !== 'None') return { kind: 'refused', why: 'unsupported' };
  }
  const u = bytesOf(resolve(dict.get('U')));
  const ue = bytesOf(resolve(dict.get('UE')));
  if (u.length < 48 || ue.length < 32) return { kind: 'refused', why: 'password' };
  const empty = new Uint8Array(0);
  const check = passwordHash(empty, u.subarray(32, 40), empty, r);
  if (!check.every((b, k) => b === u[k])) return { kind: 'refused', why: 'password' };
  const intermediate = passwordHash(empty, u.subarray(40, 48), empty, r);
  const key = aesCbcDecrypt(intermediate, ue.subarray(0, 32), new Uint8Array(16), false);
  if (method === 'none') return { kind: 'open', decrypt: (data) => data };
  return {
    kind: 'open',
    decrypt: (data) => (data.length < 32 ? new Uint8Array(0) : aesCbcDecrypt(key, data)),
  };
}
