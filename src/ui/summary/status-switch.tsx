// 「汇总 counts what is final」 (issue 15): by default only 已审定 reports are summed; this switch
// adds 待审核, 已退回 and 草稿. The counts by status stand beside the totals — on screen and in
// print — so nobody mistakes a sum with drafts in it for the final one.
import { REVIEW_STATUS_LABELS } from '../../domain/report/labels';
import type { StatusCounts } from '../../domain/summary/select-members';
import { statusBasis, UNAPPROVED } from '../../domain/summary/status-basis';

export function StatusSwitch({
  on,
  onChange,
  scoped,
  members,
}: {
  on: boolean;
  onChange: (on: boolean) => void;
  scoped: StatusCounts;
  members: StatusCounts;
}) {
  const unapproved = UNAPPROVED.reduce((n, s) => n + scoped[s], 0);
  return (
    <section className="panel status-switch" aria-label="计入哪些状态的报告">
      <label>
        <input type="checkbox" checked={on} onChange={(e) => onChange(e.target.checked)} />
        计入未审定的报告（{REVIEW_STATUS_LABELS.submitted}、{REVIEW_STATUS_LABELS.returned}、
        {REVIEW_STATUS_LABELS.draft}，共{unapproved}份）
      </label>
      <p className={on ? 'banner warning' : 'hint'} data-status-basis>
        {on
          ? `汇总数含未审定的报告，不是最终数字：${statusBasis(members, scoped, true)}。`
          : `汇总数只含已审定的报告：${statusBasis(members, scoped, false)}。`}
      </p>
    </section>
  );
}
