// The three tables exactly as the national format draws them (merged header cells, the note above
// the matrix), rendered from their layouts in domain/tables/table-layout.ts: each section is a
// table whose header rows repeat on every page it runs onto (part 二: four tables, one per article).
// Values null print as empty cells, which is also the blank form.
import type { ReactNode } from 'react';
import { cellId } from '../../domain/report/cell-address';
import { reportCellText } from '../../domain/report/report-cell';
import type { Report } from '../../domain/report/report-schema';
import {
  APPEALS_LAYOUT,
  APPLICATIONS_LAYOUT,
  type LayoutCell,
  type LayoutRow,
  PROACTIVE_LAYOUT,
  type TableLayout,
} from '../../domain/tables/table-layout';

/**
 * Column widths in % of the type area. The tables are laid out with these fixed widths (print.css:
 * table-layout fixed), so a table always spans exactly the text width, whatever its content, and
 * the header words break where a reader expects. A number column of the matrix takes six digits.
 */
function Columns({ widths }: { widths: readonly number[] }) {
  return (
    <colgroup>
      {widths.map((w, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional
        <col key={i} style={{ width: `${w}%` }} />
      ))}
    </colgroup>
  );
}
const evenly = (n: number, total: number) => Array.from({ length: n }, () => total / n);
const PROACTIVE_LABEL_WIDTH = 28;
const WIDTHS: Record<TableLayout['part'], readonly number[]> = {
  proactive: [PROACTIVE_LABEL_WIDTH, ...evenly(PROACTIVE_LAYOUT.width - 1, 100 - PROACTIVE_LABEL_WIDTH)],
  /** 三、本年度办理结果 | （三）不予公开 | item label, then the seven applicant columns (six digits each). */
  applications: [5, 10, 25, ...evenly(APPLICATIONS_LAYOUT.width - 3, 60)],
  appeals: evenly(APPEALS_LAYOUT.width, 100),
};

/** HTML leaves out a span of 1. */
const span = (n: number) => (n > 1 ? n : undefined);

function Cell({ cell, report }: { cell: LayoutCell; report: Report | null }) {
  switch (cell.kind) {
    case 'header':
      return (
        <th colSpan={span(cell.colSpan)} rowSpan={span(cell.rowSpan)}>
          {cell.text || null}
        </th>
      );
    case 'rowHeader':
      return (
        <td colSpan={span(cell.colSpan)} rowSpan={span(cell.rowSpan)} className="label">
          {cell.text}
        </td>
      );
    case 'value':
      return (
        <td className="num" colSpan={span(cell.colSpan)} data-print-cell={cellId(cell.address)}>
          {report ? reportCellText(report, cell.address) : ''}
        </td>
      );
  }
}

const cellKey = (cell: LayoutCell, i: number) => (cell.kind === 'value' ? cellId(cell.address) : `${i}`);

function Rows({ rows, report }: { rows: readonly LayoutRow[]; report: Report | null }) {
  return rows.map((row, r) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the rows of a fixed layout
    <tr key={r}>
      {row.map((cell, i) => (
        <Cell key={cellKey(cell, i)} cell={cell} report={report} />
      ))}
    </tr>
  ));
}

/**
 * A part's tables under its heading. Old engines (Chromium 86) ignore `break-after: avoid`, so the
 * heading is kept with what follows by a block that must not split (`break-inside: avoid`, which
 * they honour, print.css .doc-keep): with the first table where the tables are never split (parts
 * 二 and 四), with the note where the table runs on (part 三: the block reserves room for the
 * matrix's header rows below it).
 */
function LayoutTables({
  layout,
  report,
  heading,
}: {
  layout: TableLayout;
  report: Report | null;
  heading: ReactNode;
}) {
  const tables = layout.sections.map((section, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the sections of a fixed layout
    <table key={i} className={`doc-table ${layout.part === 'applications' ? 'matrix' : layout.part}`}>
      <Columns widths={WIDTHS[layout.part]} />
      <thead>
        <Rows rows={section.head} report={report} />
      </thead>
      <tbody>
        <Rows rows={section.body} report={report} />
      </tbody>
    </table>
  ));
  if (layout.note)
    return (
      <>
        <div className="doc-keep before-table">
          {heading}
          <p className="doc-note">{layout.note}</p>
        </div>
        {tables}
      </>
    );
  return (
    <>
      <div className="doc-keep">
        {heading}
        {tables[0]}
      </div>
      {tables.slice(1)}
    </>
  );
}

type PartTables = { report: Report | null; heading: ReactNode };

export function ProactiveTables({ report, heading }: PartTables) {
  return <LayoutTables layout={PROACTIVE_LAYOUT} report={report} heading={heading} />;
}

export function ApplicationsTable({ report, heading }: PartTables) {
  return <LayoutTables layout={APPLICATIONS_LAYOUT} report={report} heading={heading} />;
}

export function AppealsTable({ report, heading }: PartTables) {
  return <LayoutTables layout={APPEALS_LAYOUT} report={report} heading={heading} />;
}
