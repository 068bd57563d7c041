// The text of a saved web page (.html) or of a .docx converted to HTML (mammoth, in the UI),
// for the importer (SPEC §11) — without the DOM, so the domain stays DOM-free (STYLE: domain is
// plain TypeScript). A small tolerant tokenizer, linear in the input, that only reads: nothing in
// the page is executed or fetched. <script>, <style>, <head> and the like are dropped; block
// elements and <br> become line breaks; a table row becomes one line with its cells separated by
// tabs (the shape table-tokens.ts reads); character references are decoded.
import { decodeEntities } from './html-entities';
import { pageTitleLine } from './page-meta';

/** A cell of an HTML table as written: its text and spans (rowspan/colspan), th or td. */
export type HtmlCell = { text: string; rowspan: number; colspan: number; header: boolean };
/** A table as written in the page: its rows of cells, before spans are expanded (html-grid.ts). */
export type HtmlTable = { rows: HtmlCell[][] };
/** What the page holds for the importer: its <title>, its text, and its (top-level) tables. */
export type HtmlDocument = { title: string; text: string; tables: HtmlTable[] };

/** Elements whose content is never text of the report. */
const SKIPPED = new Set([
  'script',
  'style',
  'head',
  'title',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'math',
]);
/** Elements that start and end a line (outside a table cell). */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'ul',
]);

/** `blocks`: block boundaries met inside the cell (its paragraphs), marked in `text` by BLOCK_MARK. */
type OpenCell = { text: string; rowspan: number; colspan: number; header: boolean; blocks: number };
/**
 * `layout`: the table holds another table — a portal template laying out the page (the article in
 * one cell, each report table wrapped in another) — or a cell holding an article (ARTICLE_CELL).
 * Its cells are blocks of the page, not cells.
 */
type TableState = { row: HtmlCell[] | null; cell: OpenCell | null; rows: HtmlCell[][]; layout: boolean };

const MAX_SPAN = 1000;
/** A block boundary inside a cell: a space in the cell's text, a line break if the cell is the page's. */
const BLOCK_MARK = '\uE000';
const BLOCK_MARKS = /\uE000/gu;
/**
 * A cell holding an article, not a value or a label: several paragraphs and more text than any
 * label of the national tables (the longest, part 三's note, is under 50 characters). A portal
 * template laying the article out in a cell of a table, with no table inside it (an excerpt cut
 * before the report's tables, tables printed as images): its paragraphs are lines of the page.
 */
const ARTICLE_CELL = { blocks: 3, chars: 200 };
function spanOf(attrs: string, name: 'rowspan' | 'colspan'): number {
  const m = new RegExp(`\\b${name}\\s*=\\s*["']?\\s*(\\d{1,6})`, 'i').exec(attrs);
  const n = m ? Number(m[1]) : 1;
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

class TextSink {
  private readonly lines: string[] = [];
  private line = '';
  private readonly tables: TableState[] = [];
  readonly done: HtmlTable[] = [];
  pre = 0;

  private get table(): TableState | undefined {
    return this.tables.at(-1);
  }

  /** The open cell text goes to, unless the innermost table lays out the page. */
  private get cellOpen(): OpenCell | null {
    const table = this.table;
    return table && !table.layout ? table.cell : null;
  }

  text(raw: string): void {
    const decoded = decodeEntities(raw);
    const cell = this.cellOpen;
    if (cell !== null) {
      cell.text += decoded;
      return;
    }
    if (this.pre > 0) {
      const parts = decoded.split(/\r\n?|\n/);
      parts.forEach((part, k) => {
        if (k > 0) this.breakLine();
        this.line += part;
      });
      return;
    }
    this.line += decoded;
  }

  /**
   * A block boundary ends the line (a run of them ends it once); <br> always does. Inside a table
   * cell both are a space: a cell stays on its row.
   */
  block(hard = false): void {
    const cell = this.cellOpen;
    if (cell !== null) {
      cell.text += BLOCK_MARK;
      cell.blocks++;
      if (cell.blocks >= ARTICLE_CELL.blocks && cell.text.length > ARTICLE_CELL.chars)
        this.toLayout(this.table!);
    } else if (hard || this.pre > 0 || this.line.trim() !== '') this.breakLine();
  }

  breakLine(): void {
    this.lines.push(this.pre > 0 ? this.line : collapse(this.line));
    this.line = '';
  }

  openTable(): void {
    const outer = this.table;
    if (outer && !outer.layout && outer.cell !== null) this.toLayout(outer);
    if (this.line.trim() !== '') this.breakLine();
    this.tables.push({ row: null, cell: null, rows: [], layout: false });
  }

  /**
   * A table met inside a cell: the outer table lays out the page. What its open row holds so far
   * becomes lines of text, and from now on its cells are blocks; its rows read before stay lines.
   */
  private toLayout(table: TableState): void {
    const texts = [
      ...(table.row ?? []).map((c) => c.text),
      ...(table.cell?.text ?? '').split(BLOCK_MARK).map(collapse),
    ];
    table.row = null;
    table.cell = null;
    table.layout = true;
    for (const t of texts) if (t !== '') this.lines.push(t);
  }

  closeTable(): void {
    this.closeRow();
    const table = this.tables.pop();
    if (!table || table.layout) {
      this.block();
      return;
    }
    // A table inside a cell of a data table is that cell's text; inside a layout table it is the page's.
    if (this.tables.every((t) => t.layout) && table.rows.length > 0) this.done.push({ rows: table.rows });
  }

  openRow(): void {
    if (!this.table) this.openTable();
    if (this.table!.layout) {
      this.block();
      return;
    }
    this.closeRow();
    this.table!.row = [];
  }

  openCell(attrs: string, header: boolean): void {
    if (!this.table) this.openTable();
    const table = this.table!;
    if (table.layout) {
      this.block();
      return;
    }
    this.closeCell();
    table.row ??= [];
    table.cell = {
      text: '',
      rowspan: spanOf(attrs, 'rowspan'),
      colspan: spanOf(attrs, 'colspan'),
      header,
      blocks: 0,
    };
  }

  closeCell(): void {
    const table = this.table;
    if (table?.layout) {
      this.block();
      return;
    }
    if (!table || table.cell === null) return;
    table.row ??= [];
    const { text, rowspan, colspan, header } = table.cell;
    table.row.push({ text: collapse(text), rowspan, colspan, header });
    table.cell = null;
  }

  closeRow(): void {
    this.closeCell();
    const table = this.table;
    if (!table || table.row === null) return;
    const cells = table.row;
    table.row = null;
    table.rows.push(cells);
    const texts = cells.map((c) => c.text);
    const outer = this.tables.at(-2);
    // A table nested in a cell of a data table stays inside that cell.
    if (outer && !outer.layout && outer.cell !== null) outer.cell.text += ` ${texts.join(' ')} `;
    else {
      if (this.line.trim() !== '') this.breakLine();
      // A leading tab marks indentation for table-tokens.ts; an empty first cell needs one more.
      this.lines.push(`${texts[0] === '' ? '\t' : ''}${texts.join('\t')}`);
    }
  }

  finish(): string {
    while (this.tables.length > 0) this.closeTable();
    this.breakLine();
    return this.lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+|\n+$/g, '');
  }
}

