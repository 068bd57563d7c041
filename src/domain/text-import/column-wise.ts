// Plain `pdftotext` (without -layout) may print a table's numbers ahead of the row labels they
// belong to, column by column or row by row, with labels and numbers interleaved out of order
// (nianbao issue 18: 杭州公安's page read 51 cells wrong from it). Which number belongs to which
// row cannot be told from that text, so the part's cells are left unread with the line where such
// numbers start, never guessed. Text pasted row by row (label, then its numbers, one a line) is
// read as before: there the first row's label comes before the first numbers.

/** A line holding numbers only (「36」「1387 45」「1,503」). */
const NUMBERS_ONLY = /^\s*\d[\d,，]*(?:\s+\d[\d,，]*)*\s*$/u;

/**
 * The index in `lines` of a run of two or more numbers-only lines (empty lines between them
 * aside) that follows the column headers (`header`, the line just before it) and stands before
 * the table's first row label (`firstRow`), or null. Row-wise text of any shape puts a row's label
 * (however damaged) before or beside its numbers, never numbers right under the headers.
 */
export function columnWiseRunAt(lines: readonly string[], firstRow: RegExp, header: RegExp): number | null {
  let run: number | null = null;
  let before = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (firstRow.test(line)) return null;
    // Plain pdftotext may put an empty line between the cells; it does not end the run.
    if (line.trim() === '') continue;
    if (!NUMBERS_ONLY.test(line)) {
      run = null;
      before = line;
    } else if (run !== null) return run;
    else if (header.test(before)) run = i;
  }
  return null;
}

/** Why the cells of a part dumped out of row order were not read, naming the line where it looked. */
export const columnWiseReason = (partName: string, lineNumber: number): string =>
  `${partName}的表格在原文第${lineNumber}行起数字排在行标题之前（每行只有数字，如PDF转出的纯文本），数字无法按行对应，未读取；请改用保留版式的文本（如 pdftotext -layout）、原网页或Word文件导入`;
