// ECDSA on the NIST P-256 curve with SHA-256 — the signature of an approval (审定). WebCrypto
// (crypto.subtle) where the page has it; it exists only in secure contexts, so on a plain-HTTP
// intranet page the audited pure-JS @noble/curves does the same (loaded only then). Both write
// and read the same bytes: public keys as the 65-byte uncompressed point (SEC 1 §2.3.3),
// signatures as r‖s, 64 bytes (IEEE P1363, WebCrypto's format). WebCrypto does not normalise s
// to the lower half, so noble verifies with lowS off.

/** The part of SubtleCrypto used here; null takes the pure-JS path (as on plain HTTP). */
export type EcdsaSubtle = Pick<SubtleCrypto, 'generateKey' | 'exportKey' | 'importKey' | 'sign' | 'verify'>;

export const pageSubtle = (): EcdsaSubtle | null => globalThis.crypto?.subtle ?? null;

/**
 * A private key as this browser keeps it: a WebCrypto key that cannot be exported (IndexedDB
 * stores it as it is), or — where WebCrypto is missing — the 32 secret bytes.
 */
export type P256PrivateKey = { kind: 'webcrypto'; key: CryptoKey } | { kind: 'js'; secret: Uint8Array };

export type P256KeyPair = { privateKey: P256PrivateKey; publicKey: Uint8Array };

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

const noble = async () => (await import('@noble/curves/nist.js')).p256;

/** ArrayBuffer-backed copy (WebCrypto's BufferSource typing wants one). */
const buffer = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);

export async function generateP256KeyPair(subtle: EcdsaSubtle | null = pageSubtle()): Promise<P256KeyPair> {
  if (subtle) {
    // extractable false: the private key never leaves this browser, not even to a script of the page
    const pair = (await subtle.generateKey(ALGORITHM, false, ['sign', 'verify'])) as CryptoKeyPair;
    const publicKey = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
    return { privateKey: { kind: 'webcrypto', key: pair.privateKey }, publicKey };
  }
  const p256 = await noble();
  const secret = p256.utils.randomSecretKey();
  return { privateKey: { kind: 'js', secret }, publicKey: p256.getPublicKey(secret, false) };
}

export async function signP256(
  privateKey: P256PrivateKey,
  message: Uint8Array,
  subtle: EcdsaSubtle | null = pageSubtle(),
): Promise<Uint8Array> {
  if (privateKey.kind === 'webcrypto') {
    if (!subtle)
      throw new Error('这把密钥由浏览器的 WebCrypto 保管，但本页面（非 HTTPS）无法使用 WebCrypto。');
    return new Uint8Array(await subtle.sign(SIGN, privateKey.key, buffer(message)));
  }
  return (await noble()).sign(message, privateKey.secret, { prehash: true, format: 'compact' });
}

/** False for any malformed key or signature: a file's bytes are never trusted to be well-formed. */
export async function verifyP256(
  publicKey: Uint8Array,
  signature: Uint8Array,
  message: Uint8Array,
  subtle: EcdsaSubtle | null = pageSubtle(),
): Promise<boolean> {
  if (publicKey.length !== 65 || publicKey[0] !== 0x04 || signature.length !== 64) return false;
  try {
    if (subtle) {
      const key = await subtle.importKey('raw', buffer(publicKey), ALGORITHM, false, ['verify']);
      return await subtle.verify(SIGN, key, buffer(signature), buffer(message));
    }
    return (await noble()).verify(signature, message, publicKey, {
      prehash: true,
      lowS: false,
      format: 'compact',
    });
  } catch {
    return false;
  }
}
