// The ciphers of PDF's standard security handler, in plain TypeScript (pages served over plain HTTP
// have no crypto.subtle): MD5 (RFC 1321), RC4, and AES decryption in CBC mode (FIPS 197; 128- and
// 256-bit keys). Only what decrypting a file needs; nothing here protects anything.

const MD5_SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
const MD5_K = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32) >>> 0);

export function md5(data: Uint8Array): Uint8Array {
  const length = data.length;
  const padded = new Uint8Array((((length + 8) >> 6) + 1) << 6);
  padded.set(data);
  padded[length] = 0x80;
  const bits = length * 8;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, bits >>> 0, true);
  view.setUint32(padded.length - 4, Math.floor(bits / 2 ** 32), true);
  let a0 = 0x67452301;
  let b0 = 0xefcdab89;
  let c0 = 0x98badcfe;
  let d0 = 0x10325476;
  const m = new Uint32Array(16);
  for (let block = 0; block < padded.length; block += 64) {
    for (let k = 0; k < 16; k++) m[k] = view.getUint32(block + 4 * k, true);
    let a = a0;
    let b = b0;
    let c = c0;
    let d = d0;
    for (let i = 0; i < 64; i++) {
      let f: number;
      let g: number;
      if (i < 16) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (i < 32) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) % 16;
      } else if (i < 48) {
        f = b ^ c ^ d;
        g = (3 * i + 5) % 16;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) % 16;
      }
      f = (f + a + MD5_K[i]! + m[g]!) >>> 0;
      a = d;
      d = c;
      c = b;
      const s = MD5_SHIFTS[(i >> 4) * 4 + (i % 4)]!;
      b = (b + ((f << s) | (f >>> (32 - s)))) >>> 0;
    }
    a0 = (a0 + a) >>> 0;
    b0 = (b0 + b) >>> 0;
    c0 = (c0 + c) >>> 0;
    d0 = (d0 + d) >>> 0;
  }
  const out = new Uint8Array(16);
  const o = new DataView(out.buffer);
  o.setUint32(0, a0, true);
  o.setUint32(4, b0, true);
  o.setUint32(8, c0, true);
  o.setUint32(12, d0, true);
  return out;
}

/** RC4 (encryption and decryption are the same). */
export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    const t = s[i]!;
    s[i] = s[j]!;
    s[j] = t;
  }
  const out = new Uint8Array(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    const t = s[i]!;
    s[i] = s[j]!;
    s[j] = t;
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}

// AES S-boxes, computed (multiplicative inverse in GF(2^8), then the affine map).
const SBOX = new Uint8Array(256);
const INV_SBOX = new Uint8Array(256);
{
  const rotl8 = (x: number, n: number) => ((x << n) | (x >> (8 - n))) & 255;
  let p = 1;
  let q = 1;
  do {
    p = (p ^ ((p << 1) & 255) ^ (p & 0x80 ? 0x1b : 0)) & 255;
    q ^= (q << 1) & 255;
    q ^= (q << 2) & 255;
    q ^= (q << 4) & 255;
    if (q & 0x80) q ^= 0x09;
    SBOX[p] = q ^ rotl8(q, 1) ^ rotl8(q, 2) ^ rotl8(q, 3) ^ rotl8(q, 4) ^ 0x63;
  } while (p !== 1);
  SBOX[0] = 0x63;
  for (let i = 0; i < 256; i++) INV_SBOX[SBOX[i]!] = i;
}

const xtime = (x: number) => ((x << 1) ^ (x & 0x80 ? 0x1b : 0)) & 255;
function gmul(a: number, b: number): number {
  let r = 0;
  let x = a;
  for (let y = b; y > 0; y >>= 1) {
    if (y & 1) r ^= x;
    x = xtime(x);
  }
  return r;
}

function expandKey(key: Uint8Array): { words: Uint8Array; rounds: number } {
  const nk = key.length / 4;
  const rounds = nk + 6;
  const words = new Uint8Array(16 * (rounds + 1));
  words.set(key);
  let rcon = 1;
  for (let i = nk; i < 4 * (rounds + 1); i++) {
    let t = words.slice(4 * (i - 1), 4 * i);
    if (i % nk === 0) {
      t = Uint8Array.from([SBOX[t[1]!]! ^ rcon, SBOX[t[2]!]!, SBOX[t[3]!]!, SBOX[t[0]!]!]);
      rcon = xtime(rcon);
    } else if (nk > 6 && i % nk === 4) {
      t = t.map((v) => SBOX[v]!);
    }
    for (let k = 0; k < 4; k++) words[4 * i + k] = words[4 * (i - nk) + k]! ^ t[k]!;
  }
  return { words, rounds };
}

