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

/** Integer twips that add up to exactly the type area. */
function columnWidths(weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * TEXT_WIDTH));
  const rest = TEXT_WIDTH - widths.reduce((a, b) => a + b, 0);
  widths[widths.length - 1] = (widths.at(-1) ?? 0) + rest;
  return widths;
}

function cell(c: ModelCell, size: number): TableCell {
  return new TableCell({
    ...(c.colSpan && c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
    ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        style: 'TableText',
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
          children: cells.map((c) => cell(c, size)),
        }),
    ),
  });
}
