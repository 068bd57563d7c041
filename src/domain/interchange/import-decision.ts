// What importing a report file that already exists here (same id) should do. The two PCs of a
// clerk and a supervisor each remember the digest of the last file they exchanged for the report:
// if this copy has not changed since, the incoming file is simply a later revision and may replace
// it; if both sides changed since they diverged, the incoming one is kept as a copy — an import
// never loses anything.
export type ImportDecision = 'same' | 'replace' | 'keep-both';

export function decideImport(d: {
  localDigest: string;
  lastExchangeDigest: string | null | undefined;
  incomingDigest: string;
}): ImportDecision {
  if (d.incomingDigest === d.localDigest) return 'same';
  if (d.lastExchangeDigest && d.lastExchangeDigest === d.localDigest) return 'replace';
  return 'keep-both';
}
