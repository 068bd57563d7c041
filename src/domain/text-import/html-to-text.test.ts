import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from './html-entities';
import { htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it.each([
    [
      'paragraphs and <br> become lines',
      '<p>第一段</p><p>第二段<br>第三行<BR/>第四行</p>',
      '第一段\n第二段\n第三行\n第四行',
    ],
    [
      'inline elements stay on the line',
      '<p>本年度<b>共</b><span style="x">收到</span>23件</p>',
      '本年度共收到23件',
    ],
    ['source whitespace collapses', '<p>  a \n   b\t c </p>', 'a b c'],
    [
      'script, style, head and comments are dropped; the <title> is page metadata',
      '<head><title>T</title></head><script>x="<p>no</p>"</script><style>p{}</style><!-- <p>no</p> --><p>yes</p>',
      '标题：T\nyes',
    ],
    [
      'an unclosed <head> does not swallow the body',
      '<html><head><meta charset=utf-8><body><p>正文</p>',
      '正文',
    ],
    ['an unclosed <script> drops the rest', '<p>a</p><script>var x = 1;', 'a'],
    ['quoted attributes may hold >', '<p title="a>b" data-x=\'c>d\'>正文</p>', '正文'],
    ['a lone < is text', '<p>1 < 2 和 a<b</p>', '1 < 2 和 a'],
    [
      'a table row becomes tab-separated cells',
      '<table><tr><th>规章</th><td>0</td><td> 1 </td></tr><tr><td>行政许可</td><td>5</td></tr></table>',
      '规章\t0\t1\n行政许可\t5',
    ],
    [
      'empty cells are kept as empty',
      '<table><tr><td>3.其他</td><td>&nbsp;</td><td></td><td>0</td></tr></table>',
      '3.其他\t\t\t0',
    ],
    [
      'blocks inside a cell stay in the cell',
      '<table><tr><td><p>商业</p><p>企业</p></td><td>0<br></td></tr></table>',
      '商业 企业\t0',
    ],
    ['rows without <tr> or closing tags', '<table><td>a<td>b</table><p>after</p>', 'a\tb\nafter'],
    [
      // A portal template lays out the page in tables: the outer table is no data table.
      'a table nested in a cell makes the outer one a layout: its cells are blocks, the inner table rows',
      '<table><tr><td>x<table><tr><td>y</td><td>z</td></tr></table></td><td>1</td></tr></table>',
      'x\ny\tz\n1',
    ],
    ['<pre> keeps its line breaks', '<pre>a\n  b</pre>', 'a\n  b'],
    [
      'CDATA and processing instructions are dropped',
      '<?xml version="1.0"?><![CDATA[<p>x</p>]]><p>y</p>',
      'y',
    ],
  ])('%s', (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it('a source line break between Chinese characters is no space (Word wraps its source inside words)', () => {
    const page =
      '<p>地址：江苏省淮安\r\n市洪泽区，电话：0517-\r\n87221234</p><table><tr><td>无正当理由大量反复\r\n申请</td><td>商业 企业</td></tr></table>';
    expect(htmlToText(page)).toBe(
      '地址：江苏省淮安市洪泽区，电话：0517- 87221234\n无正当理由大量反复申请\t商业 企业',
    );
  });

  it('an article laid out in a cell of a template table with no table inside it: its paragraphs are lines', () => {
    const para = (t: string) => `<p style="text-indent:2em"><span>${t}</span></p>`;
    const article = [
      '<div class="title"><b>某某县交通运输局2023年政府信息公开工作年度报告</b></div>',
      para(
        `本报告依据《条例》编制，所列数据的统计期限自2023年1月1日起至12月31日止。${'我局认真做好公开工作。'.repeat(8)}`,
      ),
      para('一、总体情况'),
      para(`（一）主动公开情况。全年公开信息88条。${'及时更新栏目内容。'.repeat(10)}`),
    ].join('');
    const page = `<table><tr><td>栏目导航</td><td><div>发布时间：2024-01-20 来源：本网</div>${article}</td></tr></table>`;
    expect(htmlToText(page).split('\n').slice(0, 5)).toEqual([
      '栏目导航',
      '发布时间：2024-01-20 来源：本网',
      '某某县交通运输局2023年政府信息公开工作年度报告',
      `本报告依据《条例》编制，所列数据的统计期限自2023年1月1日起至12月31日止。${'我局认真做好公开工作。'.repeat(8)}`,
      '一、总体情况',
    ]);
  });

  it('a label cell of a data table written in several paragraphs stays one cell', () => {
    const cell =
      '<td><p>（本列数据的勾稽关系为：</p><p>第一项加第二项之和，</p><p>等于第三项加第四项之和）</p></td>';
    expect(htmlToText(`<table><tr>${cell}<td><p align="center">申请人情况</p></td></tr></table>`)).toBe(
      '（本列数据的勾稽关系为： 第一项加第二项之和， 等于第三项加第四项之和）\t申请人情况',
    );
  });

  it('keeps text before and after tables on their own lines', () => {
    expect(htmlToText('前<table><tr><td>1</td></tr></table>后')).toBe('前\n1\n后');
  });

  it('never executes or fetches: handlers and URLs are just skipped markup', () => {
    const text = htmlToText(
      '<img src="http://x/y.png" onerror="alert(1)"><a href="javascript:alert(2)">链接</a>',
    );
    expect(text).toBe('链接');
  });

  it('never throws and is linear (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500, unit: 'binary' }), (html) => {
        expect(typeof htmlToText(html)).toBe('string');
      }),
      { numRuns: 300 },
    );
    const hostile = '<p title="'.repeat(20_000) + '<td>'.repeat(20_000) + '&#x'.repeat(20_000);
    // No catastrophic backtracking: it finishes (within the test timeout) and yields text.
    expect(typeof htmlToText(hostile)).toBe('string');
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&lt;p&gt; &amp; &quot;x&quot;', '<p> & "x"'],
    ['&ldquo;三安全一稳定&rdquo;', '“三安全一稳定”'],
    ['&#x4E00;&#19968;&#X4e8c;', '一一二'],
    ['&nbsp;', '\u00A0'],
    ['&amp without semicolon; &ldquo without', '& without semicolon; &ldquo without'],
    ['&unknown; &#0; &#xD800; &#x110000;', '&unknown; \uFFFD \uFFFD \uFFFD'],
    ['&amp;lt; decodes once', '&lt; decodes once'],
    ['&constructor; &toString;', '&constructor; &toString;'],
  ])('%s', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});
