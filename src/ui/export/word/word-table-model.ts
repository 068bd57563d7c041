// The three tables of the report as plain data, laid out cell for cell like the print view
// (src/ui/print/report-tables.tsx) and the national format: HTML-style colSpan/rowSpan, so a
// merged cell appears once, in its first row. docx-table.ts turns a model into a Word table.
// Labels and row order come from src/domain/tables/* and labels.ts only.
import { feeToUnits, formatFeeUnits } from '../../../domain/numbers/parse-fee';
import {
  APPEAL_FIELDS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  APPLICANT_INPUT_COLUMNS,
} from '../../../domain/report/keys';
import {
  APPEAL_FIELD_LABELS,
  APPEAL_GROUP_LABELS,
  APPLICANT_HEADER,
  APPLICANT_LABELS,
  APPLICATION_GROUP_LABELS,
  type ApplicationGroup,
  LITIGATION_HEADER,
  ORGANIZATION_HEADER,
  PROACTIVE_CONTENT_HEADER,
} from '../../../domain/report/labels';
import type { Report } from '../../../domain/report/report-schema';
import { MATRIX_LAYOUT, type MatrixLayoutRow } from '../../../domain/tables/applications-table';
import { PROACTIVE_SECTIONS } from '../../../domain/tables/proactive-table';

/** head: a header cell (bold, centred); label: a row label (left); num: a number (centred). */
export type CellKind = 'head' | 'label' | 'num';
export type ModelCell = {
  text: string;
  kind: CellKind;
  colSpan?: number;
  rowSpan?: number;
};
export type TableModel = {
  /** relative widths of the grid columns; the renderer scales them to the type area */
  columnWeights: readonly number[];
  /** leading rows that repeat at the top of each page the table runs onto */
  headerRows: number;
  /** the appeals table has 15 columns and is set a size smaller, as in print */
  compact: boolean;
  rows: readonly (readonly ModelCell[])[];
};

type Grid = Record<string, Record<string, number | null>>;
const count = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));
// Fees are written through their integer units so 0.000001 never becomes 「1e-6」.
const fee = (n: number | null | undefined): string =>
  n === null || n === undefined ? '' : formatFeeUnits(feeToUnits(n));
const head = (text: string, span: { colSpan?: number; rowSpan?: number } = {}): ModelCell => ({
  text,
  kind: 'head',
  ...span,
});

/**
 * Part 二 as ONE table, as the national format draws it: each 「第二十条第（…）项」 heads its rows,
 * and a section with fewer fields than the widest one lets its last field span the rest.
 */
export function proactiveTableModel(report: Report): TableModel {
  const grid = report.proactive as Grid;
  const width = Math.max(...PROACTIVE_SECTIONS.map((s) => s.fields.length));
  const rows: ModelCell[][] = [];
  for (const s of PROACTIVE_SECTIONS) {
    const spanOf = (i: number) => (i === s.fields.length - 1 ? width - i : 1);
    rows.push([head(s.article, { colSpan: width + 1 })]);
    rows.push([
      head(PROACTIVE_CONTENT_HEADER),
      ...s.fields.map((f, i) => head(f.label, { colSpan: spanOf(i) })),
    ]);
    for (const r of s.rows)
      rows.push([
        { text: r.label, kind: 'label' },
        ...s.fields.map((f, i) => ({
          text: f.decimal ? fee(grid[r.key]?.[f.key]) : count(grid[r.key]?.[f.key]),
          kind: 'num' as const,
          colSpan: spanOf(i),
        })),
      ]);
  }
  return {
    columnWeights: [34, ...Array.from({ length: width }, () => 66 / width)],
    headerRows: 0,
    compact: false,
    rows,
  };
}

type LayoutRow = Extract<MatrixLayoutRow, { kind: 'row' }>;

