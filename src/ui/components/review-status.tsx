// The review status (草稿 / 待审核 / 已退回 / 已审定) as every view shows it: a coloured badge, and the
// 「全部状态」 filter of a list.
import { REVIEW_STATUSES, type ReviewStatus } from '../../domain/report/keys';
import { REVIEW_STATUS_LABELS } from '../../domain/report/labels';

/** `hook`: a data-status attribute for the one badge tests and scripts look for (the review panel's). */
export function StatusBadge({ status, hook = false }: { status: ReviewStatus; hook?: boolean }) {
  return (
    <span className={`badge status-${status}`} data-status={hook ? status : undefined}>
      {REVIEW_STATUS_LABELS[status]}
    </span>
  );
}

/** A select of every status ('' = 全部状态) with a hidden label naming what it filters. */
export function StatusFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (status: string) => void;
}) {
  return (
    <label>
      <span className="visually-hidden">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">全部状态</option>
        {REVIEW_STATUSES.map((s) => (
          <option key={s} value={s}>
            {REVIEW_STATUS_LABELS[s]}
          </option>
        ))}
      </select>
    </label>
  );
}
