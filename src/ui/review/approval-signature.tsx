// The signed approval (审定签名) in the UI: signing at 审定 (the key is created by storage at the
// first approval), and the line that shows who signed with which key, so a clerk can compare the
// fingerprint with the one the reviewer's 「设置」 shows.

import { keyFingerprint } from '../../domain/interchange/approval';
import { reportDigest } from '../../domain/interchange/digest';
import { draftToReport } from '../../domain/report/draft-convert';
import type { ReportDraft } from '../../domain/report/report-schema';
import type { Review } from '../../domain/report/review-schema';
import type { ReportRepository } from '../../storage/report-repository';
import { formatDateTime } from '../components/format';

/** The review with its approval signed, when the transition just made it 已审定. */
export async function withApprovalSignature(
  repo: ReportRepository,
  review: Review,
  draft: ReportDraft,
): Promise<Review> {
  const entry = review.history[review.history.length - 1];
  if (review.status !== 'approved' || entry?.action !== 'approve') return review;
  const approval = await repo.signApproval({
    approver: entry.actor,
    at: entry.at,
    reportDigest: await reportDigest(draftToReport(draft)),
  });
  return { ...review, approval };
}

export function ApprovalSignature({ review }: { review: Review }) {
  if (review.status !== 'approved') return null;
  const a = review.approval;
  if (!a)
    return (
      <p className="hint" data-approval="unsigned">
        审定签名：无（此审定由旧版本程序记录，没有签名）。
      </p>
    );
  return (
    <p className="hint" data-approval="signed">
      审定签名：{a.approver || '（未设置姓名）'}于{formatDateTime(a.at)}审定，密钥指纹{' '}
      <code data-fingerprint>{keyFingerprint(a.publicKey)}</code>
    </p>
  );
}
