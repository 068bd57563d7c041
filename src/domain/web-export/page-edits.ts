// A page of 「导出网页版」 whose data block survived the CMS but whose text or tables were edited
// there afterwards: 「导入」 takes the data block (the report as exported), so it says where the page
// the reader sees differs from it — a number changed in the CMS editor is never dropped unnoticed.
import { cellLabel, INPUT_CELLS, narrativeLabel } from '../report/cell-address';
import { draftToReport } from '../report/draft-convert';
import { NARRATIVE_PARTS } from '../report/keys';
import { META_LABELS } from '../report/labels';
import { readReportCell } from '../report/report-cell';
import type { Report } from '../report/report-schema';
import { htmlToText } from '../text-import/html-to-text';
import { importWebPageText, splitWebPageInfo } from './read-web-page';
import { blankAsZero, shownReport } from './shown-report';

const META_FIELDS = [
  'title',
  'agencyName',
  'year',
  'reportKind',
  'website',
  'contactAddress',
  'contactPhone',
  'publishDate',
  'preamble',
] as const;

const show = (value: number | null) => (value === null ? '空白' : String(value));
// Blanks are compared as 0 on both sides (shown-report.ts): a blank cell is no edit.

/** zh-CN: each difference between what the page shows and the report of its data block. */
export function webPageEdits(html: string, data: Report): string[] {
  const { text, info } = splitWebPageInfo(htmlToText(html));
  const read = blankAsZero(
    draftToReport(importWebPageText(text, info, { id: data.id, previous: null }).draft),
  );
  const shown = shownReport(data);
  const edits: string[] = [];
  for (const field of META_FIELDS)
    if (read.meta[field] !== shown.meta[field]) edits.push(`「${META_LABELS[field]}」不同`);
  for (const cell of INPUT_CELLS) {
    const [page, block] = [readReportCell(read, cell), readReportCell(shown, cell)];
    if (page !== block) edits.push(`${cellLabel(cell)}：网页上为${show(page)}，数据块中为${show(block)}`);
  }
  for (const part of NARRATIVE_PARTS)
    for (const key of Object.keys(shown[part]))
      if ((read[part] as Record<string, string>)[key] !== (shown[part] as Record<string, string>)[key])
        edits.push(`「${narrativeLabel({ part, key })}」的文字不同`);
  return edits;
}
