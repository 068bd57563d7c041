// What importing a report file that already exists here (same id) should do. The two PCs of a
// clerk and a supervisor each remember the digest of the last file they exchanged for the report:
// if this copy has not changed since, the incoming file is simply a later revision and may replace
// it; if both sides changed since they diverged, the incoming one is kept as a copy — an import
// never loses anything.
// A file OLDER than this copy — an earlier 送审 file opened after the later one (two files of one
// unit side by side in a mailbox) — is neither: its review history is a strict beginning of this
// copy's. Replacing would put back the earlier numbers and the earlier status as if they were the
// newer ones (the dialog said 「较新版本」), so it is said so, and only a copy can be made.
import type { HistoryEntry } from '../report/review-schema';

export type ImportDecision = 'same' | 'replace' | 'keep-both' | 'older';

type Step = Pick<HistoryEntry, 'action' | 'at' | 'from' | 'to'>;
export const sameStep = (a: Step, b: Step): boolean =>
  a.action === b.action && a.at === b.at && a.from === b.from && a.to === b.to;

/**
 * `incoming` is a strict beginning of `local`: the file was sent before this copy's later steps.
 * Steps this PC wrote on import only (an approval whose signature did not verify, approval.ts) do
 * not make the same file older.
 */
export function isEarlierHistory(incoming: readonly Step[], local: readonly Step[]): boolean {
  return (
    incoming.length < local.length &&
    incoming.every((step, i) => sameStep(step, local[i]!)) &&
    local.slice(incoming.length).some((step) => step.action !== 'import')
  );
}

export function decideImport(d: {
  localDigest: string;
  lastExchangeDigest: string | null | undefined;
  incomingDigest: string;
  /** the review histories of this copy and of the file (absent: not compared) */
  localHistory?: readonly Step[];
  incomingHistory?: readonly Step[];
}): ImportDecision {
  if (d.localHistory && d.incomingHistory && isEarlierHistory(d.incomingHistory, d.localHistory))
    return 'older';
  if (d.incomingDigest === d.localDigest) return 'same';
  if (d.lastExchangeDigest && d.lastExchangeDigest === d.localDigest) return 'replace';
  return 'keep-both';
}
