// The hand-over between the unit and the 政务公开办, at the top of the editor on every step
// (issue 15): what state the report is in on this computer, what this person can do with it, and
// the file to send. 提交审核 / 退回 / 审定 each write the report and at once offer the file of the
// step (送审 / 退回 / 审定); 撤回提交 unlocks a submission nothing came back for. On a returned
// report the clerk reads the 退回意见 and every comment here, each a link to its cell or field.
import { useState } from 'react';
import type { ExchangeFileKind } from '../../domain/interchange/export-report';
import { EXCHANGE_FILE_KINDS, ORIGIN_LABELS, REVIEW_STATUS_LABELS } from '../../domain/report/labels';
import type { Review } from '../../domain/report/review-schema';
import { type ReportOrigin, reviewActions } from '../../domain/review/roles';
import {
  ACTION_LABELS,
  lastOf,
  type ReviewAction,
  submitBlockers,
  transition,
} from '../../domain/review/workflow';
import { storageErrorMessage } from '../../storage/storage-errors';
import { ErrorBanner } from '../components/error-banner';
import { StatusBadge } from '../components/review-status';
import { useEditor, useLatestReview } from '../editor/editor-context';
import { structurallyEqual } from '../editor/structural-equal';
import { useShownSelector } from '../editor/use-draft-selector';
import { downloadExchangeFile } from '../export/export-json';
import { useRepository } from '../hooks/use-repository';
import { useSettings } from '../hooks/use-settings';
import { ApprovalSignature, withApprovalSignature } from './approval-signature';
import { COMPARE_TITLES, type CompareBase, CompareDialog } from './compare-dialog';
import { ReturnNote } from './return-note';
import { ReviewNoteDialog } from './review-note-dialog';

/** The step whose file this is, for each action that hands the report over. */
const FILE_OF: Partial<Record<ReviewAction, ExchangeFileKind>> = {
  submit: 'submit',
  return: 'return',
  approve: 'approve',
};

/** Steps that ask for words first: 退回意见, a reason, or a confirmation of what happens. */
const ASKS: Partial<Record<ReviewAction, { label: string; required: boolean; explain: string }>> = {
  return: {
    label: '退回意见',
    required: true,
    explain: '退回后生成退回文件，请发给报送单位；报送单位导入后可看到退回意见和每条批注。',
  },
  approve: {
    label: '审定意见（可不填）',
    required: false,
    explain: '审定后报告锁定，不能再修改；生成审定文件，请发给报送单位，对方导入后也会锁定。',
  },
  unapprove: {
    label: '撤销审定的理由',
    required: true,
    explain: '撤销后报告回到「待审核」，可以批注后退回，或重新审定。',
  },
  withdraw: {
    label: '撤回的原因（可不填）',
    required: false,
    explain: '撤回后报告回到可修改的状态。如已把送审文件发给审核人，请告知对方以新的送审文件为准。',
  },
};

/** What the person at this computer is looking at, in one sentence. */
function situation(origin: ReportOrigin, review: Review): string {
  const { status } = review;
  if (origin === 'own')
    return {
      draft: '本机填报的报告。填写完成后「提交审核」，把生成的送审文件发给政务公开办。',
      submitted:
        '已提交审核，内容已锁定。请把送审文件发给审核人；在收到退回或审定文件之前，可以「撤回提交」。',
      returned: '审核人已退回，请按退回意见和批注修改后重新「提交审核」。',
      approved: '本报告已审定，所有内容只读。如需修改，请审核人「撤销审定」后重新退回。',
    }[status];
  return {
    draft: '收到的报告（草稿）。内容只能由报送单位修改。',
    submitted:
      '收到的待审核报告。内容只能由报送单位修改：请在单元格或分项上「批注」，然后「退回」或「审定」。',
    returned: '已退回报送单位，等待对方修改后重新发来送审文件。',
    approved: '已审定，所有内容只读。',
  }[status];
}

/** What keeps the report from 提交审核 (its hard-check errors): read from the checks of the draft,
 * which change as the clerk types, so only the button and the hint follow each key (issue 17 §3). */
const blockedMessage = (blockers: readonly string[]) => `暂不能提交审核：${blockers.join('；')}。`;
const useSubmitBlockers = () => useShownSelector((s) => submitBlockers(s.checks), structurallyEqual);

function SubmitButton({ onClick }: { onClick: () => void }) {
  const blocked = useSubmitBlockers().length > 0;
  return (
    <button
      type="button"
      className="primary"
      disabled={blocked}
      aria-describedby={blocked ? 'submit-blockers' : undefined}
      onClick={onClick}
    >
      {ACTION_LABELS.submit}
    </button>
  );
}

function ActionButton({ action, onClick }: { action: ReviewAction; onClick: () => void }) {
  if (action === 'submit') return <SubmitButton onClick={onClick} />;
  return (
    <button type="button" className={action === 'approve' ? 'primary' : undefined} onClick={onClick}>
      {ACTION_LABELS[action]}
    </button>
  );
}

function SubmitBlockers() {
  const blockers = useSubmitBlockers();
  if (blockers.length === 0) return null;
  return <span id="submit-blockers">{blockedMessage(blockers)}</span>;
}

