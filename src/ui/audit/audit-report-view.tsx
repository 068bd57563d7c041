// The read-only audit view of one report (#/audit?report=<id>): its findings, numbered, then the
// report as published (ReportDocument) with each problem marked on its cell or narrative by the
// same number. Taken from the batch in memory when it is there; otherwise rebuilt from storage
// (a reference report audited earlier, a reload, a link), with its previous year as stored.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useId, useMemo } from 'react';
import { auditFindings } from '../../domain/audit/audit-findings';
import type { AuditedReport, AuditFinding } from '../../domain/audit/audit-types';
import { storedImportSummary } from '../../domain/audit/stored-summary';
import { runChecks } from '../../domain/checks/run-checks';
import { draftToReport } from '../../domain/report/draft-convert';
import { defaultTitle } from '../../domain/report/labels';
import type { ReportDraft } from '../../domain/report/report-schema';
import { bidiVisible, UserText } from '../components/user-text';
import { useRepository } from '../hooks/use-repository';
import { ReportDocument } from '../print/report-document';
import { AUDIT_PATH } from '../router/use-hash-query';
import { FindingsList } from './findings-list';
import { markStyles } from './mark-styles';

type Viewed = { draft: ReportDraft; findings: AuditFinding[]; source: string | null } | null;

/** A report stored without an import summary (made in the app, not imported). */
const EMPTY_SUMMARY = storedImportSummary({ numbers: [], unread: [] })!;

/** The report and its findings: from the batch, else recomputed from storage; null = not found. */
function useViewed(id: string, batch: readonly AuditedReport[] | null): Viewed | undefined {
  const repo = useRepository();
  const inBatch = batch?.find((r) => r.id === id);
  const stored = useLiveQuery(async () => {
    if (inBatch) return null;
    const report = await repo.get(id);
    if (!report) return null;
    const previous = await repo.findPreviousYear(report);
    const settings = await repo.getSettings();
    return { report, previous: previous ?? null, settings };
  }, [repo, id, inBatch]);
  const recomputed = useMemo((): Viewed | undefined => {
    if (stored === undefined || stored === null) return stored;
    const { report, previous, settings } = stored;
    const prev = previous ? draftToReport(previous.draft) : null;
    const run = runChecks({
      draft: report.draft,
      previous: prev,
      today: new Date(),
      settings: { requiredOtherMatters: settings.requiredOtherMatters },
    });
    const summary = storedImportSummary(report.importSummary) ?? EMPTY_SUMMARY;
    return {
      draft: report.draft,
      findings: auditFindings({ draft: report.draft, summary, run, previous: prev }),
      source: null,
    };
  }, [stored]);
  if (inBatch) return { draft: inBatch.draft, findings: inBatch.findings, source: inBatch.source };
  return recomputed;
}

export function AuditReportView({ id, batch }: { id: string; batch: readonly AuditedReport[] | null }) {
  const ids = useId();
  const viewed = useViewed(id, batch);
  const title = viewed
    ? viewed.draft.meta.title || defaultTitle(viewed.draft.meta.agencyName, viewed.draft.meta.year)
    : '';
  useEffect(() => {
    if (title) document.title = `审核：${bidiVisible(title)}`;
  }, [title]);
  if (viewed === undefined) return <p className="muted">正在加载…</p>;
  if (viewed === null)
    return (
      <section className="panel">
        <h1>找不到这份报告</h1>
        <p>
          <a href={AUDIT_PATH}>返回批量审核</a>
        </p>
      </section>
    );
  const problems = viewed.findings.filter((f) => f.kind !== 'note').length;
  return (
    <div className="audit-view">
      <div className="row audit-view-bar">
        <a href={AUDIT_PATH}>← 返回批量审核</a>
        <span className="spacer" />
        <button type="button" onClick={() => window.print()}>
          打印
        </button>
      </div>
      <section className="panel" aria-labelledby={`${ids}-title`}>
        <h1 id={`${ids}-title`}>
          <UserText text={title} />
        </h1>
        <p className="muted">
          只读的审核视图{viewed.source ? `（来源：${viewed.source}）` : ''}：发现{problems}
          个问题，编号与下文原文中的标记［编号］一致。
        </p>
        <h2>问题清单</h2>
        <FindingsList findings={viewed.findings} />
      </section>
      {/* User text never goes into this CSS: only ids checked against the cellId shape (mark-styles.ts). */}
      <style>{markStyles(viewed.findings, '.audit-doc')}</style>
      <section className="audit-doc" aria-label="报告原文（已标出问题）">
        <ReportDocument report={draftToReport(viewed.draft)} draftMark={false} />
      </section>
    </div>
  );
}
