// The three tables of the web page, from the shared table layouts (domain/tables/table-layout.ts): a
// table of one section gets <thead> and <tbody>, one of several (part 二) a <tbody> per section; column
// headers <th scope="col|colgroup">, row labels <th scope="row|rowgroup">, values <td>; the merges as
// colspan/rowspan. Borders both as the border attribute and inline style: CMS editors keep one or the other.
import type { TablePart } from '../report/cell-address';
import { reportCellText } from '../report/report-cell';
import type { Report } from '../report/report-schema';
import { type LayoutCell, type LayoutRow, TABLE_LAYOUTS, type TableLayout } from '../tables/table-layout';
import { escapeHtml } from './html-escape';

export const TABLE_ATTRIBUTES =
  'border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;width:100%;border:1px solid #000"';
const CELL_STYLE = 'border:1px solid #000';
const NOTE_STYLE = 'text-align:center;font-size:10.5pt';

const spans = (c: LayoutCell) =>
  `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;

function cellMarkup(cell: LayoutCell, report: Report | null): string {
  switch (cell.kind) {
    case 'header':
      return `<th scope="${cell.scope}"${spans(cell)} style="${CELL_STYLE};text-align:center">${escapeHtml(cell.text)}</th>`;
    case 'rowHeader':
      return `<th scope="${cell.scope}"${spans(cell)} style="${CELL_STYLE};text-align:left;font-weight:normal">${escapeHtml(cell.text)}</th>`;
    case 'value':
      return `<td${spans(cell)} style="${CELL_STYLE};text-align:center">${report ? escapeHtml(reportCellText(report, cell.address)) : ''}</td>`;
  }
}

const rowsMarkup = (rows: readonly LayoutRow[], report: Report | null) =>
  rows.map((row) => `<tr>${row.map((c) => cellMarkup(c, report)).join('')}</tr>`).join('\n');

/**
 * A table of one section: its header rows as <thead>, its data rows as <tbody>. A table of several
 * (part 二's four, each headed by its article) keeps them on one grid, each section a <tbody> that
 * starts with its header rows: a table has one <thead>, which a browser repeats on every printed page.
 */
export function layoutTableMarkup(layout: TableLayout, report: Report | null): string {
  const [only, ...more] = layout.sections;
  const groups =
    only && more.length === 0
      ? [
          `<thead>\n${rowsMarkup(only.head, report)}\n</thead>`,
          `<tbody>\n${rowsMarkup(only.body, report)}\n</tbody>`,
        ]
      : layout.sections.map((s) => `<tbody>\n${rowsMarkup([...s.head, ...s.body], report)}\n</tbody>`);
  return [
    ...(layout.note ? [`<p style="${NOTE_STYLE}">${escapeHtml(layout.note)}</p>`] : []),
    `<table ${TABLE_ATTRIBUTES}>`,
    ...groups,
    '</table>',
  ].join('\n');
}

/** The table of `part` with the report's values (blank cells for a blank form). */
export function webTable(part: TablePart, report: Report | null): string {
  return layoutTableMarkup(TABLE_LAYOUTS[part], report);
}
