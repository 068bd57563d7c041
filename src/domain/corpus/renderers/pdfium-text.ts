// PDFium's text of a PDF report (nianbao issue 18): what a clerk gets opening a published PDF in
// Chrome's, Edge's or 360's viewer and copying all of it (Ctrl+A Ctrl+C; `FPDFText_GetText` per page,
// pages joined by a line break). Prose keeps a space between a run of digits or Latin letters and the
// Chinese beside it (「2023 年」「第 711 号」). In a table each text line of a cell is a line: a row
// label wrapped letter by letter in a narrow cell is its number 「4.」, then a letter a line, then the
// row's numbers a line each; a label on one line has its numbers after it on that line; a vertical
// group label (「三、本年度办理结果」) is a letter a line; part 四's header words a line each, then its
// 15 numbers on one line. Deterministic by `seed`: which labels are narrow.
import type { Block } from '../document';
import type { GridRow } from '../national-grid';

const LATIN_BESIDE_CJK = /(?<=[0-9A-Za-z])(?=[\u4E00-\u9FFF])|(?<=[\u4E00-\u9FFF])(?=[0-9A-Za-z])/gu;
const labelsOf = (row: GridRow) => row.filter((c) => !c.value && c.text !== '').map((c) => c.text);
const valuesOf = (row: GridRow) => row.filter((c) => c.value).map((c) => c.text);
const letters = (text: string) => [...text];
/** A numbered row label: 「4.无正当理由大量反复申请」 → 「4.」 and the rest. */
const NUMBERED = /^([1-9]\.)(.+)$/u;

/** Part 三: group labels a letter a line; every third numbered label (by seed) narrow. */
function part3(rows: readonly GridRow[], seed: number): string[] {
  const out: string[] = [];
  let k = seed;
  for (const row of rows) {
    const labels = labelsOf(row);
    const values = valuesOf(row);
    if (values.length === 0) {
      out.push(...labels);
      continue;
    }
    const own = labels.at(-1) ?? '';
    for (const group of labels.slice(0, -1)) out.push(...letters(group));
    const m = NUMBERED.exec(own);
    if (m && k++ % 3 === 0) out.push(m[1]!, ...letters(m[2]!), ...values);
    else out.push(`${own} ${values.join(' ')}`);
  }
  return out;
}

/** Part 二: header and label texts a line, a row's numbers after its label. */
function part2(rows: readonly GridRow[]): string[] {
  return rows.map((row) => [...labelsOf(row), ...valuesOf(row)].join(' '));
}

/** Part 四: its header words a line each, then its numbers on one line. */
function part4(rows: readonly GridRow[]): string[] {
  return [...rows.flatMap(labelsOf), rows.flatMap(valuesOf).join(' ')];
}

/** The report as PDFium's text gives it (a paragraph a line, tables as above). */
export function renderPdfium(blocks: readonly Block[], seed: number): string {
  const out: string[] = [];
  const prose = (t: string) => out.push(t.replace(LATIN_BESIDE_CJK, ' '));
  for (const b of blocks) {
    if (b.kind === 'table')
      out.push(
        ...(b.part === 'applications'
          ? part3(b.rows, seed)
          : b.part === 'proactive'
            ? part2(b.rows)
            : part4(b.rows)),
      );
    else if (b.kind === 'signature') {
      prose(b.organ);
      prose(b.date);
    } else prose(b.text);
  }
  return `${out.join('\n')}\n`;
}
