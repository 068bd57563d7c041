// A line of prose as pdfplumber's `extract_text()` gives it from a Chromium print (nianbao issue
// 18): the print sets Latin characters (digits, addresses, ASCII marks) in another font whose top
// stands a little lower, and pdfplumber makes a line of the characters whose tops lie within 3
// points — so the Latin runs come out on a line of their own after the line, one space apart, and
// the line keeps one space where each run stood inside it (none at its ends). Checked against
// pdfplumber 0.11 on real prints (平潭综合实验区 reports printed by Chromium).

/** Characters of the Latin font: ASCII and the curly quotes. */
const LATIN = /[\x21-\x7E“”‘’]+/gu;

/** The line, and its runs' line after it (one string: a page break never falls between them). */
export function pdfplumberLine(line: string): string[] {
  const runs = line.match(LATIN) ?? [];
  if (runs.length === 0) return [line];
  const rest = line.replace(LATIN, ' ').replace(/ {2,}/gu, ' ').trim();
  return [rest === '' ? runs.join(' ') : `${rest}\n${runs.join(' ')}`];
}
