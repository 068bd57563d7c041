// SHA-256 of the canonical JSON. WebCrypto (crypto.subtle) where the page has it; it exists only in
// secure contexts, so a page served over plain HTTP from an intranet server uses the pure
// TypeScript implementation instead (crypto/sha256.ts). Both give the same digest.
import { sha256 } from '../crypto/sha256';
import type { Report } from '../report/report-schema';
import { canonicalJson } from './canonical-json';

export const DIGEST_ALGORITHM = 'SHA-256';

/** The part of SubtleCrypto used here; null takes the pure TypeScript path (as on plain HTTP). */
export type DigestProvider = Pick<SubtleCrypto, 'digest'>;

const pageSubtle = (): DigestProvider | null => globalThis.crypto?.subtle ?? null;

export async function sha256Hex(text: string, subtle: DigestProvider | null = pageSubtle()): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const hash = subtle ? new Uint8Array(await subtle.digest('SHA-256', bytes)) : sha256(bytes);
  let hex = '';
  for (const b of hash) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** The digest of a file (SPEC §7): SHA-256 of the canonical JSON of the `report` object. */
export function reportDigest(report: Report): Promise<string> {
  return sha256Hex(canonicalJson(report));
}