/**
 * A line break in the source between two Chinese characters is no space (CSS Text 3, segment break
 * transformation): Word's 「另存为网页」 wraps its source lines inside words (「无正当理由大量反复
 * ⏎申请」, 「江苏省淮安⏎市」).
 */
const WIDE_SEGMENT_BREAK =
  /(?<=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])[ \t]*[\r\n]+[ \t]*(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])/gu;

/** HTML whitespace runs to one space (not tabs: they separate table cells in the output). */
function collapse(text: string): string {
  return text
    .replace(BLOCK_MARKS, ' ')
    .replace(WIDE_SEGMENT_BREAK, '')
    .replace(/[ \n\r\f\t\u00A0]+/g, ' ')
    .trim();
}

const TAG_NAME = /[A-Za-z][A-Za-z0-9:-]*/y;

/**
 * Page furniture of a saved portal page — navigation, breadcrumbs, site header and footer — by
 * the class or id the portal gives it; skipped with everything inside.
 */
const CHROME = new Set([
  'nav',
  'navbar',
  'menu',
  'breadcrumb',
  'crumb',
  'crumbs',
  'header',
  'footer',
  'foot',
  'copyright',
  'site-header',
  'site-footer',
  'topbar',
]);
const CLASS_OR_ID = /\b(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/giu;
function isChrome(name: string, attrs: string): boolean {
  if (name === 'nav' || name === 'footer') return true;
  for (const m of attrs.matchAll(CLASS_OR_ID))
    for (const token of (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase().split(/\s+/u))
      if (CHROME.has(token)) return true;
  return false;
}

/** Index just past the close tag matching an open `name` element whose start tag ends at `from`. */
function skipBalanced(html: string, name: string, from: number): number {
  const tag = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'giu');
  tag.lastIndex = from;
  let depth = 1;
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    if (m[1]) depth--;
    else if (!m[0].endsWith('/>')) depth++;
    if (depth === 0) return m.index + m[0].length;
  }
  // Never closed: sloppy markup, not furniture to drop the rest of the page for.
  return -1;
}

/** Index just past the `>` that ends a tag starting at `from`, skipping quoted attribute values. */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return i + 1;
  }
  return html.length;
}

/** Index just past `</name …>` from `from`, or the end of the input. */
function skipElement(html: string, name: string, from: number): number {
  const close = new RegExp(`</${name}[\\s/>]`, 'gi');
  close.lastIndex = from;
  const m = close.exec(html);
  return m ? tagEnd(html, m.index + 2) : html.length;
}

