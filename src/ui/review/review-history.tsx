// 「审核记录」 in 校验与导出: every review step with who, when and the note. The steps themselves
// are taken in the review bar at the top of the editor (review-bar.tsx).
import { REVIEW_STATUS_LABELS } from '../../domain/report/labels';
import { ACTION_LABELS, type ReviewAction } from '../../domain/review/workflow';
import { formatDateTime } from '../components/format';
import { useLatest } from '../editor/editor-context';

const HISTORY_LABELS: Record<string, string> = {
  ...ACTION_LABELS,
  create: '新建',
  import: '导入',
  restore: '恢复',
};

export function ReviewHistory() {
  const { history } = useLatest().review;
  if (history.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="review-history-title">
      <details>
        <summary id="review-history-title">审核记录（{history.length}）</summary>
        <ol className="history">
          {history.map((h) => (
            <li key={`${h.at}-${h.action}`}>
              {formatDateTime(h.at)} {h.actor}：{HISTORY_LABELS[h.action as ReviewAction] ?? h.action}（
              {h.from ? REVIEW_STATUS_LABELS[h.from] : ''} → {REVIEW_STATUS_LABELS[h.to]}）
              {h.note && `：${h.note}`}
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
