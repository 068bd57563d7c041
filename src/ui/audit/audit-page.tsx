// 「批量审核」 (nianbao issue 9): choose or paste many published reports; each is read (run-together
// rows split by the table identities), checked against SPEC §6 — cross-year checks between
// reports of the same organ in the batch included — and stored as a reference report. The audit
// table counts the problems by kind; 「查看」 opens the read-only view of one report
// (#/audit?report=<id>) with each problem marked; the findings export as CSV and print.
import { useId } from 'react';
import { auditCsv } from '../../domain/audit/audit-csv';
import { LINKED_BY } from '../../domain/audit/audit-reports';
import type { AuditedReport } from '../../domain/audit/audit-types';
import { proposeRenamed, reportTexts } from '../../domain/report/organ-renamed';
import { proposePreviousYear } from '../../domain/report/organ-variants';
import { downloadText } from '../components/download';
import { useHashQuery } from '../router/use-hash-query';
import { AuditInput } from './audit-input';
import { AuditReportView } from './audit-report-view';
import { AuditTable } from './audit-table';
import { FindingsList } from './findings-list';
import { useAuditBatch } from './use-audit-batch';
import './audit.css';
import { bidiVisible, UserText } from '../components/user-text';

/** The reports list showing its 「参考报告」 (reports-page.tsx reads `kind`). */
const REFERENCE_LIST_PATH = '#/?kind=reference';

function fileStamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

/**
 * A previous year linked by a variant of the organ's name or under its former name (nianbao issue
 * 18): the reason and the auditor's choice — confirm or undo; an undone link can be made again.
 */
function VariantLink({
  report,
  all,
  decided,
  onDecide,
}: {
  report: AuditedReport;
  all: readonly AuditedReport[];
  /** the auditor's decision for this report: a previous id, null (no link), undefined (none yet) */
  decided: string | null | undefined;
  onDecide: (id: string, previousId: string | null) => void;
}) {
  const name = (r: AuditedReport | undefined) =>
    r ? `${bidiVisible(r.row.agencyName)} ${r.row.year ?? ''}年（${bidiVisible(r.source)}）` : '';
  const link = report.previousLink;
  if (link && link.match.kind !== 'same') {
    return (
      <section className="banner info" aria-label="上年报告关联">
        <p>
          上年报告{LINKED_BY[link.match.kind]}：{name(all.find((r) => r.id === link.previousId))}。
          {link.match.reason}
        </p>
        <div className="row">
          <button type="button" onClick={() => onDecide(report.id, link.previousId)}>
            确认关联
          </button>
          <button type="button" onClick={() => onDecide(report.id, null)}>
            取消关联
          </button>
        </div>
      </section>
    );
  }
  if (decided === null) {
    const others = all
      .filter((r) => r.id !== report.id)
      .map((r) => ({ agencyName: r.row.agencyName, year: r.row.year, report: r }));
    const subject = { agencyName: report.row.agencyName, year: report.row.year };
    const proposal =
      proposePreviousYear(subject, others).find((p) => p.match.kind === 'variant') ??
      proposeRenamed(
        { ...subject, texts: reportTexts(report.draft), signedBy: report.summary.signedBy ?? '' },
        others,
      )[0];
    if (!proposal) return null;
    return (
      <section className="banner info" aria-label="上年报告关联">
        <p>
          已取消与{name(proposal.candidate.report)}的关联，本报告未做跨年度核对。{proposal.match.reason}
        </p>
        <button type="button" onClick={() => onDecide(report.id, proposal.candidate.report.id)}>
          重新关联
        </button>
      </section>
    );
  }
  if (typeof decided === 'string')
    return <p className="muted">上年报告已由审核人员确认关联：{name(all.find((r) => r.id === decided))}。</p>;
  return null;
}

function BatchResults({
  reports,
  links,
  onClear,
  onDecide,
}: {
  reports: readonly AuditedReport[];
  links: ReadonlyMap<string, string | null>;
  onClear: () => void;
  onDecide: (id: string, previousId: string | null) => void;
}) {
  const ids = useId();
  const problems = reports.reduce((n, r) => n + r.row.problems, 0);
  return (
    <section className="panel audit-results" aria-labelledby={`${ids}-title`}>
      <div className="row">
        <h2 id={`${ids}-title`}>审核结果（{reports.length}篇）</h2>
        <span className="spacer" />
        <div className="row audit-actions">
          <button
            type="button"
            onClick={() =>
              downloadText(`批量审核-${fileStamp(new Date())}.csv`, auditCsv(reports), 'text/csv')
            }
          >
            导出问题清单CSV
          </button>
          <button type="button" onClick={() => window.print()}>
            打印审核结果
          </button>
          <button type="button" onClick={onClear}>
            清空结果
          </button>
        </div>
      </div>
      <p className="muted">
        共发现{problems}
        个问题。各报告已作为「参考报告」保存在
        <a href={REFERENCE_LIST_PATH}>报告列表的「参考报告」</a>
        中（不计入汇总）。点击列标题可排序，「查看」打开标出问题的原文。
      </p>
      <AuditTable rows={reports.map((r) => r.row)} labelledBy={`${ids}-title`} />
      <h2 className="audit-details-title">问题明细</h2>
      {reports.map((r) => (
        <section
          key={r.id}
          className="audit-detail"
          aria-label={`${bidiVisible(r.row.agencyName)}${r.row.year ?? ''}年（${bidiVisible(r.source)}）的问题`}
        >
          <h3>
            <UserText text={r.row.agencyName} fallback="（未识别机关名称）" /> {r.row.year ?? ''}年{' '}
            <span className="muted">
              <UserText text={r.source} />
            </span>
          </h3>
          <VariantLink report={r} all={reports} decided={links.get(r.id)} onDecide={onDecide} />
          <FindingsList findings={r.findings} />
        </section>
      ))}
    </section>
  );
}

export function AuditPage() {
  const report = useHashQuery('report');
  const batch = useAuditBatch();
  if (report) return <AuditReportView id={report} batch={batch.reports} />;
  return (
    <div className="audit-page">
      <h1>批量审核</h1>
      <AuditInput busy={batch.busy !== ''} onRun={(sources) => void batch.run(sources)} />
      {batch.busy && (
        <p className="banner info" role="status">
          {batch.busy}
        </p>
      )}
      {batch.error && (
        <p className="banner error" role="alert">
          {batch.error}
        </p>
      )}
      {batch.reports && (
        <BatchResults
          reports={batch.reports}
          links={batch.links}
          onClear={batch.clear}
          onDecide={(id, previousId) => void batch.decideLink(id, previousId)}
        />
      )}
    </div>
  );
}
