// pdfminer.six's text of a PDF report (`pdf2txt.py`, `extract_text()` with its default LAParams;
// nianbao issue 18): every text box a paragraph, an empty line after it. A table comes out box by
// box: its header texts, then the row labels of a page, then that page's numbers COLUMN BY COLUMN
// (a cell a paragraph) — and on a real page (洪泽区 2023/2024) the 「总计」 column before the last
// applicant column. Part 二's small tables print their labels, then their numbers; part 四 its
// header words, then its 15 numbers. Deterministic by `seed`: where part 三's first page ends, and
// whether that page puts 总计 sixth.
import type { Block } from '../document';
import type { GridRow } from '../national-grid';

const box = (text: string) => [text, ''];
const labelsOf = (row: GridRow) => row.filter((c) => !c.value && c.text !== '').map((c) => c.text);
const valuesOf = (row: GridRow) => row.filter((c) => c.value).map((c) => c.text);

/** Header rows' texts, then the labels of the data rows, then their numbers row by row (part 二, part 四). */
function labelsThenNumbers(rows: readonly GridRow[]): string[] {
  const out: string[] = [];
  let labels: string[] = [];
  let numbers: string[] = [];
  const flush = () => {
    out.push(...labels.flatMap(box), ...numbers.flatMap(box));
    labels = [];
    numbers = [];
  };
  for (const row of rows) {
    const values = valuesOf(row);
    if (values.length === 0) {
      // A sub-table's heading after numbers opens the next sub-table.
      if (numbers.length > 0) flush();
      out.push(...labelsOf(row).flatMap(box));
    } else {
      labels.push(...labelsOf(row));
      numbers.push(...values);
    }
  }
  flush();
  return out;
}

/**
 * Part 三: the header, then each page's rows as their labels and their numbers column by column;
 * the first page ends after row `12 + seed % 3` of the numbers and, for an even seed, prints its
 * 总计 column before 「其他」 (the last applicant column).
 */
export function pdfminerMatrix(rows: readonly GridRow[], seed: number): string[] {
  const out: string[] = [];
  const data = rows.filter((r) => valuesOf(r).length > 0);
  const head = rows.slice(0, rows.indexOf(data[0]!));
  out.push(...head.flatMap(labelsOf).flatMap(box));
  const firstPage = 12 + (seed % 3);
  const page = (from: number, to: number, totalSixth: boolean) => {
    const block = data.slice(from, to);
    out.push(...block.flatMap(labelsOf).flatMap(box));
    const columns = Array.from({ length: 7 }, (_, c) => block.map((r) => valuesOf(r)[c]!));
    if (totalSixth) [columns[5], columns[6]] = [columns[6]!, columns[5]!];
    out.push(...columns.flat().flatMap(box));
  };
  page(0, firstPage, seed % 2 === 0);
  out.push(...box('- 3 -'), '\f');
  page(firstPage, data.length, false);
  return out;
}

/** The report as pdfminer gives it: a text box a paragraph, tables box by box. */
export function renderPdfminer(blocks: readonly Block[], seed: number): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'table')
      out.push(...(b.part === 'applications' ? pdfminerMatrix(b.rows, seed) : labelsThenNumbers(b.rows)));
    else if (b.kind === 'signature') out.push(...box(b.organ), ...box(b.date));
    else out.push(...box(b.text));
  }
  return `${out.join('\n')}\n`;
}
