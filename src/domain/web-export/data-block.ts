// The report's data inside its web page: the interchange JSON (SPEC §7, the file 「导出JSON」
// writes) in <script type="application/json" id="nianbao-report">. A data block, never executed:
// the page's CSP (default-src 'none') runs no script at all, and a browser does not run a script
// element of a JSON type anyway. Inside a script element the HTML parser looks only for
// 「</script」 (and 「<!--」), so every < is written \u003c — JSON.parse reads it back as < — and
// nothing a user typed can end the element early; > and & likewise, for readers that decode
// entities, and U+2028/U+2029 for readers that take the block for JavaScript.
export const REPORT_DATA_ID = 'nianbao-report';

const JSON_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** The data block for `json` (any JSON text; its strings keep their meaning). */
export function reportDataBlock(json: string): string {
  const safe = json.replace(/[<>&\u2028\u2029]/g, (ch) => JSON_ESCAPES[ch] ?? ch);
  return `<script type="application/json" id="${REPORT_DATA_ID}">${safe}</script>`;
}

const OPEN_TAG = /<script\b([^>]*)>/gi;
const attr = (attrs: string, name: string) =>
  new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);

/**
 * The JSON text of the page's data block, or null when there is none (a CMS dropped it, or the
 * page is someone else's). Read without a DOM: the element's content is raw text up to the next
 * 「</script」. What it holds is untrusted: the caller validates it as any imported file.
 */
export function findReportData(html: string): string | null {
  for (const m of html.matchAll(OPEN_TAG)) {
    const attrs = m[1] ?? '';
    const id = attr(attrs, 'id');
    const type = attr(attrs, 'type');
    const value = (a: RegExpExecArray | null) => (a ? (a[1] ?? a[2] ?? a[3] ?? '') : '');
    if (value(id) !== REPORT_DATA_ID || value(type).trim().toLowerCase() !== 'application/json') continue;
    const start = (m.index ?? 0) + m[0].length;
    const end = html.slice(start).search(/<\/script/i);
    return end < 0 ? null : html.slice(start, start + end);
  }
  return null;
}
