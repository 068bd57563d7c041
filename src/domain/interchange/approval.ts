// Signing and verifying an approval (审定). The reviewing browser signs, with its own key pair
// (storage/signing-key.ts), the statement "status approved, by <approver>, at <time>, of the
// report whose digest is <digest>"; the signature travels in `review.approval`. A file whose
// status says 已审定 but whose approval does not verify — missing, signed by nobody, for other
// content, or not matching its own 审定 history entry — is not believed: it is imported as 待审核
// with the reason (asUnverified). Which keys to trust is the importing browser's decision
// (storage/trusted-reviewers.ts): this file only says whether the signature is sound.
import { fromBase64url, toBase64url } from '../crypto/base64url';
import { type EcdsaSubtle, type P256KeyPair, pageSubtle, signP256, verifyP256 } from '../crypto/ecdsa-p256';
import { sha256 } from '../crypto/sha256';
import { APPROVAL_ALGORITHM } from '../report/approval-algorithm';
import type { SignedApproval } from '../report/approval-schema';
import type { HistoryEntry, Review } from '../report/review-schema';
import { canonicalJson } from './canonical-json';

/** Names what is signed, so a signature made for anything else never passes for an approval. */
const PAYLOAD_TYPE = 'gov-info-disclosure-annual-report-approval';

/** The bytes that are signed: canonical JSON of (status, approver, time, report digest). */
export function approvalPayload(a: Pick<SignedApproval, 'approver' | 'at' | 'reportDigest'>): Uint8Array {
  return new TextEncoder().encode(
    canonicalJson({
      type: PAYLOAD_TYPE,
      status: 'approved',
      approver: a.approver,
      at: a.at,
      reportDigest: a.reportDigest,
    }),
  );
}

/** The short form a person compares: the first 64 bits of SHA-256 of the key, e.g. 「3F2A-91C0-77B1-0D4E」. */
export function keyFingerprint(publicKey: string | Uint8Array): string {
  const raw = typeof publicKey === 'string' ? fromBase64url(publicKey) : publicKey;
  if (!raw) return '（无效的密钥）';
  const hex = Array.from(sha256(raw).slice(0, 8), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return hex.match(/.{4}/g)!.join('-');
}

export async function signApproval(
  statement: { approver: string; at: string; reportDigest: string },
  key: P256KeyPair,
  subtle: EcdsaSubtle | null = pageSubtle(),
): Promise<SignedApproval> {
  const signature = await signP256(key.privateKey, approvalPayload(statement), subtle);
  return {
    algorithm: APPROVAL_ALGORITHM,
    publicKey: toBase64url(key.publicKey),
    ...statement,
    signature: toBase64url(signature),
  };
}

export type ApprovalCheck =
  /** the file is not 已审定: nothing to verify */
  | { kind: 'not-approved' }
  | { kind: 'verified'; approval: SignedApproval; fingerprint: string }
  | { kind: 'unverified'; reason: string };

// A loop, not findLast/at: the browsers offices run lag years behind (Chromium 86).
function lastApprove(history: readonly HistoryEntry[]): HistoryEntry | undefined {
  for (let i = history.length - 1; i >= 0; i--) if (history[i]!.action === 'approve') return history[i];
  return undefined;
}

/**
 * Whether the review's 已审定 is signed, for exactly this report (`reportDigest`: the digest of
 * the report as imported, derived values recomputed — domain/interchange/digest.ts).
 */
export async function checkApproval(
  review: Review,
  reportDigest: string,
  subtle: EcdsaSubtle | null = pageSubtle(),
): Promise<ApprovalCheck> {
  if (review.status !== 'approved') return { kind: 'not-approved' };
  const a = review.approval;
  if (!a) return { kind: 'unverified', reason: '文件中没有审定签名' };
  const entry = lastApprove(review.history);
  if (!entry || entry.actor !== a.approver || Date.parse(entry.at) !== Date.parse(a.at))
    return { kind: 'unverified', reason: '审定签名与审核记录中的审定人或审定时间不一致' };
  if (a.reportDigest !== reportDigest)
    return {
      kind: 'unverified',
      reason: '审定签名对应的报告内容与文件中的报告不一致（报告在审定后被修改过）',
    };
  const publicKey = fromBase64url(a.publicKey);
  const signature = fromBase64url(a.signature);
  const sound =
    publicKey !== null &&
    signature !== null &&
    (await verifyP256(publicKey, signature, approvalPayload(a), subtle));
  if (!sound) return { kind: 'unverified', reason: '审定签名无效（不是由审核人的密钥签出的）' };
  return { kind: 'verified', approval: a, fingerprint: keyFingerprint(publicKey) };
}

/** What the clerk reads when an approval is not believed. */
export const unverifiedApprovalWarning = (reason: string) =>
  `此文件标记为「已审定」，但${reason}，无法确认是审核人审定的。为防止伪造，已作为「待审核」导入；请与审核人核实，必要时请审核人重新审定。`;

/**
 * The review as imported when its approval is not believed: 待审核, without the approval, and a
 * history entry that says why (at `at`, the import time).
 */
export function asUnverified(review: Review, reason: string, at: Date): Review {
  const { approval: _dropped, ...rest } = review;
  const entry: HistoryEntry = {
    action: 'import',
    actor: '',
    at: at.toISOString(),
    from: 'approved',
    to: 'submitted',
    note: `审定签名无法验证（${reason}），作为待审核导入`,
    revision: review.history[review.history.length - 1]?.revision ?? 0,
  };
  return { ...rest, status: 'submitted', history: [...review.history, entry] };
}
