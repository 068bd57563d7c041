// A returned report on the clerk's side (issue 15): the 退回意见 at the top of the editor, not inside
// a collapsed 「审核记录」, and every open comment in a list whose items jump to the cell or field.
import type { WizardStepKey } from '../../domain/report/labels';
import type { Review } from '../../domain/report/review-schema';
import { openComments } from '../../domain/review/comments';
import { lastReturn } from '../../domain/review/workflow';
import { formatDateTime } from '../components/format';
import { useEditor } from '../editor/editor-context';
import { editorPath } from '../router/router';
import { anchorLabel, anchorStep } from './anchor-label';

export function ReturnNote({ review }: { review: Review }) {
  const { id } = useEditor();
  const returned = lastReturn(review);
  const comments = openComments(review);
  return (
    <section className="return-note" aria-label="退回意见">
      {returned && (
        <p data-return-note>
          <strong>退回意见</strong>（{returned.actor}，{formatDateTime(returned.at)}）：{returned.note}
        </p>
      )}
      {comments.length > 0 && (
        <>
          <p>
            <strong>批注（{comments.length}）</strong>：点击位置跳到相应单元格或分项。
          </p>
          <ol className="return-comments">
            {comments.map((c) => {
              const where = anchorStep(c.anchor);
              return (
                <li key={c.id} data-comment-item={c.anchor.target}>
                  <a href={editorPath(id, where.step as WizardStepKey, where.focus)}>
                    {anchorLabel(c.anchor)}
                  </a>
                  ：{c.text}
                  <span className="muted">（{c.author}）</span>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
