// What a copied range puts on the clipboard, as Excel and WPS表格 do: text/plain as tab-separated
// rows ended by \r\n, and text/html as a small <table>, which Excel, WPS and Word paste cell for
// cell. The texts are the cells' as shown (totals included). The table is marked as a range of this
// app's grids (RANGE_MARK), so that pasted back it lands cell for cell, totals where they were
// (paste-plan.ts): without the mark, a block shorter than the rest of the table that crosses a total
// is read by its numbers, or the clerk is asked whether it holds the total.

/** The attribute that marks the HTML of a range copied from one of the app's grids. */
export const RANGE_MARK = 'data-nianbao-range';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function rangeClipboard(rows: readonly (readonly string[])[]): { text: string; html: string } {
  // A tab or a line break inside a cell would split it: a cell's number never holds one, a typed
  // text may (pasted into a cell), and is copied with spaces instead.
  const flat = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  const text = rows.map((r) => `${r.map(flat).join('\t')}\r\n`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('');
  const html = `<meta charset="utf-8"><table ${RANGE_MARK}>${body}</table>`;
  return { text, html };
}

/** Whether clipboard HTML is a range copied from one of the app's grids (its cells are positional). */
export function isRangeCopy(html: string): boolean {
  return new RegExp(`<table\\b[^>]*\\s${RANGE_MARK}\\b`, 'i').test(html);
}
