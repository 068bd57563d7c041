// Write identities (StoredReport.writeId): 64 random bits per write. getRandomValues, not
// randomUUID: it exists in insecure contexts too (a plain-HTTP intranet server).
import type { Base, Stamp, StoredReport } from './stored-report';

export function newWriteId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** True when `current` is still the copy `base` was taken from. */
export function matchesBase(current: Pick<StoredReport, 'revision' | 'writeId'>, base: Base): boolean {
  if (typeof base === 'number') return current.revision === base;
  return current.revision === base.revision && (current.writeId ?? null) === base.writeId;
}

export const baseRevision = (base: Base): number => (typeof base === 'number' ? base : base.revision);

/**
 * True when `latest` (a stored record as read back) is another write than the one `known` stamps
 * and not an older read: a later revision, or the same revision with another identity (a restore
 * can put other content at an equal revision number). A lower revision is an older read still on
 * its way (a live query answered before the write), unless the record was removed and added again.
 */
export function isOtherWrite(latest: Pick<StoredReport, 'revision' | 'writeId'>, known: Stamp): boolean {
  if (latest.revision !== known.revision) return latest.revision > known.revision;
  return (latest.writeId ?? null) !== known.writeId;
}
