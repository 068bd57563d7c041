// Test support (unit and e2e): reads the WordprocessingML that build-docx writes without a DOM —
// a strict-enough XML well-formedness check, paragraph texts, and tables as grids of cell texts.
// Not imported by the app. Regular expressions suffice because docx writes no comments or CDATA
// in text and never nests a paragraph in a paragraph or a table in these documents.

const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const NAME = '[A-Za-z_:][\\w.:-]*';
const OPEN_TAG = new RegExp(`<(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`, 'y');
const CLOSE_TAG = new RegExp(`</(${NAME})\\s*>`, 'y');
const ATTRIBUTE = new RegExp(`(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'g');
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

function badText(text: string): string | null {
  if (BARE_AMPERSAND.test(text)) return '未转义的 &';
  if (text.includes(']]>')) return '文本中出现 ]]>';
  return null;
}

/** null when the document is well-formed XML 1.0, else why not. */
export function xmlWellFormedError(xml: string): string | null {
  if (!XML_CHARS.test(xml)) return 'XML 1.0 不允许的字符';
  let i = /^<\?xml[^?]*\?>/.exec(xml)?.[0].length ?? 0;
  const stack: string[] = [];
  let roots = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (stack.length === 0 && text.trim()) return '根元素之外有文本';
    const textError = badText(text);
    if (textError) return textError;
    if (lt === -1) break;
    if (xml.startsWith('<!--', lt) || xml.startsWith('<?', lt) || xml.startsWith('<![CDATA[', lt)) {
      const end = xml.startsWith('<!--', lt) ? '-->' : xml.startsWith('<?', lt) ? '?>' : ']]>';
      const at = xml.indexOf(end, lt);
      if (at < 0) return `未结束的 ${xml.slice(lt, lt + 9)}`;
      i = at + end.length;
      continue;
    }
    CLOSE_TAG.lastIndex = lt;
    const close = CLOSE_TAG.exec(xml);
    if (close) {
      const open = stack.pop();
      if (open !== close[1]) return `</${close[1]}> 与 <${open ?? ''}> 不匹配`;
      i = CLOSE_TAG.lastIndex;
      continue;
    }
    OPEN_TAG.lastIndex = lt;
    const open = OPEN_TAG.exec(xml);
    if (!open) return `位置 ${lt} 的标签格式错误`;
    const names = new Set<string>();
    for (const a of (open[2] ?? '').matchAll(ATTRIBUTE)) {
      if (names.has(a[1] ?? '')) return `属性 ${a[1]} 重复`;
      names.add(a[1] ?? '');
      const valueError = badText(a[2] ?? a[3] ?? '');
      if (valueError) return valueError;
    }
    if (stack.length === 0 && ++roots > 1) return '有多个根元素';
    if (open[3] !== '/') stack.push(open[1] ?? '');
    i = OPEN_TAG.lastIndex;
  }
  if (stack.length > 0) return `<${stack.at(-1)}> 未关闭`;
  return roots === 1 ? null : '没有根元素';
}

export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_m, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e] ?? '';
  });
}

const textOf = (xml: string): string =>
  [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1] ?? '')).join('');

/** The text of every paragraph, in document order (table cells included). */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => textOf(m[1] ?? ''));
}

export type XmlCell = { text: string; gridSpan: number; vMerge: 'restart' | 'continue' | null };
export type XmlTable = { gridColumns: number; rows: XmlCell[][] };

export function readTables(xml: string): XmlTable[] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) => {
    const body = t[1] ?? '';
    const rows = [...body.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...(r[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c): XmlCell => {
        const cell = c[1] ?? '';
        const vMerge = /<w:vMerge(?:\s+w:val="(\w+)")?\s*\/>/.exec(cell);
        return {
          text: textOf(cell),
          gridSpan: Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cell)?.[1] ?? 1),
          vMerge: vMerge ? (vMerge[1] === 'restart' ? 'restart' : 'continue') : null,
        };
      }),
    );
    return { gridColumns: [...body.matchAll(/<w:gridCol\b/g)].length, rows };
  });
}

/**
 * A Word table as a grid of texts: a cell spanning columns fills each of them, and a vMerge
 * continuation cell shows the text of the merged cell above it. Throws when a row does not
 * cover the table grid exactly or a continuation has nothing above to continue.
 */
export function tableGrid(table: XmlTable): string[][] {
  const grid: string[][] = [];
  table.rows.forEach((row, r) => {
    const line: string[] = [];
    for (const cell of row) {
      const text = cell.vMerge === 'continue' ? grid[r - 1]?.[line.length] : cell.text;
      if (text === undefined) throw new Error(`第${r + 1}行：纵向合并的续格上方没有单元格`);
      for (let k = 0; k < cell.gridSpan; k++) line.push(text);
    }
    if (line.length !== table.gridColumns)
      throw new Error(`第${r + 1}行占 ${line.length} 列，表格有 ${table.gridColumns} 列`);
    grid.push(line);
  });
  return grid;
}
