// The report as published (SPEC §9): title, preamble, parts 一 to 六 in order, the three tables.
// All user text is rendered as React text nodes — never as HTML.

import type { NarrativePart } from '../../domain/report/keys';
import { defaultTitle, NARRATIVE_LABELS, PART_TITLES } from '../../domain/report/labels';
import type { Report } from '../../domain/report/report-schema';
import { AppealsTable, ApplicationsTable, ProactiveTables } from './report-tables';
import './print.css';

function Paragraphs({ text }: { text: string }) {
  const paras = text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <>
      {paras.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are positional
        <p key={i}>{p}</p>
      ))}
    </>
  );
}

function Narrative({
  report,
  part,
  withHeadings,
}: {
  report: Report | null;
  part: NarrativePart;
  withHeadings: boolean;
}) {
  const values = (report?.[part] ?? {}) as Record<string, string>;
  return (
    <>
      {Object.entries(NARRATIVE_LABELS[part]).map(([key, label]) => {
        const text = values[key] ?? '';
        if (key === 'intro') return text ? <Paragraphs key={key} text={text} /> : null;
        return (
          <div key={key} data-print-field={`${part}.${key}`}>
            {withHeadings && <h3 className="doc-h3">{label}</h3>}
            {text ? <Paragraphs text={text} /> : <p className="doc-empty">{report ? '' : '（填写）'}</p>}
          </div>
        );
      })}
    </>
  );
}

/** `report` null = the blank form for offices that still collect numbers on paper. */
export function ReportDocument({ report, draftMark }: { report: Report | null; draftMark: boolean }) {
  const title = report
    ? report.meta.title || defaultTitle(report.meta.agencyName, report.meta.year)
    : '政府信息公开工作年度报告';
  return (
    <article className="doc" lang="zh-CN">
      {draftMark && <div className="doc-watermark" aria-hidden="true" data-mark="草稿" />}
      <h1 className="doc-title">{title}</h1>
      {report?.meta.preamble && <Paragraphs text={report.meta.preamble} />}
      <h2 className="doc-h2">{PART_TITLES.overview}</h2>
      <Narrative report={report} part="overview" withHeadings />
      <h2 className="doc-h2">{PART_TITLES.proactive}</h2>
      <ProactiveTables report={report} />
      <h2 className="doc-h2">{PART_TITLES.applications}</h2>
      <ApplicationsTable report={report} />
      <h2 className="doc-h2">{PART_TITLES.appeals}</h2>
      <AppealsTable report={report} />
      <h2 className="doc-h2">{PART_TITLES.problems}</h2>
      <Narrative report={report} part="problems" withHeadings={false} />
      <h2 className="doc-h2">{PART_TITLES.otherMatters}</h2>
      <Narrative report={report} part="otherMatters" withHeadings />
    </article>
  );
}
