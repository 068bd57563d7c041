// The records nianbao keeps in IndexedDB. Defined here (not inferred from a zod schema) so storage
// does not depend on the interchange layer; src/domain/interchange/backup.ts validates the same
// shape when a backup is read, and the two are to be aligned (see the storage report).
import type { P256PrivateKey } from '../domain/crypto/ecdsa-p256';
import type { OtherMattersKey, ReviewStatus } from '../domain/report/keys';
import type { ReportDraft } from '../domain/report/report-schema';
import type { Review } from '../domain/report/review-schema';
import type { BrowserUse, ReportOrigin } from '../domain/review/roles';

/** 'reference' = a published report imported only for comparison/audit, never edited as one's own. */
export type StoredReportKind = 'draft' | 'reference';

export type StoredReport = {
  /** also draft.id */
  id: string;
  /** +1 on every successful write; starts at 1. Guards against an older tab overwriting a newer save. */
  revision: number;
  /**
   * A new random id on every write (write-identity.ts). Revisions can repeat — a restored backup
   * may hold the same id at the same revision with other content — so a write is checked against
   * both. Local only: never exported, never taken from a file. Absent on records written before.
   */
  writeId?: string;
  createdAt: string;
  updatedAt: string;
  /** set when moved to 回收站 (soft delete); null otherwise */
  deletedAt: string | null;
  kind: StoredReportKind;
  draft: ReportDraft;
  review: Review;
  /**
   * 'own': filled here (新建, text import, a file of one's own); 'received': a unit's report that
   * came in a file for review (domain/review/roles.ts). Absent on reports stored before it was
   * recorded: originOf() decides from 「设置」.
   */
  origin?: ReportOrigin;
  /** check id → fingerprint of the values when its warning was accepted */
  acceptedFingerprints: Record<string, string>;
  /** link to last year's report; null = match by agencyName and year − 1 */
  previousYearId: string | null;
  /** JSON-safe findings of a text import (opaque to storage) */
  importSummary: unknown | null;
  /**
   * Digest (SHA-256 of the canonical report) of the last JSON file exported or imported for this
   * report: tells an import whether this copy changed since the two PCs last exchanged it.
   */
  lastExchangeDigest?: string | null;
  // Denormalised from draft/review for the reports list and the indexes (kept in step on every write).
  agencyName: string;
  year: number | null;
  status: ReviewStatus;
  errorCount: number;
  warningCount: number;
  /**
   * What errorCount/warningCount (and so the list and 汇总 records written with this report) were
   * computed with: domain/summary/summary-facts.ts CHECKED_WITH of the code that counted. Absent
   * when nobody counted with a known version (records written before it was recorded, a report
   * created without counts, one restored from a backup): such counts are derived again at
   * start-up (derived-refresh.ts). Local only, like writeId: never in a backup or a file.
   */
  checkedWith?: string;
};

export const VERSION_REASONS = ['step', 'interval', 'restore', 'import', 'review', 'manual'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

export type ReportVersion = {
  /** auto-incremented by IndexedDB */
  id?: number;
  reportId: string;
  at: string;
  /** the report's revision whose draft this is */
  revision: number;
  reason: VersionReason;
  draft: ReportDraft;
  review?: Review;
};

/** A stored version as read back (the id is always present then). */
export type SavedReportVersion = ReportVersion & { id: number };

export type Settings = {
  reviewerName: string;
  /** 「设置」: what this browser is used for — 填报, 审核, or both */
  browserUse: BrowserUse;
  requiredOtherMatters: OtherMattersKey[];
  persistRequested: boolean;
  persistGranted: boolean | null;
  /** 「显示上年数」: last year's number beside each cell when a previous-year report is linked */
  showPreviousYear: boolean;
};

export type Roster = { id: string; name: string; year: number | null; units: string[]; updatedAt: string };

/** Which write of a report a copy comes from: the revision and that write's identity. */
export type Stamp = { revision: number; writeId: string | null };

/** What a write is based on: a Stamp, or (weaker, revision only) a bare revision number. */
export type Base = number | Stamp;

export const stampOf = (r: Pick<StoredReport, 'revision' | 'writeId'>): Stamp => ({
  revision: r.revision,
  writeId: r.writeId ?? null,
});

/** What a successful write returns: the stamp to base the next write on. */
export type WriteResult = { revision: number; writeId: string; updatedAt: string };

export type Counts = { errorCount: number; warningCount: number };

/** This browser's key for signing approvals (signing-key.ts). */
export type StoredSigningKey = {
  /** the uncompressed P-256 point, base64url (as in SignedApproval.publicKey) */
  publicKey: string;
  privateKey: P256PrivateKey;
  createdAt: string;
};

/** A reviewer key this browser trusts (trusted-reviewers.ts). */
export type TrustedReviewer = {
  /** base64url, as in SignedApproval.publicKey */
  publicKey: string;
  fingerprint: string;
  /** the approver named when the key was first trusted */
  approver: string;
  trustedAt: string;
};
