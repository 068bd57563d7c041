// The blocks of a report as a saved web page: a portal page exported from Word (MsoNormal
// paragraphs, tables with rowspan/colspan, every cell's text in <p align=center><span>, &nbsp; in
// empty cells) or a semantic page (thead, th scope, caption) like the app's own 「导出网页版」.
import type { Block } from '../document';
import type { GridCell, GridRow } from '../national-grid';

export type HtmlStyle = 'word' | 'semantic';
export type HtmlOptions = {
  style: HtmlStyle;
  /** the page's <title> (default: the report title) */
  pageTitle?: string;
  /** leave the title out of the body (the page shows it only in its <title>) */
  noBodyTitle?: boolean;
  /** print zeros of part 四 as empty cells (&nbsp;), as some portals do */
  blankZeros?: boolean;
};

const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/“/g, '&ldquo;')
    .replace(/”/g, '&rdquo;');

const spans = (c: GridCell) =>
  `${(c.rowspan ?? 1) > 1 ? ` rowspan="${c.rowspan}"` : ''}${(c.colspan ?? 1) > 1 ? ` colspan="${c.colspan}"` : ''}`;

function wordCell(c: GridCell, blank: boolean): string {
  const inner =
    c.text === '' || blank
      ? '<p class="MsoNormal" align="center">&nbsp;</p>'
      : `<p class="MsoNormal" align="center"><span style="font-family:仿宋_GB2312;font-size:10.5pt">${esc(c.text)}</span></p>`;
  return `<td${spans(c)} valign="center" style="border:solid windowtext 1.0pt">${inner}</td>`;
}

function wordTable(rows: readonly GridRow[], blankZeros: boolean): string {
  const tr = rows.map(
    (r) => `<tr>${r.map((c) => wordCell(c, blankZeros && c.value === true && c.text === '0')).join('')}</tr>`,
  );
  return `<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tbody>\n${tr.join('\n')}\n</tbody></table>`;
}

function semanticTable(rows: readonly GridRow[], caption: string): string {
  // The leading header rows go to <thead>; later header rows (part 二's sub-tables) stay in place.
  let split = 0;
  while (split < rows.length && rows[split]!.every((c) => c.header)) split++;
  const head = rows.slice(0, split);
  const body = rows.slice(split);
  const th = (c: GridCell, scope: 'col' | 'row') => `<th scope="${scope}"${spans(c)}>${esc(c.text)}</th>`;
  const headRows = head.map((r) => `<tr>${r.map((c) => th(c, 'col')).join('')}</tr>`);
  const bodyRows = body.map(
    (r) =>
      `<tr>${r.map((c) => (c.value ? `<td${spans(c)}>${esc(c.text)}</td>` : c.header ? th(c, 'col') : th(c, 'row'))).join('')}</tr>`,
  );
  return `<table>\n<caption>${esc(caption)}</caption>\n<thead>\n${headRows.join('\n')}\n</thead>\n<tbody>\n${bodyRows.join('\n')}\n</tbody>\n</table>`;
}

export function renderHtml(blocks: readonly Block[], opts: HtmlOptions): string {
  const title =
    opts.pageTitle ?? (blocks.find((b) => b.kind === 'title') as { text: string } | undefined)?.text ?? '';
  const body: string[] = [];
  let lastHeading = '';
  for (const b of blocks) {
    if (b.kind === 'title') {
      if (!opts.noBodyTitle)
        body.push(
          opts.style === 'word'
            ? `<p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:22pt">${esc(b.text)}</span></b></p>`
            : `<h1>${esc(b.text)}</h1>`,
        );
    } else if (b.kind === 'heading') {
      lastHeading = b.text;
      body.push(
        opts.style === 'word'
          ? `<p class="MsoNormal"><b><span style="font-family:黑体">${esc(b.text)}</span></b></p>`
          : b.level === 'part'
            ? `<h2>${esc(b.text)}</h2>`
            : `<h3>${esc(b.text)}</h3>`,
      );
    } else if (b.kind === 'para')
      body.push(
        opts.style === 'word'
          ? `<p class="MsoNormal" style="text-indent:32.0pt">${esc(b.text)}</p>`
          : `<p>${esc(b.text)}</p>`,
      );
    else if (b.kind === 'signature')
      body.push(`<p align="right">${esc(b.organ)}</p>`, `<p align="right">${esc(b.date)}</p>`);
    else
      body.push(
        opts.style === 'word'
          ? wordTable(b.rows, opts.blankZeros === true && b.part === 'appeals')
          : semanticTable(b.rows, lastHeading),
      );
  }
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${esc(title)}</title>\n<style>td{border:1px solid #000}</style>\n<script>var _hmt=_hmt||[];</script></head>\n<body>\n<div class="header">首页 &gt; 政务公开 &gt; 政府信息公开年报</div>\n<div class="article">\n${body.join('\n')}\n</div>\n<div class="footer">主办单位：本网站 &nbsp; 网站标识码：3300000000</div>\n</body></html>\n`;
}
