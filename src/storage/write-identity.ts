// Write identities (StoredReport.writeId): 64 random bits per write. getRandomValues, not
// randomUUID: it exists in insecure contexts too (a plain-HTTP intranet server).
import type { Base, StoredReport } from './stored-report';

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
