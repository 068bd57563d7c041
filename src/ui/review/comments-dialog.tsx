import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { WizardStepKey } from '../../domain/report/labels';
import type { CommentAnchor, Review } from '../../domain/report/review-schema';
import { addComment, replyTo, setResolved } from '../../domain/review/comments';
import { keptTextKey } from '../../storage/kept-text';
import { storageErrorMessage } from '../../storage/storage-errors';
import { ErrorBanner } from '../components/error-banner';
import { formatDateTime, newId } from '../components/format';
import { Modal } from '../components/modal';
import { useKeptText } from '../components/use-kept-text';
import { useEditor, useLatest } from '../editor/editor-context';
import { useRepository } from '../hooks/use-repository';
import { editorPath, navigate } from '../router/router';
import { anchorLabel, anchorStep } from './anchor-label';

/** Writes a change of the review (comments) through the editor's write queue. */
function useReviewWriter() {
  const repo = useRepository();
  const { id, exclusive } = useEditor();
  return async (change: (review: Review) => Review) =>
    exclusive(async (base) => {
      const current = await repo.get(id);
      if (!current) throw new Error('报告不存在');
      return repo.saveReview(id, change(current.review), base);
    });
}

function useActor() {
  const repo = useRepository();
  const settings = useLiveQuery(() => repo.getSettings(), [repo]);
  return settings?.reviewerName || '（未设置姓名）';
}

/** 「批注」: a comment on the cell or field last focused, or on the current part. */
export function AddCommentDialog({ anchors, onClose }: { anchors: CommentAnchor[]; onClose: () => void }) {
  const { id } = useEditor();
  const write = useReviewWriter();
  const actor = useActor();
  const [choice, setChoice] = useState(0);
  // Kept until 「添加批注」: Esc, 取消 or a crash does not lose a 批注 being written.
  const kept = useKeptText(keptTextKey(id, 'comment'));
  const { text, setText } = kept;
  const [error, setError] = useState('');
  return (
    <Modal title="添加批注" onClose={onClose}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const anchor = anchors[choice];
          if (!anchor || !text.trim()) return setError('请填写批注内容');
          try {
            await write((r) =>
              addComment(r, anchor, { id: newId(), author: actor, at: new Date(), text: text.trim() }),
            );
            kept.saved();
            onClose();
          } catch (err) {
            setError(storageErrorMessage(err));
          }
        }}
      >
        <fieldset className="field plain">
          <legend className="field-label">批注位置</legend>
          {anchors.map((a, i) => (
            <label key={`${a.kind}:${a.target}`} style={{ display: 'flex', gap: '0.4rem' }}>
              <input type="radio" name="anchor" checked={choice === i} onChange={() => setChoice(i)} />
              {anchorLabel(a)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>批注内容</span>
          <textarea value={text} onChange={(e) => setText(e.target.value)} rows={4} autoFocus />
        </label>
        {kept.restored && (
          <p className="hint" data-kept-text>
            已恢复上次输入但未添加的批注。
          </p>
        )}
        <ErrorBanner message={error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            取消
          </button>
          <button type="submit" className="primary">
            添加批注
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** 「审阅」: every comment with replies; open ones first; each jumps to its cell or field. */
export function CommentsDialog({ onClose }: { onClose: () => void }) {
  const { id } = useEditor();
  const latest = useLatest();
  const write = useReviewWriter();
  const actor = useActor();
  const [replies, setReplies] = useState<Record<string, string>>({});
  const [showResolved, setShowResolved] = useState(false);
  const [error, setError] = useState('');
  const comments = latest.review.comments.filter((c) => showResolved || !c.resolved);
  const run = async (change: (r: Review) => Review) => {
    try {
      await write(change);
    } catch (e) {
      setError(storageErrorMessage(e));
    }
  };
  return (
    <Modal title="审阅" onClose={onClose} wide>
      <label style={{ display: 'flex', gap: '0.4rem' }}>
        <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} />
        显示已解决的批注
      </label>
      <ErrorBanner message={error} />
      {comments.length === 0 ? (
        <p>没有未解决的批注。</p>
      ) : (
        <ul className="comments">
          {comments.map((c) => {
            const where = anchorStep(c.anchor);
            return (
              <li
                key={c.id}
                data-comment-anchor={c.anchor.target}
                className={c.resolved ? 'resolved' : undefined}
              >
                <div className="row">
                  <button
                    type="button"
                    className="link"
                    onClick={() => {
                      onClose();
                      navigate(editorPath(id, where.step as WizardStepKey, where.focus));
                    }}
                  >
                    {anchorLabel(c.anchor)}
                  </button>
                  {c.resolved && <span className="badge ok">已解决</span>}
                  <span className="spacer" />
                  <button type="button" onClick={() => void run((r) => setResolved(r, c.id, !c.resolved))}>
                    {c.resolved ? '重新打开' : '解决'}
                  </button>
                </div>
                <p className="comment-text">
                  <strong>{c.author}</strong> <span className="muted">{formatDateTime(c.at)}</span>：{c.text}
                </p>
                {c.replies.map((r) => (
                  <p key={r.id} className="comment-reply">
                    <strong>{r.author}</strong> <span className="muted">{formatDateTime(r.at)}</span>：
                    {r.text}
                  </p>
                ))}
                <form
                  className="row"
                  onSubmit={(e) => {
                    e.preventDefault();
                    const text = replies[c.id]?.trim();
                    if (!text) return;
                    void run((r) =>
                      replyTo(r, c.id, { id: newId(), author: actor, at: new Date(), text }),
                    ).then(() => setReplies((m) => ({ ...m, [c.id]: '' })));
                  }}
                >
                  <label style={{ flex: 1 }}>
                    <span className="visually-hidden">回复：{anchorLabel(c.anchor)}</span>
                    <input
                      value={replies[c.id] ?? ''}
                      onChange={(e) => setReplies((m) => ({ ...m, [c.id]: e.target.value }))}
                      placeholder="回复…"
                      style={{ width: '100%' }}
                    />
                  </label>
                  <button type="submit">回复</button>
                </form>
              </li>
            );
          })}
        </ul>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
    </Modal>
  );
}
