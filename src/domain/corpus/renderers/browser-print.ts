// PDF text of a page printed from a browser (the app's print view, or the 「导出网页版」 page opened
// and printed), as `pdftotext -layout` gives it back (nianbao issue 18). Modelled on Chromium's
// PDF of the corpus pages run through poppler's pdftotext: each page opens with the browser's
// header — the date and time, then the page title, on one line or (when the first line of the page
// sits higher) with that line between them — and closes with the page address and 「n/m」, then a
// form feed; a table that runs onto the next page repeats its header rows (<thead>) there; lines
// are indented and the numbers of a row spread apart by runs of spaces.

/** Lines of a page between the browser's header and footer. */
const PAGE_LINES = 38;
const MATRIX_HEAD = /^申请人情况/u;
const MATRIX_FIRST = /^一、本年新收/u;
const MATRIX_LAST = /^四、结转下年度/u;
/** A line that opens a row of the matrix: 「3.其他」, 「（七）总计」, 「四、结转…」. */
const ROW_START = /^(?:\d\.|（[一二三四五六七]）|[一二三四]、)/u;

/**
 * `firefox`: Firefox's furniture instead — the title with the page's address beside it atop each
 * page, the page number (「第 n 页，共 m 页」) with the date and time at its foot.
 */
export type BrowserPrint = { title: string; url: string; stamp: string; firefox?: boolean };

/** A row's numbers spread apart as -layout prints columns: 1–3 spaces, by position. */
const spread = (line: string, seed: number) =>
  line.replace(/ (?=\d)/gu, (_m, at: number) => ' '.repeat(1 + ((at + seed) % 3)));

export function browserPrintText(pdfText: string, page: BrowserPrint): string {
  const body = pdfText.split('\n').filter((l) => !/^- \d+ -$/u.test(l) && l !== '');
  const head = body.findIndex((l) => MATRIX_HEAD.test(l));
  const first = body.findIndex((l) => MATRIX_FIRST.test(l));
  const last = body.findIndex((l) => MATRIX_LAST.test(l));
  const matrixHeader = head >= 0 && first > head ? body.slice(head, first) : [];
  // The browser breaks a page between rows of a table, not inside a row: a break that falls in the
  // matrix moves up to the line that opens a row (its label, with no numbers printed before it).
  const opensRow = (k: number) => ROW_START.test(body[k]!) && !/^[\d ]+$/u.test(body[k - 1] ?? '');
  const pages: string[][] = [];
  for (let start = 0; start < body.length; ) {
    let end = Math.min(start + PAGE_LINES, body.length);
    if (end < body.length && end > first && end <= last) {
      let k = end;
      while (k > start + 1 && !opensRow(k)) k--;
      if (k > start + 1) end = k;
    }
    const lines = body.slice(start, end);
    // The matrix runs on from the page before: its header rows are printed again.
    pages.push(first >= 0 && start > first && start <= last ? [...matrixHeader, ...lines] : lines);
    start = end;
  }
  const total = pages.length;
  const out = pages.map((lines, n) => {
    const indented = lines.map((l, k) => `${' '.repeat(2 + ((n + k) % 4))}${spread(l, n + k)}`);
    if (page.firefox) {
      const top = `${page.title}${' '.repeat(20)}${page.url}`;
      const foot = `第 ${n + 1} 页，共 ${total} 页${' '.repeat(40)}${page.stamp}`;
      return [top, ...indented, '', foot].join('\n');
    }
    const header =
      n % 2 === 0
        ? [`${page.stamp}${' '.repeat(34)}${page.title}`]
        : [`${' '.repeat(50)}${page.title}`, indented.shift()!, page.stamp, '', ''];
    const footer = `${page.url}${' '.repeat(29)}${n + 1}/${total}`;
    return [...header, ...indented, '', footer].join('\n');
  });
  return `${out.join('\n\f')}\n\f`;
}
