// A report pasted into a portal's CMS template (nianbao issue 18): the page laid out by tables —
// a navigation row, the article in a cell of a fixed-width table, each report table wrapped again
// in a one-cell table — with what such editors leave in cells: <thead>/<th>, <font> and <span
// style>, <br> in long labels, and zeros written 「—」「-」「/」 or left &nbsp; in turn.
import type { Block } from '../document';
import type { GridCell, GridRow } from '../national-grid';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const spans = (c: GridCell) =>
  `${(c.rowspan ?? 1) > 1 ? ` rowspan="${c.rowspan}"` : ''}${(c.colspan ?? 1) > 1 ? ` colspan="${c.colspan}"` : ''}`;

/** How the n-th zero of a page is written. */
const ZEROS = ['—', '0', '-', '/', '&nbsp;', '0'] as const;

/** A long label broken by <br> where the editor's column was narrow (never inside a number). */
function broken(text: string): string {
  const chars = [...text];
  if (chars.length < 12) return esc(text);
  const at = Math.ceil(chars.length / 2);
  return `${esc(chars.slice(0, at).join(''))}<br>${esc(chars.slice(at).join(''))}`;
}

function cmsTable(rows: readonly GridRow[], zeros: { n: number }): string {
  let split = 0;
  while (split < rows.length && rows[split]!.every((c) => c.header)) split++;
  const cell = (c: GridCell, tag: 'th' | 'td') => {
    if (c.value) {
      const text = c.text === '0' ? ZEROS[zeros.n++ % ZEROS.length]! : esc(c.text);
      return `<td${spans(c)} align="center"><span style="font-size:12pt">${text}</span></td>`;
    }
    return `<${tag}${spans(c)}><font face="宋体"><span style="font-size:12pt;">${broken(c.text)}</span></font></${tag}>`;
  };
  const head = rows.slice(0, split).map((r) => `<tr>${r.map((c) => cell(c, 'th')).join('')}</tr>`);
  const body = rows.slice(split).map((r) => `<tr>${r.map((c) => cell(c, 'td')).join('')}</tr>`);
  const table = `<table border="1" cellspacing="0" width="100%"><thead>${head.join('')}</thead><tbody>${body.join('\n')}</tbody></table>`;
  return `<table width="100%" class="wrap"><tr><td align="center"><div style="overflow-x:auto">${table}</div></td></tr></table>`;
}

export function renderCmsPage(blocks: readonly Block[]): string {
  const title = (blocks.find((b) => b.kind === 'title') as { text: string } | undefined)?.text ?? '';
  const zeros = { n: 0 };
  const body = blocks.map((b) => {
    switch (b.kind) {
      case 'title':
        return `<div class="title"><font size="5"><b>${esc(b.text)}</b></font></div>`;
      case 'heading':
        return `<p><strong><span style="font-family:黑体">${esc(b.text)}</span></strong></p>`;
      case 'para':
        return `<p style="text-indent:2em"><font face="仿宋_GB2312"><span style="font-size:16px">${esc(b.text)}</span></font></p>`;
      case 'signature':
        return `<p style="text-align:right">${esc(b.organ)}<br>${esc(b.date)}</p>`;
      default:
        return cmsTable(b.rows, zeros);
    }
  });
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${esc(title)}</title></head>
<body>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="layout"><tbody>
<tr><td class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 政府信息公开年报</td></tr>
<tr><td><table width="1000" align="center" border="0"><tbody><tr><td class="side">栏目导航</td><td class="content">
<div class="info">发布时间：2022-01-20 &nbsp; 来源：本网 &nbsp; 【字体：大 中 小】</div>
${body.join('\n')}
</td></tr></tbody></table></td></tr>
<tr><td class="footer">主办单位：本网站 &nbsp; 网站标识码：3300000000 &nbsp; <a href="/">返回首页</a></td></tr>
</tbody></table>
</body></html>
`;
}