function decryptBlock(block: Uint8Array, key: { words: Uint8Array; rounds: number }): Uint8Array {
  const s = block.slice();
  const add = (round: number) => {
    for (let k = 0; k < 16; k++) s[k] = s[k]! ^ key.words[16 * round + k]!;
  };
  const invShiftSub = () => {
    const t = s.slice();
    // state is column-major: byte (row r, column c) at 4c + r; row r shifts right by r
    for (let c = 0; c < 4; c++)
      for (let r = 0; r < 4; r++) s[4 * ((c + r) % 4) + r] = INV_SBOX[t[4 * c + r]!]!;
  };
  const invMix = () => {
    for (let c = 0; c < 4; c++) {
      const [a0, a1, a2, a3] = [s[4 * c]!, s[4 * c + 1]!, s[4 * c + 2]!, s[4 * c + 3]!];
      s[4 * c] = gmul(a0, 14) ^ gmul(a1, 11) ^ gmul(a2, 13) ^ gmul(a3, 9);
      s[4 * c + 1] = gmul(a0, 9) ^ gmul(a1, 14) ^ gmul(a2, 11) ^ gmul(a3, 13);
      s[4 * c + 2] = gmul(a0, 13) ^ gmul(a1, 9) ^ gmul(a2, 14) ^ gmul(a3, 11);
      s[4 * c + 3] = gmul(a0, 11) ^ gmul(a1, 13) ^ gmul(a2, 9) ^ gmul(a3, 14);
    }
  };
  add(key.rounds);
  for (let round = key.rounds - 1; round >= 1; round--) {
    invShiftSub();
    add(round);
    invMix();
  }
  invShiftSub();
  add(0);
  return s;
}

/**
 * AES-CBC decryption of `data` (IV first, as PDF writes it, unless `iv` is given), PKCS#5 padding
 * removed when valid (`unpad` false: whole blocks kept, as for an AES-256 file key in /UE).
 */
export function aesCbcDecrypt(
  keyBytes: Uint8Array,
  data: Uint8Array,
  iv?: Uint8Array,
  unpad = true,
): Uint8Array {
  const key = expandKey(keyBytes);
  let previous = iv ?? data.subarray(0, 16);
  const body = iv ? data : data.subarray(16);
  const blocks = Math.floor(body.length / 16);
  const out = new Uint8Array(blocks * 16);
  for (let b = 0; b < blocks; b++) {
    const block = body.subarray(16 * b, 16 * b + 16);
    const plain = decryptBlock(block, key);
    for (let k = 0; k < 16; k++) out[16 * b + k] = plain[k]! ^ previous[k]!;
    previous = block;
  }
  if (!unpad) return out;
  const pad = out[out.length - 1] ?? 0;
  if (pad >= 1 && pad <= 16 && pad <= out.length) return out.subarray(0, out.length - pad);
  return out;
}

function encryptBlock(block: Uint8Array, key: { words: Uint8Array; rounds: number }): Uint8Array {
  const s = block.slice();
  const add = (round: number) => {
    for (let k = 0; k < 16; k++) s[k] = s[k]! ^ key.words[16 * round + k]!;
  };
  const shiftSub = () => {
    const t = s.slice();
    // state is column-major: byte (row r, column c) at 4c + r; row r shifts left by r
    for (let c = 0; c < 4; c++) for (let r = 0; r < 4; r++) s[4 * c + r] = SBOX[t[4 * ((c + r) % 4) + r]!]!;
  };
  const mix = () => {
    for (let c = 0; c < 4; c++) {
      const [a0, a1, a2, a3] = [s[4 * c]!, s[4 * c + 1]!, s[4 * c + 2]!, s[4 * c + 3]!];
      s[4 * c] = gmul(a0, 2) ^ gmul(a1, 3) ^ a2 ^ a3;
      s[4 * c + 1] = a0 ^ gmul(a1, 2) ^ gmul(a2, 3) ^ a3;
      s[4 * c + 2] = a0 ^ a1 ^ gmul(a2, 2) ^ gmul(a3, 3);
      s[4 * c + 3] = gmul(a0, 3) ^ a1 ^ a2 ^ gmul(a3, 2);
    }
  };
  add(0);
  for (let round = 1; round < key.rounds; round++) {
    shiftSub();
    mix();
    add(round);
  }
  shiftSub();
  add(key.rounds);
  return s;
}

/** AES-CBC encryption of whole blocks, no padding (the PDF 2.0 key derivation, Algorithm 2.B). */
export function aesCbcEncryptBlocks(keyBytes: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const key = expandKey(keyBytes);
  const out = new Uint8Array(data.length - (data.length % 16));
  let previous = iv;
  for (let b = 0; b < out.length / 16; b++) {
    const block = data.slice(16 * b, 16 * b + 16);
    for (let k = 0; k < 16; k++) block[k] = block[k]! ^ previous[k]!;
    previous = encryptBlock(block, key);
    out.set(previous, 16 * b);
  }
  return out;
}
