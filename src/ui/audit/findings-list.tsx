// The findings of one audited report, numbered as they are marked in the read-only view, each with
// its kind, severity, place (cell labels, narrative sub-items) and the sentence it is about.
import { findingPlace } from '../../domain/audit/audit-csv';
import { AUDIT_KIND_LABELS, type AuditFinding } from '../../domain/audit/audit-types';
import { SEVERITY_CONFIG } from '../components/severity';

export function FindingsList({ findings }: { findings: readonly AuditFinding[] }) {
  if (findings.length === 0) return <p className="muted">未发现问题。</p>;
  return (
    <ol className="audit-findings">
      {findings.map((f, i) => {
        const s = SEVERITY_CONFIG[f.severity];
        const place = findingPlace(f);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the number is the finding's mark in the view
          <li key={i} data-finding-id={f.id} data-kind={f.kind} data-severity={f.severity}>
            <span className={`badge ${s.className}`}>
              <span aria-hidden="true">{s.icon} </span>
              {AUDIT_KIND_LABELS[f.kind]}
            </span>{' '}
            {f.message}
            {place && <span className="muted">（位置：{place}）</span>}
            {f.quote && <blockquote className="audit-quote">“{f.quote}”</blockquote>}
          </li>
        );
      })}
    </ol>
  );
}
