// Whether this browser believes a file's signed approval (issue 16): the signature was checked by
// the importer (domain/interchange/approval.ts); here the key is compared with the reviewer keys this
// browser has pinned (storage/trusted-reviewers.ts). The first reviewer key met is pinned when the
// file is imported; a different key later is trusted only if the clerk says so. A browser used only
// for 审核 pins nothing by itself: it trusts its own approvals, and any other key is asked about
// (otherwise a unit could approve its own report with a second browser and have it believed).
import { useLiveQuery } from 'dexie-react-hooks';
import type { ApprovalCheck } from '../../domain/interchange/approval';
import type { BrowserUse } from '../../domain/review/roles';
import type { TrustedReviewer } from '../../storage/stored-report';
import type { ReviewerTrust } from '../../storage/trusted-reviewers';
import { useRepository } from '../hooks/use-repository';

export type TrustChoice = 'trust' | 'distrust' | null;

export type ApprovalTrust =
  | { kind: 'none' }
  | { kind: 'checking' }
  | {
      kind: 'verified';
      trust: ReviewerTrust;
      publicKey: string;
      approver: string;
      fingerprint: string;
      pinned: TrustedReviewer[];
    };

export function useApprovalTrust(approval: ApprovalCheck | undefined, use: BrowserUse): ApprovalTrust {
  const repo = useRepository();
  const verified = approval?.kind === 'verified' ? approval : null;
  const state = useLiveQuery(async () => {
    if (!verified) return null;
    const [trust, pinned] = await Promise.all([
      repo.reviewerTrust(verified.approval.publicKey),
      repo.listTrustedReviewers(),
    ]);
    return { trust, pinned };
  }, [repo, verified?.approval.publicKey]);
  if (!verified) return { kind: 'none' };
  if (!state) return { kind: 'checking' };
  return {
    kind: 'verified',
    pinned: state.pinned,
    trust: state.trust === 'first' && !use.fill ? 'unknown' : state.trust,
    publicKey: verified.approval.publicKey,
    approver: verified.approval.approver,
    fingerprint: verified.fingerprint,
  };
}

/** The approval's line in the import dialog, and the question when the key is not the pinned one. */
export function ApprovalTrustNotice({
  state,
  choice,
  onChoose,
}: {
  state: ApprovalTrust;
  choice: TrustChoice;
  onChoose: (c: TrustChoice) => void;
}) {
  if (state.kind !== 'verified') return null;
  const who = state.approver || '（未设置姓名）';
  const key = <code data-fingerprint>{state.fingerprint}</code>;
  if (state.trust === 'own' || state.trust === 'trusted')
    return (
      <p className="banner info" data-approval-trust={state.trust}>
        审定签名有效：由{who}审定，密钥指纹 {key}
        {state.trust === 'own' ? '（本机的密钥）' : '（本机已信任的审核人密钥）'}。
      </p>
    );
  if (state.trust === 'first')
    return (
      <p className="banner info" data-approval-trust="first">
        审定签名有效：由{who}审定，密钥指纹 {key}
        。本机第一次收到审核人签名的审定：导入后将记住这把密钥，以后由其他密钥签名的审定会先询问您。请与审核人核对指纹（审核人在「设置」中可以看到）。
      </p>
    );
  return (
    <fieldset className="banner warning" data-approval-trust="unknown">
      <legend>审定签名的密钥与本机记住的不同</legend>
      <p>
        此文件由{who}审定，签名有效，但使用的密钥（指纹 {key}）不是本机记住的审核人密钥（
        {state.pinned.length > 0
          ? state.pinned.map((p) => `${p.fingerprint}，${p.approver || '未设置姓名'}`).join('；')
          : '本机用于审核，只信任本机自己的审定密钥'}
        ）。只有确认是审核人本人（例如更换了电脑或重新安装了浏览器）时才应信任；如有疑问，请先打电话与审核人核对指纹。
      </p>
      <label>
        <input
          type="radio"
          name="approval-trust"
          checked={choice === 'trust'}
          onChange={() => onChoose('trust')}
        />
        信任这把密钥，作为「已审定」导入
      </label>
      <label>
        <input
          type="radio"
          name="approval-trust"
          checked={choice === 'distrust'}
          onChange={() => onChoose('distrust')}
        />
        不信任，作为「待审核」导入
      </label>
    </fieldset>
  );
}