/** Part 三: three label columns (三、本年度办理结果 / （三）… / item) and the seven applicant columns. */
export function applicationsTableModel(report: Report): TableModel {
  const grid = report.applications as Grid;
  const dataRows = MATRIX_LAYOUT.filter((r): r is LayoutRow => r.kind === 'row');
  const resultRows = dataRows.filter((r) => r.group !== null);
  const groupSize = (g: ApplicationGroup) => dataRows.filter((r) => r.group === g).length;
  const rows: ModelCell[][] = [
    [head('', { colSpan: 3, rowSpan: 3 }), head(APPLICANT_HEADER, { colSpan: APPLICANT_COLUMNS.length })],
    [
      head(APPLICANT_LABELS.natural, { rowSpan: 2 }),
      head(ORGANIZATION_HEADER, { colSpan: APPLICANT_INPUT_COLUMNS.length - 1 }),
      head(APPLICANT_LABELS.total, { rowSpan: 2 }),
    ],
    APPLICANT_INPUT_COLUMNS.slice(1).map((c) => head(APPLICANT_LABELS[c])),
  ];
  const seen = new Set<string>();
  for (const row of dataRows) {
    const values: ModelCell[] = APPLICANT_COLUMNS.map((c) => ({
      text: count(grid[row.key]?.[c]),
      kind: 'num',
    }));
    const label = (colSpan: number): ModelCell => ({ text: row.label, kind: 'label', colSpan });
    if (row.depth === 0) {
      rows.push([label(3), ...values]);
      continue;
    }
    const cells: ModelCell[] = [];
    if (!seen.has('results'))
      cells.push({ text: APPLICATION_GROUP_LABELS.results, kind: 'label', rowSpan: resultRows.length });
    seen.add('results');
    if (row.depth === 1) cells.push(label(2));
    else {
      const g = row.group ?? 'results';
      if (!seen.has(g))
        cells.push({ text: APPLICATION_GROUP_LABELS[g], kind: 'label', rowSpan: groupSize(g) });
      seen.add(g);
      cells.push(label(1));
    }
    rows.push([...cells, ...values]);
  }
  return {
    // as print (report-tables.tsx): a number column takes six digits
    columnWeights: [5, 10, 25, ...APPLICANT_COLUMNS.map(() => 60 / APPLICANT_COLUMNS.length)],
    headerRows: 3,
    compact: false,
    rows,
  };
}

/** Part 四: 行政复议 (5 columns) and 行政诉讼 split in two (5 + 5), one row of numbers. */
export function appealsTableModel(report: Report): TableModel {
  const grid = report.appeals as Grid;
  const [reconsideration, ...litigation] = APPEAL_GROUPS;
  const n = APPEAL_FIELDS.length;
  return {
    columnWeights: APPEAL_GROUPS.flatMap(() => APPEAL_FIELDS.map(() => 1)),
    headerRows: 3,
    compact: true,
    rows: [
      [
        head(APPEAL_GROUP_LABELS[reconsideration], { colSpan: n }),
        head(LITIGATION_HEADER, { colSpan: n * litigation.length }),
      ],
      [
        ...APPEAL_FIELDS.map((f) => head(APPEAL_FIELD_LABELS[f], { rowSpan: 2 })),
        ...litigation.map((g) => head(APPEAL_GROUP_LABELS[g], { colSpan: n })),
      ],
      litigation.flatMap(() => APPEAL_FIELDS.map((f) => head(APPEAL_FIELD_LABELS[f]))),
      APPEAL_GROUPS.flatMap((g) =>
        APPEAL_FIELDS.map((f): ModelCell => ({ text: count(grid[g]?.[f]), kind: 'num' })),
      ),
    ],
  };
}

/**
 * The grid a model describes, laid out as HTML and Word do (a merged cell's text fills every grid
 * position it covers). Throws on overlaps, holes and cells that run past the table.
 */
export function modelGrid(model: TableModel): string[][] {
  const width = model.columnWeights.length;
  const out: (string | undefined)[][] = model.rows.map(() => Array.from({ length: width }, () => undefined));
  model.rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (out[r]?.[c] !== undefined) c++;
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++)
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) {
          const target = out[r + dr];
          if (!target) throw new Error(`第${r + 1}行「${cell.text}」的纵向合并超出表格`);
          if (c + dc >= width) throw new Error(`第${r + 1}行「${cell.text}」超出第${width}列`);
          if (target[c + dc] !== undefined) throw new Error(`第${r + dr + 1}行第${c + dc + 1}列被占用两次`);
          target[c + dc] = cell.text;
        }
      c += cell.colSpan ?? 1;
    }
  });
  return out.map((line, r) =>
    line.map((text, c) => {
      if (text === undefined) throw new Error(`第${r + 1}行第${c + 1}列是空洞`);
      return text;
    }),
  );
}
