// This browser's key pair for signing approvals (审定), created once and kept: the private key
// stays in IndexedDB (a WebCrypto key that cannot be exported; where WebCrypto is missing, on a
// plain-HTTP page, its 32 secret bytes), and its public key travels in every approval it signs.
// Settings are not in backups, so clearing the browser's data loses the key: the next approval
// is signed with a new one, and the units' browsers ask before trusting it.
//
// The signing code (approval.ts: SHA-256, ECDSA P-256, canonical JSON) loads at its first use, not
// with the repository at start: issue 17's first-load budget (signing-code.ts).
import type { SignedApproval } from '../domain/report/approval-schema';
import type { NianbaoDb } from './db';
import type { Clock } from './report-update';
import { signingCode } from './signing-code';
import type { StoredSigningKey } from './stored-report';

export type SigningKeyInfo = { publicKey: string; fingerprint: string; createdAt: string };

async function info(k: StoredSigningKey): Promise<SigningKeyInfo> {
  const { keyFingerprint } = await signingCode();
  return { publicKey: k.publicKey, fingerprint: keyFingerprint(k.publicKey), createdAt: k.createdAt };
}

export function createSigningKeyStore(db: NianbaoDb, clock: Clock) {
  async function stored(): Promise<StoredSigningKey | undefined> {
    const row = await db.settings.get('signingKey');
    return row?.key === 'signingKey' ? row.value : undefined;
  }

  /** The key, created at the first call. Two tabs creating at once keep one: the first stored. */
  async function getOrCreate(): Promise<StoredSigningKey> {
    const found = await stored();
    if (found) return found;
    // Generated outside the transaction: an IndexedDB transaction ends at an await on anything else.
    const { generateP256KeyPair, toBase64url } = await signingCode();
    const pair = await generateP256KeyPair();
    const candidate: StoredSigningKey = {
      publicKey: toBase64url(pair.publicKey),
      privateKey: pair.privateKey,
      createdAt: clock().toISOString(),
    };
    return db.transaction('rw', db.settings, async () => {
      const first = await stored();
      if (first) return first;
      await db.settings.put({ key: 'signingKey', value: candidate });
      return candidate;
    });
  }

  return {
    /** This browser's key (fingerprint for 「设置」), without creating one. */
    signingKeyInfo: async (): Promise<SigningKeyInfo | null> => {
      const k = await stored();
      return k ? await info(k) : null;
    },
    /** This browser's key, created now if it has none. */
    ensureSigningKey: async (): Promise<SigningKeyInfo> => await info(await getOrCreate()),
    /** Signs an approval with this browser's key (created at the first approval). */
    signApproval: async (statement: {
      approver: string;
      at: string;
      reportDigest: string;
    }): Promise<SignedApproval> => {
      const k = await getOrCreate();
      const { fromBase64url, signApproval } = await signingCode();
      const publicKey = fromBase64url(k.publicKey);
      if (!publicKey) throw new Error('stored signing key is damaged');
      return signApproval(statement, { privateKey: k.privateKey, publicKey });
    },
  };
}
