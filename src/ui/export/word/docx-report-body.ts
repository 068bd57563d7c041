// The body of the report in the order of the print view (src/ui/print/report-document.tsx):
// title, preamble, parts 一 to 六 with the narrative sub-item headings, the three tables and the
// note above the matrix. User text only ever enters as text runs, through xmlSafeText.
import { HeadingLevel, Paragraph, type Table, TextRun } from 'docx';
import type { NarrativePart } from '../../../domain/report/keys';
import { defaultTitle, MATRIX_NOTE, NARRATIVE_LABELS, PART_TITLES } from '../../../domain/report/labels';
import type { Report } from '../../../domain/report/report-schema';
import { docxTable } from './docx-table';
import { appealsTableModel, applicationsTableModel, proactiveTableModel } from './word-table-model';
import { textParagraphs, xmlSafeText } from './xml-text';

const run = (text: string) => new TextRun(xmlSafeText(text));
const heading = (text: string, level: (typeof HeadingLevel)['HEADING_1' | 'HEADING_2']) =>
  new Paragraph({ heading: level, children: [run(text)] });
// Widow/orphan control: a paragraph leaves at least two lines on each page (print.css alike); the
// document's Normal style is built from scratch, without Word's default of it.
const body = (text: string) =>
  new Paragraph({ style: 'ReportBody', widowControl: true, children: [run(text)] });
const paragraphs = (text: string) => textParagraphs(text).map(body);

export function reportTitle(report: Report): string {
  return report.meta.title || defaultTitle(report.meta.agencyName, report.meta.year);
}

/** A narrative part: `intro` without a heading, then each sub-item (with its （一） heading). */
function narrative(report: Report, part: NarrativePart, withHeadings: boolean): Paragraph[] {
  const values = report[part] as Record<string, string>;
  return Object.entries(NARRATIVE_LABELS[part]).flatMap(([key, label]) => {
    const text = values[key] ?? '';
    if (key === 'intro') return paragraphs(text);
    const content = paragraphs(text);
    // An empty sub-item keeps an empty line under its heading, as in print: room to write by hand.
    // It keeps with what follows, or its heading would end a page all the same (print.css alike).
    return [
      ...(withHeadings ? [heading(label, HeadingLevel.HEADING_2)] : []),
      ...(content.length > 0 ? content : [new Paragraph({ style: 'ReportBody', keepNext: true })]),
    ];
  });
}

export function reportBody(report: Report): (Paragraph | Table)[] {
  const part = (key: keyof typeof PART_TITLES) => heading(PART_TITLES[key], HeadingLevel.HEADING_1);
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [run(reportTitle(report))] }),
    ...paragraphs(report.meta.preamble),
    part('overview'),
    ...narrative(report, 'overview', true),
    part('proactive'),
    docxTable(proactiveTableModel(report)),
    part('applications'),
    new Paragraph({ style: 'TableNote', children: [run(MATRIX_NOTE)] }),
    docxTable(applicationsTableModel(report)),
    part('appeals'),
    docxTable(appealsTableModel(report)),
    part('problems'),
    ...narrative(report, 'problems', false),
    part('otherMatters'),
    ...narrative(report, 'otherMatters', true),
  ];
}
