// SHA-512 and SHA-384 in plain TypeScript (FIPS 180-4 §6.4, §6.5), with BigInt words: only the PDF
// reader's AES-256 key derivation (revision 6, ISO 32000-2 Algorithm 2.B) needs them, on a few
// kilobytes, where crypto.subtle may be missing (plain HTTP). The constants are computed here from
// their definition (the first 64 bits of the fractional parts of square and cube roots of primes).

const MASK = (1n << 64n) - 1n;

function primes(n: number): number[] {
  const out: number[] = [];
  for (let k = 2; out.length < n; k++) if (out.every((p) => k % p !== 0)) out.push(k);
  return out;
}

/** floor(value^(1/root)) for a non-negative BigInt, by Newton's method. */
function intRoot(value: bigint, root: bigint): bigint {
  if (value < 2n) return value;
  let x = 1n << (BigInt(value.toString(2).length) / root + 1n);
  for (;;) {
    const y = ((root - 1n) * x + value / x ** (root - 1n)) / root;
    if (y >= x) return x;
    x = y;
  }
}

/** The first 64 bits of the fractional part of p^(1/root). */
const fraction64 = (p: number, root: bigint) => intRoot(BigInt(p) << (64n * root), root) & MASK;

const PRIMES = primes(80);
const K = PRIMES.map((p) => fraction64(p, 3n));
const H512 = PRIMES.slice(0, 8).map((p) => fraction64(p, 2n));
const H384 = PRIMES.slice(8, 16).map((p) => fraction64(p, 2n));

const rotr = (x: bigint, n: bigint) => ((x >> n) | (x << (64n - n))) & MASK;

function digest(message: Uint8Array, initial: readonly bigint[], outBytes: number): Uint8Array {
  const blocks = Math.ceil((message.length + 17) / 128);
  const bytes = new Uint8Array(blocks * 128);
  bytes.set(message);
  bytes[message.length] = 0x80;
  const view = new DataView(bytes.buffer);
  const bits = BigInt(message.length) * 8n;
  view.setBigUint64(bytes.length - 8, bits & MASK);
  const h = [...initial];
  const w = new Array<bigint>(80);
  for (let b = 0; b < blocks; b++) {
    for (let t = 0; t < 16; t++) w[t] = view.getBigUint64(b * 128 + t * 8);
    for (let t = 16; t < 80; t++) {
      const x = w[t - 15]!;
      const y = w[t - 2]!;
      const s0 = rotr(x, 1n) ^ rotr(x, 8n) ^ (x >> 7n);
      const s1 = rotr(y, 19n) ^ rotr(y, 61n) ^ (y >> 6n);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) & MASK;
    }
    let [a, bb, c, d, e, f, g, hh] = h as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    for (let t = 0; t < 80; t++) {
      const S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
      const ch = (e & f) ^ (~e & MASK & g);
      const t1 = (hh + S1 + ch + K[t]! + w[t]!) & MASK;
      const S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
      const maj = (a & bb) ^ (a & c) ^ (bb & c);
      const t2 = (S0 + maj) & MASK;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & MASK;
      d = c;
      c = bb;
      bb = a;
      a = (t1 + t2) & MASK;
    }
    const next = [a, bb, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = (h[i]! + next[i]!) & MASK;
  }
  const out = new Uint8Array(64);
  const outView = new DataView(out.buffer);
  h.forEach((v, i) => {
    outView.setBigUint64(i * 8, v);
  });
  return out.slice(0, outBytes);
}

export const sha512 = (message: Uint8Array): Uint8Array => digest(message, H512, 64);
export const sha384 = (message: Uint8Array): Uint8Array => digest(message, H384, 48);
