// 「导出Word」: the report as a .docx with the structure of the print view (SPEC §9). This module
// and everything it imports is loaded only when the clerk clicks the button (dynamic import), so
// the docx library never weighs on the app's first load.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { deriveAppeals, deriveApplications } from '../../../domain/report/derive';
import { REVIEW_STATUS_LABELS } from '../../../domain/report/labels';
import type { Report } from '../../../domain/report/report-schema';
import { withoutHangingPunctuation } from './docx-punctuation';
import { reportBody, reportTitle } from './docx-report-body';
import { REPORT_STYLES } from './docx-styles';
import { DRAFT_COLOR, FONT, PAGE, SIZE } from './docx-typography';
import { xmlSafeText } from './xml-text';

export { docxFileName } from './docx-file-name';

/** Printed in the header of every page of a report that is not 已审定. */
export const DRAFT_HEADER_TEXT = `${REVIEW_STATUS_LABELS.draft}（未审定）`;

export type BuildDocxOptions = { draftMark: boolean };

function draftHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          // The diagonal watermark is what the print view shows; the header line is the part that
          // survives every viewer (WPS and LibreOffice draw VML watermarks, some web viewers don't).
          new TextWatermark({
            text: REVIEW_STATUS_LABELS.draft,
            font: '黑体',
            color: DRAFT_COLOR,
            opacity: 0.15,
          }),
          new TextRun({
            text: DRAFT_HEADER_TEXT,
            font: FONT.heiti,
            size: SIZE.sihao,
            bold: true,
            color: DRAFT_COLOR,
          }),
        ],
      }),
    ],
  });
}

/** 「— N —」 centred, 四号 宋体 (GB/T 9704 §7.5). */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: FONT.pageNumber,
            size: SIZE.sihao,
          }),
        ],
      }),
    ],
  });
}

export async function buildReportDocx(report: Report, opts: BuildDocxOptions): Promise<Blob> {
  // Totals are recomputed, never trusted, as for every export (SPEC §7).
  const derived: Report = {
    ...report,
    applications: deriveApplications(report.applications),
    appeals: deriveAppeals(report.appeals),
  };
  const doc = new Document({
    title: xmlSafeText(reportTitle(derived)),
    creator: 'nianbao',
    lastModifiedBy: 'nianbao',
    styles: REPORT_STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
            margin: { ...PAGE.margin, header: PAGE.header, footer: PAGE.footer },
          },
        },
        ...(opts.draftMark ? { headers: { default: draftHeader() } } : {}),
        footers: { default: pageNumberFooter() },
        children: reportBody(derived),
      },
    ],
  });
  const packed = new Uint8Array(await (await Packer.toBlob(doc)).arrayBuffer());
  return new Blob([withoutHangingPunctuation(packed)], {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
}
