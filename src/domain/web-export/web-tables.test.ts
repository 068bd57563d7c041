import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import type { TablePart } from '../report/cell-address';
import { reportCellText } from '../report/report-cell';
import { layoutGrid, TABLE_LAYOUTS } from '../tables/table-layout';
import { expandGrid } from '../text-import/html-grid';
import { parseHtml } from '../text-import/html-to-text';
import { webTable } from './web-tables';

const PARTS: TablePart[] = ['proactive', 'applications', 'appeals'];

describe('webTable: the tables of 「导出网页版」 are the shared layout model', () => {
  it.each(PARTS)(
    '%s: every grid position holds the layout’s cell, with its span, text and header kind',
    (part) => {
      const report = qufuReport('web-tables');
      const [table, ...others] = parseHtml(webTable(part, report)).tables;
      expect(others).toHaveLength(0);
      const html = expandGrid(table!);
      const layout = layoutGrid(TABLE_LAYOUTS[part]);
      expect([html.rows, html.cols]).toEqual([layout.length, TABLE_LAYOUTS[part].width]);
      for (const [r, line] of layout.entries())
        for (const [c, position] of line.entries()) {
          const slot = html.slots[r]![c]!;
          const { cell } = position;
          expect([slot.row, slot.col]).toEqual([position.row, position.column]);
          expect([slot.cell.rowspan, slot.cell.colspan]).toEqual([cell.rowSpan, cell.colSpan]);
          expect(slot.cell.header).toBe(cell.kind !== 'value');
          expect(slot.cell.text).toBe(
            cell.kind === 'value' ? reportCellText(report, cell.address) : cell.text,
          );
        }
    },
  );

  it('scopes: column headers col/colgroup, row labels row/rowgroup, as the model says', () => {
    for (const part of PARTS) {
      const markup = webTable(part, null);
      const scopes = [...markup.matchAll(/<th scope="(\w+)"/g)].map((m) => m[1]);
      const expected = TABLE_LAYOUTS[part].sections.flatMap((s) =>
        [...s.head, ...s.body].flatMap((row) => row.flatMap((c) => (c.kind === 'value' ? [] : [c.scope]))),
      );
      expect(scopes).toEqual(expected);
      expect(markup).not.toMatch(/<td[^>]*>[^<]/); // a blank form: no value written
    }
  });
});
