// 「报送情况」: who has not reported (roster units without a report of the year), who is late
// (reports past the due date and not yet handed in: due-date.ts), and what the roster left out.
import { useId } from 'react';
import { editorPath } from '../../app/router';
import { REPORT_KIND_LABELS, REVIEW_STATUS_LABELS } from '../../domain/report/labels';
import { daysPastDue, dueDateIso } from '../../domain/summary/due-date';
import type { PerUnitRow } from '../../domain/summary/per-unit';
import type { RosterOutcome } from '../../domain/summary/select-members';
import type { Candidate } from './use-summary-candidates';

export function RosterStatus({
  year,
  today,
  roster,
  rows,
}: {
  year: number;
  today: Date;
  roster: RosterOutcome<Candidate> | null;
  /** the per-unit rows of the reports in scope */
  rows: readonly PerUnitRow[];
}) {
  const ids = useId();
  const overdue = rows.filter((r) => r.overdueDays > 0).sort((a, b) => b.overdueDays - a.overdueDays);
  if (!roster && overdue.length === 0) return null;
  // A unit without a report has no 报告类型, so both due dates are named (条例第四十九条).
  const departmentLate = daysPastDue(year, 'department', today);
  const governmentLate = daysPastDue(year, 'government', today);
  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>报送情况</h2>
      {roster && (
        <div data-list="missing">
          <h3 id={`${ids}-missing`}>未报送的单位（{roster.missing.length}）</h3>
          {roster.missing.length === 0 ? (
            <p className="badge ok">名单中的单位均已有{year}年的报告。</p>
          ) : (
            <>
              <p className="hint">
                报送期限：部门 {dueDateIso(year, 'department')}
                {departmentLate > 0 && `（已过${departmentLate}天）`}，本级政府{' '}
                {dueDateIso(year, 'government')}
                {governmentLate > 0 && `（已过${governmentLate}天）`}。
              </p>
              <ul className="unit-names">
                {roster.missing.map((u) => (
                  <li key={u}>{u}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {overdue.length > 0 && (
        <div data-list="overdue">
          <h3 id={`${ids}-overdue`}>逾期未报送（{overdue.length}）</h3>
          <p className="hint">已过报送期限，状态仍为草稿或已退回的报告。</p>
          <ul className="unit-names">
            {overdue.map((r) => (
              <li key={r.id}>
                <a href={editorPath(r.id, 'checks')}>{r.agencyName || '（未填写机关名称）'}</a>
                <span className="overdue"> 逾期{r.overdueDays}天</span>
                <span className="muted">
                  （{REPORT_KIND_LABELS[r.reportKind]}，截止{r.dueDate}，{REVIEW_STATUS_LABELS[r.status]}）
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {roster && roster.extra.length > 0 && (
        <div data-list="extra">
          <h3 id={`${ids}-extra`}>不在名单中的报告（{roster.extra.length}，未计入）</h3>
          <ul className="unit-names">
            {roster.extra.map((c) => {
              const suggestion = roster.suggestions.find((s) => s.report.id === c.id);
              return (
                <li key={c.id}>
                  <a href={editorPath(c.id, 'checks')}>{c.agencyName || '（未填写机关名称）'}</a>
                  {suggestion && (
                    <span className="muted">（可能是名单中的「{suggestion.unit}」，名称写法不同）</span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {roster && roster.duplicates.length > 0 && (
        <div data-list="duplicates">
          <h3 id={`${ids}-dup`}>同一单位有多份报告（只计入一份）</h3>
          <ul className="unit-names">
            {roster.duplicates.map((d) => (
              <li key={d.unit}>
                {d.unit}：计入 <a href={editorPath(d.used.id, 'checks')}>{d.used.agencyName}</a>（
                {REVIEW_STATUS_LABELS[d.used.status]}）；未计入{' '}
                {d.others.map((o, i) => (
                  <span key={o.id}>
                    {i > 0 && '、'}
                    <a href={editorPath(o.id, 'checks')}>
                      {o.agencyName}（{o.kind === 'reference' ? '参考报告' : REVIEW_STATUS_LABELS[o.status]}）
                    </a>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