function handleTag(sink: TextSink, name: string, closing: boolean, attrs: string): void {
  switch (name) {
    case 'table':
      if (closing) sink.closeTable();
      else sink.openTable();
      return;
    case 'tr':
      if (closing) sink.closeRow();
      else sink.openRow();
      return;
    case 'td':
    case 'th':
      if (closing) sink.closeCell();
      else sink.openCell(attrs, name === 'th');
      return;
    case 'pre':
      sink.block();
      sink.pre = Math.max(0, sink.pre + (closing ? -1 : 1));
      return;
    case 'br':
      sink.block(true);
      return;
  }
  if (BLOCKS.has(name)) sink.block();
}

/**
 * The text of an HTML document: lines, with table rows as tab-separated cells, and the page's
 * <title> as a first 「标题：」 line (page metadata, page-meta.ts). Never throws.
 */
export function htmlToText(html: string): string {
  const doc = parseHtml(html);
  return doc.title ? `${pageTitleLine(doc.title)}\n${doc.text}` : doc.text;
}

const TITLE = /<title\b[^>]*>([^<]*(?:<(?!\/title)[^<]*)*)<\/title\s*>/i;
function titleIn(head: string): string {
  const m = TITLE.exec(head.slice(0, 200_000));
  return m ? collapse(decodeEntities(m[1]!.replace(/<[^>]*>/g, ''))) : '';
}

// The national metadata of government web pages (TRS and other CMS): <meta name="ArticleTitle">
// names the article where the <title> may be the site's alone.
const ARTICLE_TITLE = /<meta\b[^>]*\bname\s*=\s*["']?ArticleTitle\b["']?[^>]*>/i;
const CONTENT = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
function articleTitleIn(source: string): string {
  const tag = ARTICLE_TITLE.exec(source.slice(0, 200_000));
  const c = tag ? CONTENT.exec(tag[0]) : null;
  return c ? collapse(decodeEntities(c[1] ?? c[2] ?? c[3] ?? '')) : '';
}

/** The page's title, text and tables. Never throws. */
export function parseHtml(html: string): HtmlDocument {
  const source = typeof html === 'string' ? html : '';
  const sink = new TextSink();
  let title = '';
  let i = 0;
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) sink.text(source.slice(textStart, end));
  };
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt < 0) break;
    const next = source[lt + 1] ?? '';
    if (next === '!' || next === '?') {
      flushText(lt);
      // Comments, <!DOCTYPE>, <![CDATA[…]]>, processing instructions: never text of the report.
      const end = source.startsWith('<!--', lt)
        ? source.indexOf('-->', lt + 4)
        : source.startsWith('<![CDATA[', lt)
          ? source.indexOf(']]>', lt)
          : source.indexOf('>', lt);
      i =
        end < 0
          ? source.length
          : end + (source.startsWith('<!--', lt) || source.startsWith('<![CDATA[', lt) ? 3 : 1);
      textStart = i;
      continue;
    }
    const closing = next === '/';
    TAG_NAME.lastIndex = lt + (closing ? 2 : 1);
    const m = TAG_NAME.exec(source);
    if (!m) {
      // A lone 「<」 (「a < b」) is text.
      i = lt + 1;
      continue;
    }
    flushText(lt);
    const name = m[0].toLowerCase();
    const end = tagEnd(source, TAG_NAME.lastIndex);
    const selfClosing = source[end - 2] === '/';
    const chromeEnd =
      !closing && !selfClosing && isChrome(name, source.slice(TAG_NAME.lastIndex, end))
        ? skipBalanced(source, name, end)
        : -1;
    if (!closing && name === 'title' && !selfClosing) {
      // The page title: kept apart, as page metadata (the report text rarely repeats it).
      const close = skipElement(source, 'title', end);
      const inner = source.slice(end, Math.max(end, source.lastIndexOf('<', close - 1)));
      if (!title && close < source.length) title = collapse(decodeEntities(inner.replace(/<[^>]*>/g, '')));
      i = close;
    } else if (chromeEnd > 0) {
      i = chromeEnd;
    } else if (!closing && SKIPPED.has(name) && !selfClosing) {
      // A <head> left open (no </head>) must not swallow the body: only its own tag is dropped.
      const skipped = skipElement(source, name, end);
      if (name === 'head' && !title) title = titleIn(source.slice(end, skipped));
      i = name === 'head' && skipped === source.length ? end : skipped;
    } else {
      if (!SKIPPED.has(name)) handleTag(sink, name, closing, source.slice(TAG_NAME.lastIndex, end));
      i = end;
    }
    textStart = i;
  }
  flushText(source.length);
  const text = sink.finish();
  // The article's title before a <title> that does not hold it (「标题_站点」, as portals write).
  const article = articleTitleIn(source);
  if (article && !title.includes(article)) title = title ? `${article}_${title}` : article;
  return { title: title.slice(0, 500), text, tables: sink.done };
}
