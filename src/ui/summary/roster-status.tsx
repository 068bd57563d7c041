// 「报送情况」: who has not reported (roster units without a report of the year), who is late
// (reports past the due date and not yet handed in: due-date.ts), and what the roster left out.
import { useId } from 'react';
import { isCurrentReportingCycle } from '../../domain/checks/rules/deadline';
import { REPORT_KIND_LABELS, REVIEW_STATUS_LABELS } from '../../domain/report/labels';
import { daysPastDue, dueDateIso } from '../../domain/summary/due-date';
import type { PerUnitRow } from '../../domain/summary/per-unit';
import type { DuplicateReports, RosterOutcome } from '../../domain/summary/select-members';
import { UserText } from '../components/user-text';
import { editorPath } from '../router/router';
import { CappedList } from './capped-list';
import { SCOPE_MODE_LABELS } from './scope-panel';
import type { Candidate } from './use-summary-candidates';

const nameOf = (name: string) => <UserText text={name} fallback="（未填写机关名称）" />;

export function RosterStatus({
  year,
  today,
  roster,
  duplicates,
  rows,
}: {
  year: number;
  today: Date;
  roster: RosterOutcome<Candidate> | null;
  /** units with several reports of the year, one summed (select-members.ts) */
  duplicates: readonly DuplicateReports<Candidate>[];
  /** the per-unit rows of the reports in scope */
  rows: readonly PerUnitRow[];
}) {
  const ids = useId();
  const overdue = rows.filter((r) => r.overdueDays > 0).sort((a, b) => b.overdueDays - a.overdueDays);
  if (!roster && overdue.length === 0 && duplicates.length === 0) return null;
  // A unit without a report has no 报告类型, so both due dates are named (条例第四十九条).
  // No 「已过N天」 for an earlier reporting cycle (deadline.ts).
  const current = isCurrentReportingCycle(year, today);
  const departmentLate = current ? daysPastDue(year, 'department', today) : 0;
  const governmentLate = current ? daysPastDue(year, 'government', today) : 0;
  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>报送情况</h2>
      {roster && (
        <div data-list="missing">
          <h3>未报送的单位（{roster.missing.length}）</h3>
          {roster.missing.length === 0 ? (
            <p className="ok-note">✓ 名单中的单位均已有{year}年的报告。</p>
          ) : (
            <>
              <p className="hint">
                报送期限：部门 {dueDateIso(year, 'department')}
                {departmentLate > 0 && `（已过${departmentLate}天）`}，本级政府{' '}
                {dueDateIso(year, 'government')}
                {governmentLate > 0 && `（已过${governmentLate}天）`}。
              </p>
              <CappedList items={roster.missing} itemKey={(u) => u} render={(u) => u} />
            </>
          )}
        </div>
      )}
      {overdue.length > 0 && (
        <div data-list="overdue">
          <h3>逾期未报送（{overdue.length}）</h3>
          <p className="hint">已过报送期限，状态仍为草稿或已退回的报告。</p>
          <CappedList
            items={overdue}
            itemKey={(r) => r.id}
            render={(r) => (
              <>
                <a href={editorPath(r.id, 'checks')}>{nameOf(r.agencyName)}</a>
                <span className="overdue"> 逾期{r.overdueDays}天</span>
                <span className="muted">
                  （{REPORT_KIND_LABELS[r.reportKind]}，截止{r.dueDate}，{REVIEW_STATUS_LABELS[r.status]}）
                </span>
              </>
            )}
          />
        </div>
      )}
      {roster && roster.extra.length > 0 && (
        <div data-list="extra">
          <h3>不在名单中的报告（{roster.extra.length}，未计入）</h3>
          <CappedList
            items={roster.extra}
            itemKey={(c) => c.id}
            render={(c) => {
              const suggestion = roster.suggestions.find((s) => s.report.id === c.id);
              return (
                <>
                  <a href={editorPath(c.id, 'checks')}>{nameOf(c.agencyName)}</a>
                  {suggestion && (
                    <span className="muted">（可能是名单中的「{suggestion.unit}」，名称写法不同）</span>
                  )}
                </>
              );
            }}
          />
        </div>
      )}
      {duplicates.length > 0 && (
        <div data-list="duplicates">
          <h3>同一单位有多份报告（只计入一份）</h3>
          <p className="hint">
            计入的是审核进度最靠后、没有错误、最近保存的一份；要计入另一份，请在「{SCOPE_MODE_LABELS.picked}
            」中选择。
          </p>
          <CappedList
            items={duplicates}
            itemKey={(d) => d.unit}
            render={(d) => (
              <>
                {d.unit}：计入 <a href={editorPath(d.used.id, 'checks')}>{nameOf(d.used.agencyName)}</a>（
                {REVIEW_STATUS_LABELS[d.used.status]}）；未计入{' '}
                {d.others.map((o, i) => (
                  <span key={o.id}>
                    {i > 0 && '、'}
                    <a href={editorPath(o.id, 'checks')}>
                      {nameOf(o.agencyName)}（{REVIEW_STATUS_LABELS[o.status]}）
                    </a>
                  </span>
                ))}
              </>
            )}
          />
        </div>
      )}
    </section>
  );
}
