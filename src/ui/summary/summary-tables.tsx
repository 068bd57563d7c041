// The summed part 二, 三 and 四 tables, drawn by the print view's own tables so a 汇总 reads like a
// report; below them the hard checks run on the sum (runChecks on the summary report, errors only:
// a sum has no narrative of its own) and the cells some members left blank.
import { useId } from 'react';
import type { CheckRun } from '../../domain/checks/types';
import { cellId, cellLabel, INPUT_CELLS } from '../../domain/report/cell-address';
import { PART_TITLES } from '../../domain/report/labels';
import type { Report } from '../../domain/report/report-schema';
import type { SummedTables } from '../../domain/summary/sum-reports';
import { SEVERITY_CONFIG } from '../components/severity';
import { AppealsTable, ApplicationsTable, ProactiveTables } from '../print/report-tables';

export function SummaryTables({
  report,
  summed,
  run,
  basis,
}: {
  report: Report;
  summed: SummedTables;
  run: CheckRun;
  /** which statuses the totals hold, printed with them (status-switch.tsx) */
  basis: string;
}) {
  const ids = useId();
  return (
    <section className="summary-print summary-tables" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="summary-doc-title">
        {report.meta.title}
      </h2>
      <p className="summary-count">
        共汇总{summed.memberCount}个单位的报告<span data-summary-basis>（{basis}）</span>。
      </p>
      <div className="summary-doc">
        <ProactiveTables report={report} heading={<h3>{PART_TITLES.proactive}</h3>} />
        <ApplicationsTable report={report} heading={<h3>{PART_TITLES.applications}</h3>} />
        <AppealsTable report={report} heading={<h3>{PART_TITLES.appeals}</h3>} />
      </div>
      <SumChecks run={run} />
      <MissingCells summed={summed} />
    </section>
  );
}

function SumChecks({ run }: { run: CheckRun }) {
  const errors = run.results.filter((r) => r.severity === 'error' && r.status !== 'passed');
  const failed = errors.filter((r) => r.status === 'failed');
  return (
    <section className="sum-checks" aria-label="汇总校验">
      <h3>汇总校验</h3>
      {errors.length === 0 ? (
        <p className="ok-note">✓ 汇总表通过必填、数字格式和勾稽关系校验。</p>
      ) : (
        <ul>
          {errors.map((r) => (
            <li key={r.id} data-check-id={r.id} data-severity={r.severity} data-status={r.status}>
              <span className={`sev-icon sev-${r.severity}`} aria-hidden="true">
                {r.status === 'pending' ? '…' : SEVERITY_CONFIG[r.severity].icon}
              </span>{' '}
              {r.status === 'pending' && <span className="muted">（待填）</span>}
              {r.message}
            </li>
          ))}
        </ul>
      )}
      {failed.length > 0 && (
        <p className="hint">汇总表的错误来自计入汇总的报告：请打开相应报告修正，或不计入有错误的报告。</p>
      )}
    </section>
  );
}

function MissingCells({ summed }: { summed: SummedTables }) {
  const ids = useId();
  const cells = INPUT_CELLS.filter((c) => (summed.missing[cellId(c)] ?? 0) > 0);
  if (cells.length === 0 || summed.memberCount === 0) return null;
  return (
    <details className="missing-cells">
      <summary id={`${ids}-title`}>
        有{cells.length}个单元格部分单位未填写：汇总数只含已填写的单位（空白不等于0）
      </summary>
      <table className="list" aria-labelledby={`${ids}-title`}>
        <thead>
          <tr>
            <th scope="col">单元格</th>
            <th scope="col">未填单位数</th>
          </tr>
        </thead>
        <tbody>
          {cells.map((c) => (
            <tr key={cellId(c)} data-cell-ref={cellId(c)}>
              <td>{cellLabel(c)}</td>
              <td>
                {summed.missing[cellId(c)]}/{summed.memberCount}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
