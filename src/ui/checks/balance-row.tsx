import { balanceSummaryOfReport } from '../../domain/checks/balance-summary';
import { APPLICANT_LABELS, PENDING_INPUT } from '../../domain/report/labels';
import { structurallyEqual } from '../editor/structural-equal';
import { useReportSelector } from '../editor/use-draft-selector';

/**
 * Under the matrix: per column, 一+二 beside 三+四 — equal, differs by n, or 「待填」. Each value is
 * a box that lays out on its own (app.css: a keystroke changes them, issue 17 §3), so its state's
 * colour and weight are inside that box, not on the cell or the box: a change of weight outside
 * it would lay out the page again. Its box scrolls sideways on its own when the window is too
 * narrow (app.css .balance-wrap), never the page.
 */
export function BalanceRow() {
  const rows = useReportSelector((s) => balanceSummaryOfReport(s.report), structurallyEqual);
  return (
    <div className="balance-wrap">
      <table className="balance" aria-label="各列勾稽关系">
        <thead>
          <tr>
            <th scope="col">列</th>
            {rows.map((r) => (
              <th key={r.column} scope="col">
                {APPLICANT_LABELS[r.column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">一＋二</th>
            {rows.map((r) => (
              <td key={r.column}>
                <span className="balance-value">{r.lhs ?? '—'}</span>
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">（七）总计＋四</th>
            {rows.map((r) => (
              <td key={r.column}>
                <span className="balance-value">{r.rhs ?? '—'}</span>
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">结果</th>
            {rows.map((r) => (
              <td key={r.column} data-balance={r.column} data-state={r.state}>
                <span className="balance-value">
                  <span className={`state-${r.state}`}>
                    {r.state === 'equal'
                      ? '✓ 相等'
                      : r.state === 'pending'
                        ? PENDING_INPUT
                        : `相差 ${Math.abs(r.diff ?? 0)}`}
                  </span>
                </span>
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