export function ReviewBar({ origin }: { origin: ReportOrigin }) {
  const repo = useRepository();
  const settings = useSettings();
  const { id, store, exclusive, flush } = useEditor();
  const review = useLatestReview();
  const [asking, setAsking] = useState<ReviewAction | null>(null);
  const [comparing, setComparing] = useState<CompareBase | null>(null);
  const [error, setError] = useState('');
  const [sent, setSent] = useState('');
  const { status } = review;
  const actor = settings?.reviewerName || '（未设置姓名）';
  const actions = reviewActions(origin, status);

  /** Writes the file of the step this report is at, again (same name: the step's own time). */
  const handOver = async (kind: ExchangeFileKind, current: Review, at: Date) => {
    const s = store.get();
    const { name, digest } = await downloadExchangeFile(s.draft, current, s.checks, kind, at);
    await exclusive((base) => repo.markExchanged(id, digest, base));
    setSent(name);
  };

  const run = async (action: ReviewAction, note: string) => {
    setError('');
    try {
      await flush();
      // The button follows the checks shown, which come a frame after a keystroke: the checks of
      // the draft as it is now decide.
      if (action === 'submit') {
        const blockers = submitBlockers(store.get().checks);
        if (blockers.length > 0) throw new Error(blockedMessage(blockers));
      }
      const at = new Date();
      const { review: next } = await exclusive(async (base) => {
        const current = await repo.get(id);
        if (!current) throw new Error('报告不存在');
        const result = transition(current.review, { action, actor, at, note, revision: base.revision });
        if (!result.ok) throw new Error(result.error);
        // 审定 is signed with this browser's key (issue 16): the 审定 file carries the signature,
        // and the unit's browser believes a 已审定 only when it verifies.
        const review = await withApprovalSignature(repo, result.review, current.draft);
        const written = await repo.saveReview(id, review, base);
        // Keep the content of each step: 「与上次送审比较」 and 「与上次审阅比较」 start from it.
        await repo.addVersion(id, 'review', current.draft, review);
        return { ...written, review };
      });
      setAsking(null);
      setSent('');
      const kind = FILE_OF[action];
      if (kind) await handOver(kind, next, at);
    } catch (e) {
      setError(e instanceof Error && !('kind' in e) ? e.message : storageErrorMessage(e));
    }
  };

  // The file of the step the report is at (送审 while 待审核 here, 退回 / 审定 on the reviewer's side).
  const current = fileStep(origin, review);
  const compare: CompareBase | null =
    origin === 'own'
      ? status !== 'submitted' && lastOf(review, 'submit')
        ? 'submit'
        : null
      : lastOf(review, 'return')
        ? 'return'
        : null;

  return (
    <section
      className={`panel review-bar status-${status}`}
      aria-label="审核"
      data-origin={origin}
      data-review-status={status}
    >
      <div className="row">
        <StatusBadge status={status} hook />
        <span className="badge info" data-origin-badge={origin}>
          {ORIGIN_LABELS[origin]}
        </span>
        <span className="review-situation">{situation(origin, review)}</span>
        <span className="spacer" />
        {compare && (
          <button type="button" onClick={() => setComparing(compare)}>
            {COMPARE_TITLES[compare]}
          </button>
        )}
        {actions.map((a) => (
          <ActionButton key={a} action={a} onClick={() => (ASKS[a] ? setAsking(a) : void run(a, ''))} />
        ))}
      </div>
      {/* One line of small print under the buttons: the bar sits above every step and must leave
          the table room on a 1366×768 or 1280×720 office screen. */}
      {(actions.includes('submit') || !settings?.reviewerName) && (
        <p className="hint review-notes">
          {actions.includes('submit') && <SubmitBlockers />}
          {!settings?.reviewerName && (
            <span>
              提示：在<a href="#/settings">「设置」</a>中填写姓名，审核记录和批注中会显示。
            </span>
          )}
        </p>
      )}
      {current && (
        <p className="hand-over" data-exchange-file={sent || undefined}>
          {sent ? (
            <>
              已生成{EXCHANGE_FILE_KINDS[current.kind]}文件「<strong>{sent}</strong>」，请发给
              {origin === 'own' ? '审核人' : '报送单位'}。
            </>
          ) : (
            <>
              {EXCHANGE_FILE_KINDS[current.kind]}文件在{REVIEW_STATUS_LABELS[status]}时生成。
            </>
          )}{' '}
          <button
            type="button"
            className="link"
            onClick={() =>
              void handOver(current.kind, review, new Date(current.at)).catch((e) =>
                setError(storageErrorMessage(e)),
              )
            }
          >
            再次下载{EXCHANGE_FILE_KINDS[current.kind]}文件
          </button>
        </p>
      )}
      <ApprovalSignature review={review} />
      {origin === 'own' && status === 'returned' && <ReturnNote review={review} />}
      <ErrorBanner message={error} />
      {comparing && <CompareDialog base={comparing} onClose={() => setComparing(null)} />}
      {asking && ASKS[asking] && (
        <ReviewNoteDialog
          title={ACTION_LABELS[asking]}
          {...ASKS[asking]}
          onCancel={() => setAsking(null)}
          onConfirm={(note) => void run(asking, note)}
        />
      )}
    </section>
  );
}

/** The hand-over step the report is at on this computer, with the time its file is named by. */
function fileStep(origin: ReportOrigin, review: Review): { kind: ExchangeFileKind; at: string } | null {
  const step: Partial<Record<string, ExchangeFileKind>> =
    origin === 'own' ? { submitted: 'submit' } : { returned: 'return', approved: 'approve' };
  const kind = step[review.status];
  const entry = kind ? lastOf(review, kind) : null;
  return kind && entry ? { kind, at: entry.at } : null;
}
