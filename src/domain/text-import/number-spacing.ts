// What the spaces between a row's numbers say in text laid out by spaces (pdftotext -layout,
// nianbao issue 18). pdftotext writes the words of one text line one space apart, and puts two
// words into one line only when the gap between them is under 1.5 times the font size; every
// other piece goes to the column of the longest chain of text to its left on the page (poppler's
// TextOutputDev column assignment), so its position is not a scaled x: numbers of one table
// column stood up to 11 characters apart, and neighbours crossed by up to 8, in the PDFs measured.
import type { CellToken } from './table-tokens';

/**
 * Numbers laid out with a gap of two spaces or more between them (pdftotext -layout: 「258 12      1
 * 1」, its zeros printed blank) are separate cells with blanks between, not digits that ran together.
 */
export function spacedApart(cells: readonly CellToken[]): boolean {
  for (let k = 1; k < cells.length; k++) {
    const a = cells[k - 1]!;
    const b = cells[k]!;
    if (a.kind !== 'value' || b.kind !== 'value' || a.at === undefined || b.at === undefined) continue;
    if (a.line === b.line && b.at - (a.at + a.text.length) >= 2) return true;
  }
  return false;
}

/**
 * Which neighbouring numbers of a row stand one space apart on one line: in neighbouring columns.
 * pdftotext -layout writes the words of one text line one space apart, and puts words into one
 * line only when the gap between them is under 1.5 times the font size — less than a blank cell
 * of a table; numbers with a blank cell between come out in separate pieces, wherever the text to
 * their left pushes them. (Measured on a real Chromium print and on our Chromium and LibreOffice
 * prints, pdftotext/: all 72 pairs one space apart were in neighbouring columns; two or more
 * spaces say nothing — neighbours stood 3 to 7 apart, LibreOffice puts none one space apart.)
 */
export function touching(cells: readonly CellToken[]): boolean[] {
  return cells.slice(1).map((b, k) => {
    const a = cells[k]!;
    if (a.kind !== 'value' || b.kind !== 'value' || a.at === undefined || b.at === undefined) return false;
    return a.line === b.line && b.at - (a.at + a.text.length) === 1;
  });
}
