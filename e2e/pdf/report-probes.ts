// What the layout rules look for in a printed report (print view or Word): its headings and its
// tables, taken from the labels and table definitions the outputs are built from.
import {
  APPEAL_GROUP_LABELS,
  APPLICANT_HEADER,
  MATRIX_NOTE,
  NARRATIVE_LABELS,
  PART_TITLES,
} from '../../src/domain/report/labels';
import type { Report } from '../../src/domain/report/report-schema';
import { MATRIX_LAYOUT } from '../../src/domain/tables/applications-table';
import { PROACTIVE_SECTIONS } from '../../src/domain/tables/proactive-table';
import {
  headingLastProblems,
  inkOutsideTypeAreaProblems,
  labelRow,
  missingValueProblems,
  pageSizeProblems,
  type TableProbe,
  tableEdgeProblems,
} from './layout-rules';
import { readPdfInk } from './pdf-ink';
import { type PdfTextPage, readPdfWords } from './pdf-words';

/** Lines that introduce what follows them: part titles, sub-item headings, the matrix note. */
export const REPORT_HEADINGS: readonly string[] = [
  ...Object.values(PART_TITLES),
  ...Object.values(NARRATIVE_LABELS.overview),
  ...Object.values(NARRATIVE_LABELS.otherMatters),
  MATRIX_NOTE,
  ...PROACTIVE_SECTIONS.map((s) => s.article),
];

const isNumber = (s: string) => /^[\d.,]+$/.test(s);

export const REPORT_TABLES: readonly TableProbe[] = [
  ...PROACTIVE_SECTIONS.map((s) => ({
    name: s.article,
    header: s.article,
    rows: s.rows.map((r) => labelRow(r.label)),
  })),
  {
    name: '三、收到和处理政府信息公开申请情况',
    header: APPLICANT_HEADER,
    rows: MATRIX_LAYOUT.flatMap((r) => (r.kind === 'row' ? [labelRow(r.label)] : [])),
  },
  {
    name: '四、行政复议、行政诉讼',
    header: APPEAL_GROUP_LABELS.reconsideration,
    // one row of fifteen numbers
    rows: [
      {
        name: 'numbers',
        matches: (line) => line.words.length >= 15 && line.words.every((w) => isNumber(w.text)),
      },
    ],
  },
];

/** Every number in the report's three tables, as the outputs print it. */
export function tableValues(report: Report): string[] {
  const grids = [report.proactive, report.applications, report.appeals] as Record<
    string,
    Record<string, number | null>
  >[];
  return grids.flatMap((g) =>
    Object.values(g).flatMap((cells) => Object.values(cells).flatMap((n) => (n === null ? [] : [String(n)]))),
  );
}

/**
 * The rules every printed report is held to, read from its PDF (any browser that printed it): A4
 * and the type area, tables at full width, every number of the report printed whole, no page
 * ending with a heading (old engines too: print.css keeps a heading with what follows by
 * `break-inside: avoid`, not only `break-after: avoid`). `text` for the rules a caller adds
 * (tables repeated, no page with a single row).
 */
export function printedReportProblems(
  pdfPath: string,
  report: Report,
): { text: PdfTextPage[]; pagesWithTables: number; problems: string[] } {
  const text = readPdfWords(pdfPath);
  const ink = readPdfInk(pdfPath);
  const edges = tableEdgeProblems(ink);
  return {
    text,
    pagesWithTables: edges.pagesWithTables,
    problems: [
      ...pageSizeProblems(text),
      ...inkOutsideTypeAreaProblems(ink),
      ...edges.problems,
      ...missingValueProblems(text, tableValues(report)),
      ...headingLastProblems(text, REPORT_HEADINGS),
    ],
  };
}
