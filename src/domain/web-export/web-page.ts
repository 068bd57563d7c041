// 「导出网页版」 (issue 14 §5): the report as one self-contained HTML page for the portal's CMS, in
// the order of the print view (SPEC §9): title, preamble, parts 一 to 六, then the report
// information (报告信息) that print leaves to the preamble. Semantic markup a CMS editor keeps —
// headings, paragraphs, tables with <thead>, <th scope> and the national format's merged cells —
// and only the inline styles such editors keep (alignment, borders, widths; also the old border
// and cellpadding attributes, which survive editors that strip style). No script runs: the page's
// CSP allows none; the report's data rides along as a JSON data block (data-block.ts). Every piece
// of user text is escaped (html-escape.ts).
import { exportFileName } from '../interchange/export-report';
import type { TablePart } from '../report/cell-address';
import type { NarrativePart } from '../report/keys';
import {
  defaultTitle,
  META_LABELS,
  NARRATIVE_LABELS,
  PART_TITLES,
  PROBLEMS_LABELS,
  REPORT_KIND_LABELS,
} from '../report/labels';
import type { Report } from '../report/report-schema';
import { reportDataBlock } from './data-block';
import { escapeHtml } from './html-escape';

/**
 * The page's own policy, for when it is opened as a file: nothing may load or run; inline style
 * attributes may apply. The data block is not a script that runs, so it needs no permission.
 */
export const WEB_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export const WEB_STYLE = {
  title: 'text-align:center;font-size:22pt;line-height:1.5',
  partTitle: 'font-size:16pt',
  itemTitle: 'font-size:16pt',
  paragraph: 'text-indent:2em;line-height:1.8',
  note: 'text-align:center;font-size:10.5pt',
} as const;

/** A narrative as paragraphs, as print splits it: one per line, blank lines dropped. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r\n?|\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

const tag = (name: string, style: string, text: string) =>
  `<${name}${style ? ` style="${style}"` : ''}>${escapeHtml(text)}</${name}>`;
const paragraphs = (text: string) => paragraphsOf(text).map((p) => tag('p', WEB_STYLE.paragraph, p));

/**
 * The headings of part 五's two items. Print runs them together, as the national format has no
 * sub-items there; the page numbers them like published reports that split the part
 * (「（一）存在的主要问题」「（二）改进措施」), so the two can be told apart when it is read back.
 */
export const PROBLEMS_HEADINGS: Record<string, string> = {
  problems: `（一）${PROBLEMS_LABELS.problems}`,
  improvements: `（二）${PROBLEMS_LABELS.improvements}`,
};

/** A narrative part: the untitled intro, then every sub-item under its heading. */
function narrative(report: Report, part: NarrativePart): string[] {
  const values = report[part] as Record<string, string>;
  return Object.entries(NARRATIVE_LABELS[part]).flatMap(([key, label]) =>
    key === 'intro'
      ? paragraphs(values[key] ?? '')
      : [
          tag('h3', WEB_STYLE.itemTitle, part === 'problems' ? (PROBLEMS_HEADINGS[key] ?? label) : label),
          ...paragraphs(values[key] ?? ''),
        ],
  );
}

/**
 * 「报告信息」: the fields print leaves to the preamble, one labelled line each; empty ones left out.
 * The title is repeated here so that it is read back exactly: as the page's first line it would be
 * found only while it looks like a title to the importer of published text.
 */
export function metaLines(report: Report): [label: string, value: string][] {
  const { meta } = report;
  const lines: [string, string][] = [
    [META_LABELS.title, reportTitleOf(report)],
    [META_LABELS.agencyName, meta.agencyName],
    [META_LABELS.year, meta.year === null ? '' : String(meta.year)],
    [META_LABELS.reportKind, REPORT_KIND_LABELS[meta.reportKind]],
    [META_LABELS.website, meta.website],
    [META_LABELS.contactAddress, meta.contactAddress],
    [META_LABELS.contactPhone, meta.contactPhone],
    [META_LABELS.publishDate, meta.publishDate],
  ];
  return lines.filter(([, value]) => value.trim() !== '');
}

export const META_HEADING = '报告信息';

/** 「<机关名称><年度>年政府信息公开工作年度报告.html」, named like the JSON file. */
export function webPageFileName(meta: Pick<Report['meta'], 'agencyName' | 'year'>): string {
  return exportFileName(meta).replace(/\.json$/, '.html');
}

export function reportTitleOf(report: Report): string {
  return report.meta.title || defaultTitle(report.meta.agencyName, report.meta.year);
}

export type WebPageInput = {
  report: Report;
  /** the interchange file's JSON (SPEC §7) */
  dataJson: string;
  /** the markup of a table part: <table>, preceded by its note (part 三) */
  table: (part: TablePart) => string;
};

/** The article: what 「复制网页版」 puts on the clipboard and the body of the exported page. */
export function reportArticle({ report, table }: Omit<WebPageInput, 'dataJson'>): string {
  const part = (key: keyof typeof PART_TITLES) => tag('h2', WEB_STYLE.partTitle, PART_TITLES[key]);
  return [
    '<article>',
    tag('h1', WEB_STYLE.title, reportTitleOf(report)),
    ...paragraphs(report.meta.preamble),
    part('overview'),
    ...narrative(report, 'overview'),
    part('proactive'),
    table('proactive'),
    part('applications'),
    table('applications'),
    part('appeals'),
    table('appeals'),
    part('problems'),
    ...narrative(report, 'problems'),
    part('otherMatters'),
    ...narrative(report, 'otherMatters'),
    tag('h2', WEB_STYLE.partTitle, META_HEADING),
    ...metaLines(report).map(([label, value]) => tag('p', '', `${label}：${value}`)),
    '</article>',
  ].join('\n');
}

/** The whole page: a document of its own, UTF-8, no external resource, the data block last. */
export function reportWebPage(input: WebPageInput): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${WEB_PAGE_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="nianbao">',
    `<title>${escapeHtml(reportTitleOf(input.report))}</title>`,
    '</head>',
    '<body>',
    reportArticle(input),
    reportDataBlock(input.dataJson),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
