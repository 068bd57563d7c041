// SHA-256 through WebCrypto (globalThis.crypto.subtle): present in every supported browser
// (secure contexts, which localhost and the PWA origin are) and in Node ≥ 19, so no dependency.
import type { Report } from '../report/report-schema';
import { canonicalJson } from './canonical-json';

export const DIGEST_ALGORITHM = 'SHA-256';

export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const hash = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const b of hash) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** The digest of a file (SPEC §7): SHA-256 of the canonical JSON of the `report` object. */
export function reportDigest(report: Report): Promise<string> {
  return sha256Hex(canonicalJson(report));
}
