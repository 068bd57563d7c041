// Plain `pdftotext` (no -layout) of a page printed by a browser, part 三 as it comes out of a
// Chromium print (nianbao issue 18): the first number column (「自然人」) stands beside the row
// labels, so a row's first number goes with the label's text block — on the label's last line,
// alone between two lines of the label, or with a piece of the label after later rows — while the
// row's other six numbers follow each other a line each, empty lines between. Rows are taken in
// turn by `seed`: whole, glued, alone, moved after the row two further on.
import type { Block } from '../document';
import type { GridRow } from '../national-grid';
import { cellPerLine } from './grid-text';

const numbers = (cells: readonly string[]) => cells.flatMap((v) => ['', v]);

/** Part 三's rows as plain pdftotext of a browser's print gives them. */
export function plainPrintedMatrix(rows: readonly GridRow[], seed: number): string[] {
  const out: string[] = [];
  const late = new Map<number, string[]>();
  let k = 0;
  rows.forEach((row, i) => {
    const labels = row.filter((c) => !c.value && c.text !== '').map((c) => c.text);
    const values = row.filter((c) => c.value).map((c) => c.text);
    if (values.length === 0) out.push(...labels);
    else {
      const last = labels.at(-1) ?? '';
      const before = labels.slice(0, -1);
      const [first, ...rest] = values;
      const mode = (k++ + seed) % 4;
      if (mode === 0 || last.length < 4) out.push(...labels, ...numbers(values), '');
      else if (mode === 1) out.push(...before, `${last} ${first}`, ...numbers(rest), '');
      else if (mode === 2) out.push(...before, last.slice(0, 3), first!, last.slice(3), ...numbers(rest), '');
      else {
        out.push(...before, last.slice(0, -2), ...numbers(rest), '');
        const at = Math.min(i + 2, rows.length - 1);
        late.set(at, [...(late.get(at) ?? []), `${last.slice(-2)} ${first}`]);
      }
    }
    out.push(...(late.get(i) ?? []));
  });
  return out;
}

/**
 * Part 三 as plain pdftotext gives a browser's print whose last page held the table's last rows
 * without their 总计 column: every row's numbers on its label's line, from row `7 + seed % 9` of the
 * numbers on only the six applicant numbers, and after the table a stray list number (「3.」), then
 * those rows' 总计 a line each, empty lines between some.
 */
export function plainTotalsLastMatrix(rows: readonly GridRow[], seed: number): string[] {
  const out: string[] = [];
  const totals: string[] = [];
  const from = 7 + (seed % 9);
  let k = 0;
  for (const row of rows) {
    const labels = row.filter((c) => !c.value && c.text !== '').map((c) => c.text);
    const values = row.filter((c) => c.value).map((c) => c.text);
    if (values.length === 0) {
      out.push(...labels);
      continue;
    }
    const shown = k++ >= from ? values.slice(0, -1) : values;
    if (shown.length < values.length) totals.push(values.at(-1)!);
    out.push(...labels.slice(0, -1), `${labels.at(-1) ?? ''} ${shown.join(' ')}`);
  }
  out.push('3.', '', ...totals.flatMap((t, i) => (i % 3 === 2 ? [t, ''] : [t])));
  return out;
}

export type PlainMatrix = 'first-cells' | 'totals-last';

/**
 * Part 二 as plain pdftotext gives a browser's print of the four sub-tables: the label column first
 * (every row label in turn), then each sub-table's heading 「第二十条第（X）项」, its column headers,
 * and its numbers a line each, empty lines between.
 */
export function plainSectionsProactive(rows: readonly GridRow[]): string[] {
  const labels: string[] = [];
  const body: string[] = [];
  for (const row of rows) {
    const values = row.filter((c) => c.value).map((c) => c.text);
    const texts = row.filter((c) => !c.value && c.text !== '').map((c) => c.text);
    if (values.length > 0) {
      labels.push(...texts);
      body.push(...values.flatMap((v) => [v, '']));
    } else body.push(texts.length === 1 ? texts[0]! : texts.slice(1).join(' '));
  }
  return ['信息内容', ...labels, '', ...body];
}

/** The report a paragraph per line, part 三 as plain pdftotext prints it, the other tables a cell per line. */
export function renderPlainPrint(
  blocks: readonly Block[],
  seed: number,
  matrix: PlainMatrix = 'first-cells',
  proactive: 'cells' | 'sections' = 'cells',
): string {
  const part3 = (rows: readonly GridRow[]) =>
    matrix === 'first-cells' ? plainPrintedMatrix(rows, seed) : plainTotalsLastMatrix(rows, seed);
  const table = (b: Extract<Block, { kind: 'table' }>) =>
    b.part === 'applications'
      ? part3(b.rows)
      : b.part === 'proactive' && proactive === 'sections'
        ? plainSectionsProactive(b.rows)
        : cellPerLine(b.rows);
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') out.push(...table(b));
    else if (b.kind === 'signature') out.push(b.organ, b.date);
    else out.push(b.text);
  }
  return `${out.join('\n')}\n`;
}
