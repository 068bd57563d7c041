// 「设置」: this browser's approval key (its fingerprint, to read out to the units) and the
// reviewers' keys it trusts (issue 16). A browser used for 审核 creates its key here if it has
// none yet, so the reviewer can tell the units the fingerprint before the first 审定; one used for
// 填报 lists the reviewers' keys it pinned (issue 15's roles decide which part is shown).
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { BrowserUse } from '../../domain/review/roles';
import type { SigningKeyInfo } from '../../storage/signing-key';
import { formatDateTime } from '../components/format';
import { useRepository } from '../hooks/use-repository';

export function SigningKeys({ use }: { use: BrowserUse }) {
  const repo = useRepository();
  const [own, setOwn] = useState<SigningKeyInfo | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    if (!use.review) return;
    repo.ensureSigningKey().then(setOwn, () => setError('无法生成审定签名密钥（浏览器存储不可用）。'));
  }, [repo, use.review]);
  const trusted = useLiveQuery(() => repo.listTrustedReviewers(), [repo]);
  return (
    <div className="panel">
      <h2>审定签名</h2>
      {use.review && (
        <>
          <p className="hint">
            本机「审定」报告时，用本机保存的密钥签名（ECDSA
            P-256），签名随审定文件发给报送单位，对方导入时核对。请把下面的密钥指纹告诉各单位，以便他们核对。清理浏览器数据会丢失密钥，之后的审定将使用新密钥，各单位导入时会被询问是否信任。
          </p>
          <p data-testid="own-fingerprint">
            本机密钥指纹：
            {own ? (
              <>
                <code data-fingerprint>{own.fingerprint}</code>（生成于 {formatDateTime(own.createdAt)}）
              </>
            ) : (
              error || '正在读取…'
            )}
          </p>
        </>
      )}
      {use.fill && (
        <>
          <h3>本机信任的审核人密钥</h3>
          {trusted && trusted.length > 0 ? (
            <ul data-testid="trusted-reviewers">
              {trusted.map((t) => (
                <li key={t.publicKey}>
                  <code data-fingerprint>{t.fingerprint}</code> {t.approver || '（未设置姓名）'}（
                  {formatDateTime(t.trustedAt)} 起信任）{' '}
                  <button type="button" onClick={() => void repo.forgetTrustedReviewer(t.publicKey)}>
                    不再信任
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="hint" data-testid="trusted-reviewers">
              尚未收到审核人签名的审定。第一次导入审定文件时，会记住审核人的密钥；以后由其他密钥签名的审定会先询问您。
            </p>
          )}
        </>
      )}
    </div>
  );
}
