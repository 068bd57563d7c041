// A TableModel as a Word table: real merged cells (gridSpan for colSpan; vMerge restart/continue
// for rowSpan — docx inserts the continuation cells below a rowSpan cell itself), single black
// borders, a fixed grid spanning the type area, header rows that repeat on each page.
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { FONT, SIZE, TEXT_WIDTH } from './docx-typography';
import type { ModelCell, TableModel } from './word-table-model';
import { xmlSafeText } from './xml-text';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
} as const;
const CELL_MARGINS = { top: 40, bottom: 40, left: 60, right: 60 } as const;
/** Numbers sit centred with little side margin, so six digits fit a matrix column (as in print). */
const NUMBER_MARGINS = { ...CELL_MARGINS, left: 20, right: 20 } as const;

/** Integer twips that add up to exactly the type area. */
function columnWidths(weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * TEXT_WIDTH));
  const rest = TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths.at(-1) ?? 0) + rest;
  return widths;
}

/**
 * Rows kept on the page of the row below them (keepNext on their paragraphs, which Word and
 * LibreOffice apply to table rows), so no page holds a table's header alone or a single row of it
 * (issue 14 §4; print.css does the same for the print view): the header rows and a section's own
 * heading rows (all header cells), and in each run of body rows the first and the last but one.
 */
export function rowsKeptWithNext(model: TableModel): boolean[] {
  const isHead = (i: number) => i < model.headerRows || (model.rows[i] ?? []).every((c) => c.kind === 'head');
  const keep = model.rows.map((_, i) => isHead(i));
  let start = 0;
  for (let i = 0; i <= model.rows.length; i++) {
    if (i < model.rows.length && !isHead(i)) continue;
    // body rows start … i - 1
    if (i - start >= 2) {
      keep[start] = true;
      keep[i - 2] = true;
    }
    start = i + 1;
  }
  keep[model.rows.length - 1] = false;
  return keep;
}

function cell(c: ModelCell, size: number, keepNext: boolean): TableCell {
  return new TableCell({
    ...(c.colSpan && c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
    ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    ...(c.kind === 'num' ? { margins: NUMBER_MARGINS } : {}),
    children: [
      new Paragraph({
        style: 'TableText',
        keepNext,
        alignment: c.kind === 'label' ? AlignmentType.LEFT : AlignmentType.CENTER,
        children: c.text
          ? [new TextRun({ text: xmlSafeText(c.text), size, bold: c.kind === 'head', font: FONT.body })]
          : [],
      }),
    ],
  });
}

export function docxTable(model: TableModel): Table {
  const size = model.compact ? SIZE.xiaowu : SIZE.wuhao;
  const keep = rowsKeptWithNext(model);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: columnWidths(model.columnWeights),
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: BORDERS,
    margins: CELL_MARGINS,
    rows: model.rows.map(
      (cells, i) =>
        new TableRow({
          cantSplit: true,
          ...(i < model.headerRows ? { tableHeader: true } : {}),
          children: cells.map((c) => cell(c, size, keep[i] ?? false)),
        }),
    ),
  });
}
