import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { REVIEW_STATUS_LABELS } from '../../domain/report/labels';
import {
  ACTION_LABELS,
  canTransition,
  type ReviewAction,
  submitBlockers,
  transition,
} from '../../domain/review/workflow';
import { storageErrorMessage } from '../../storage/storage-errors';
import { ErrorBanner } from '../components/error-banner';
import { formatDateTime } from '../components/format';
import { Modal } from '../components/modal';
import { StatusBadge } from '../components/review-status';
import { useEditor, useLatest } from '../editor/editor-context';
import { structurallyEqual } from '../editor/structural-equal';
import { useDraftSelector } from '../editor/use-draft-selector';
import { useRepository } from '../hooks/use-repository';
import { CompareDialog } from './compare-dialog';

const NEEDS_NOTE: Partial<Record<ReviewAction, string>> = {
  return: '退回意见',
  unapprove: '撤销审定的理由',
};

/** 提交审核 / 退回 / 审定 / 撤销审定, and the report's review history. */
export function ReviewPanel() {
  const repo = useRepository();
  const { id, exclusive, flush } = useEditor();
  const latest = useLatest();
  const settings = useLiveQuery(() => repo.getSettings(), [repo]);
  const blockers = useDraftSelector((s) => submitBlockers(s.checks), structurallyEqual);
  const [asking, setAsking] = useState<ReviewAction | null>(null);
  const [comparing, setComparing] = useState(false);
  const [error, setError] = useState('');
  const status = latest.status;
  const actor = settings?.reviewerName || '（未设置姓名）';

  const run = async (action: ReviewAction, note: string) => {
    setError('');
    try {
      await flush();
      await exclusive(async (base) => {
        const current = await repo.get(id);
        if (!current) throw new Error('报告不存在');
        const result = transition(current.review, { action, actor, at: new Date(), note, revision: base });
        if (!result.ok) throw new Error(result.error);
        const written = await repo.saveReview(id, result.review, base);
        // Keep the content the reviewer acted on, so 「与上次审阅比较」 can show what changed since.
        await repo.addVersion(id, 'review', current.draft, result.review);
        return written;
      });
      setAsking(null);
    } catch (e) {
      setError(e instanceof Error && !('kind' in e) ? e.message : storageErrorMessage(e));
    }
  };

  const actions = (['submit', 'return', 'approve', 'unapprove'] as ReviewAction[]).filter((a) =>
    canTransition(status, a),
  );
  return (
    <section className="panel" aria-labelledby="review-title">
      <div className="row">
        <h3 id="review-title" style={{ margin: 0 }}>
          审核
        </h3>
        <StatusBadge status={status} hook />
        <span className="spacer" />
        {latest.review.history.some((h) => h.action === 'return') && (
          <button type="button" onClick={() => setComparing(true)}>
            与上次审阅比较
          </button>
        )}
        {actions.map((a) => {
          const blocked = a === 'submit' && blockers.length > 0;
          return (
            <button
              key={a}
              type="button"
              className={a === 'approve' || a === 'submit' ? 'primary' : undefined}
              disabled={blocked}
              aria-describedby={blocked ? 'submit-blockers' : undefined}
              onClick={() => (NEEDS_NOTE[a] ? setAsking(a) : void run(a, ''))}
            >
              {ACTION_LABELS[a]}
            </button>
          );
        })}
      </div>
      {actions.includes('submit') && blockers.length > 0 && (
        <p id="submit-blockers" className="hint">
          暂不能提交审核：{blockers.join('；')}。
        </p>
      )}
      {!settings?.reviewerName && (
        <p className="hint">
          提示：在<a href="#/settings">「设置」</a>中填写姓名，审核记录中会显示。
        </p>
      )}
      <ErrorBanner message={error} />
      {latest.review.history.length > 0 && (
        <details>
          <summary>审核记录（{latest.review.history.length}）</summary>
          <ol className="history">
            {latest.review.history.map((h) => (
              <li key={`${h.at}-${h.action}`}>
                {formatDateTime(h.at)} {h.actor}：{ACTION_LABELS[h.action as ReviewAction] ?? h.action}（
                {h.from ? REVIEW_STATUS_LABELS[h.from] : ''} → {REVIEW_STATUS_LABELS[h.to]}）
                {h.note && `：${h.note}`}
              </li>
            ))}
          </ol>
        </details>
      )}
      {comparing && <CompareDialog onClose={() => setComparing(false)} />}
      {asking && (
        <NoteDialog
          action={asking}
          onCancel={() => setAsking(null)}
          onConfirm={(note) => void run(asking, note)}
        />
      )}
    </section>
  );
}

function NoteDialog({
  action,
  onCancel,
  onConfirm,
}: {
  action: ReviewAction;
  onCancel: () => void;
  onConfirm: (note: string) => void;
}) {
  const [note, setNote] = useState('');
  const label = NEEDS_NOTE[action] ?? '备注';
  return (
    <Modal title={ACTION_LABELS[action]} onClose={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (note.trim()) onConfirm(note.trim());
        }}
      >
        <label className="field">
          <span>{label}</span>
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={4} autoFocus required />
        </label>
        <div className="actions">
          <button type="button" onClick={onCancel}>
            取消
          </button>
          <button type="submit" className="primary" disabled={!note.trim()}>
            {ACTION_LABELS[action]}
          </button>
        </div>
      </form>
    </Modal>
  );
}
