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

/** The report a paragraph per line, part 三 as plainPrintedMatrix, the other tables a cell per line. */
export function renderPlainPrint(blocks: readonly Block[], seed: number): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'table')
      out.push(...(b.part === 'applications' ? plainPrintedMatrix(b.rows, seed) : cellPerLine(b.rows)));
    else if (b.kind === 'signature') out.push(b.organ, b.date);
    else out.push(b.text);
  }
  return `${out.join('\n')}\n`;
}
