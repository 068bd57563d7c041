// The signed approval (审定签名) a report carries once it is 已审定 (SPEC §7 `review.approval`;
// domain/interchange/approval.ts signs and verifies it). Without it anyone could edit a file's status
// to approved: the report's digest alone can be recomputed by anyone.
import '../zod-setup';
import { z } from 'zod';
import { APPROVAL_ALGORITHM } from './approval-algorithm';

export const signedApprovalSchema = z.strictObject({
  algorithm: z.literal(APPROVAL_ALGORITHM),
  /** the reviewer's public key: the uncompressed P-256 point (65 bytes), base64url */
  publicKey: z.string().regex(/^[A-Za-z0-9_-]{87}$/, { error: '公钥格式不正确' }),
  /** who approved, as in the 审定 history entry */
  approver: z.string().max(100),
  /** when, as in the 审定 history entry */
  at: z.iso.datetime({ offset: true, error: '时间格式不正确' }),
  /** SHA-256 of the canonical JSON of the report that was approved (the file's digest) */
  reportDigest: z.string().regex(/^[0-9a-f]{64}$/, { error: '校验码应为64位小写十六进制' }),
  /** ECDSA signature r‖s (64 bytes), base64url */
  signature: z.string().regex(/^[A-Za-z0-9_-]{86}$/, { error: '签名格式不正确' }),
});
export type SignedApproval = z.infer<typeof signedApprovalSchema>;
