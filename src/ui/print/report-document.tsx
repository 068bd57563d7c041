// The report as published (SPEC §9): title, preamble, parts 一 to 六 in order, the three tables.
// All user text is rendered as React text nodes — never as HTML.

import { Fragment, type ReactNode } from 'react';
import type { NarrativePart } from '../../domain/report/keys';
import { defaultTitle, NARRATIVE_LABELS, PART_TITLES } from '../../domain/report/labels';
import type { Report } from '../../domain/report/report-schema';
import { AppealsTable, ApplicationsTable, ProactiveTables } from './report-tables';
import './print.css';
import { UserText } from '../components/user-text';

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

/**
 * One block of a narrative part: `lead` = nothing but headings (a part's heading, an empty
 * item), which must stay with the text after it.
 */
type Block = { key: string; node: ReactNode; lead: boolean };

function narrativeBlocks(report: Report | null, part: NarrativePart, withHeadings: boolean): Block[] {
  const values = (report?.[part] ?? {}) as Record<string, string>;
  const blocks: Block[] = [
    { key: `${part}-title`, node: <h2 className="doc-h2">{PART_TITLES[part]}</h2>, lead: true },
  ];
  for (const [key, label] of Object.entries(NARRATIVE_LABELS[part])) {
    const text = values[key] ?? '';
    if (key === 'intro') {
      if (text) blocks.push({ key: `${part}.${key}`, node: <Paragraphs text={text} />, lead: false });
      continue;
    }
    blocks.push({
      key: `${part}.${key}`,
      node: (
        <div data-print-field={`${part}.${key}`}>
          {withHeadings && <h3 className="doc-h3">{label}</h3>}
          {text ? <Paragraphs text={text} /> : <p className="doc-empty">{report ? '' : '（填写）'}</p>}
        </div>
      ),
      lead: !text,
    });
  }
  return blocks;
}

/**
 * Narrative parts with each run of headings and empty items in one block that must not split
 * (print.css .doc-lead): old engines (Chromium 86) ignore `break-after: avoid` and would end a page
 * with them; the block reserves room for the first lines of what follows.
 */
function Narratives({ blocks }: { blocks: readonly Block[] }) {
  const out: ReactNode[] = [];
  for (let i = 0; i < blocks.length; ) {
    const block = blocks[i] as Block;
    if (!block.lead) {
      out.push(<Fragment key={block.key}>{block.node}</Fragment>);
      i++;
      continue;
    }
    const run: Block[] = [];
    while (i < blocks.length && (blocks[i] as Block).lead) run.push(blocks[i++] as Block);
    out.push(
      <div key={block.key} className="doc-keep doc-lead">
        {run.map((b) => (
          <Fragment key={b.key}>{b.node}</Fragment>
        ))}
      </div>,
    );
  }
  return <>{out}</>;
}

/** `report` null = the blank form for offices that still collect numbers on paper. */
export function ReportDocument({ report, draftMark }: { report: Report | null; draftMark: boolean }) {
  const title = report
    ? report.meta.title || defaultTitle(report.meta.agencyName, report.meta.year)
    : '政府信息公开工作年度报告';
  return (
    <article className="doc" lang="zh-CN">
      {draftMark && <div className="doc-watermark" aria-hidden="true" data-mark="草稿" />}
      <h1 className="doc-title">
        <UserText text={title} />
      </h1>
      {report?.meta.preamble && <Paragraphs text={report.meta.preamble} />}
      <Narratives blocks={narrativeBlocks(report, 'overview', true)} />
      <ProactiveTables report={report} heading={<h2 className="doc-h2">{PART_TITLES.proactive}</h2>} />
      <ApplicationsTable report={report} heading={<h2 className="doc-h2">{PART_TITLES.applications}</h2>} />
      <AppealsTable report={report} heading={<h2 className="doc-h2">{PART_TITLES.appeals}</h2>} />
      <Narratives
        blocks={[
          ...narrativeBlocks(report, 'problems', false),
          ...narrativeBlocks(report, 'otherMatters', true),
        ]}
      />
    </article>
  );
}
