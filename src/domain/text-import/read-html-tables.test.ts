// HTML tables read by their structure (nianbao issue 18): the grid of merged cells, columns
// mapped by the headers above them, empty cells (&nbsp;) as known blank cells, the 2019 layout
// recognised, organ and year from <title> when the page body does not state them.
import { describe, expect, it } from 'vitest';
import { runChecks } from '../checks/run-checks';
import { corpusReports } from '../corpus/corpus';
import { documentOf } from '../corpus/document';
import { renderCmsPage } from '../corpus/renderers/cms-page';
import { renderHtml } from '../corpus/renderers/html-page';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { cellAddress, cellId } from '../report/cell-address';
import { draftToReport } from '../report/draft-convert';
import { expandGrid } from './html-grid';
import { parseHtml } from './html-to-text';
import { importPublishedText } from './import-text';
import { PROACTIVE_LAYOUT_2019 } from './proactive-layouts';
import { classifyTable, structuredTables } from './read-html-tables';

const hongze = corpusReports(qufuText).find((r) => r.key === 'hongze-2021')!;

describe('expandGrid', () => {
  it('places merged cells on every slot they cover', () => {
    const { tables } = parseHtml(
      '<table><tr><td rowspan=2>甲</td><td colspan="2"><p align=center><span>乙</span></p></td></tr><tr><td>1</td><td>&nbsp;</td></tr></table>',
    );
    const grid = expandGrid(tables[0]!);
    expect(grid.slots.map((row) => row.map((s) => s?.cell.text ?? '·'))).toEqual([
      ['甲', '乙', '乙'],
      ['甲', '1', ''],
    ]);
  });
  it('survives spans past the table and absurd spans', () => {
    const { tables } = parseHtml('<table><tr><td rowspan=99 colspan=999999>x</td></tr></table>');
    const grid = expandGrid(tables[0]!);
    expect(grid.rows).toBe(1);
    expect(grid.cols).toBeLessThanOrEqual(200);
  });
});

describe('a page exported from Word: merged group labels, <p align=center>, &nbsp; for zeros', () => {
  const html = renderHtml(documentOf(hongze), { style: 'word', blankZeros: true });
  const r = importPublishedText(html);

  it('tells the three tables apart by what they say', () => {
    const kinds = parseHtml(html).tables.map((t) => classifyTable(expandGrid(t)));
    expect(kinds).toEqual(['proactive', 'applications', 'appeals']);
  });

  it('reads every number under its column headers', () => {
    const report = draftToReport(r.draft);
    expect(report.applications).toEqual(hongze.numbers.applications);
    expect(report.proactive).toEqual(hongze.numbers.proactive);
    expect(report.appeals).toEqual(hongze.numbers.appeals);
    expect(r.summary.unread).toEqual([]);
  });

  it('an empty cell is a known blank cell of its column: 0, and said so', () => {
    expect(html).toContain('&nbsp;');
    expect(r.draft.appeals.litigationDirect.upheld).toBe('0');
    expect(r.summary.warnings.join()).toMatch(/个单元格为空白，已按0导入/u);
  });

  it('a part 四 with every cell empty is still read (by structure, not by counting cells)', () => {
    const zero = {
      ...hongze,
      numbers: { ...hongze.numbers, appeals: structuredClone(hongze.numbers.appeals) },
    };
    for (const g of Object.values(zero.numbers.appeals))
      for (const k of Object.keys(g)) (g as Record<string, number>)[k] = 0;
    const z = importPublishedText(renderHtml(documentOf(zero), { style: 'word', blankZeros: true }));
    expect(Object.values(z.draft.appeals).flatMap((g) => Object.values(g))).toEqual(Array(12).fill('0'));
  });
});

describe('the layouts a structure reader must know', () => {
  it('part 四 columns by their header path, whatever order the groups come in', () => {
    const fields = '<th>结果维持</th><th>结果纠正</th><th>其他结果</th><th>尚未审结</th><th>总计</th>';
    const cells = (v: string[]) => v.map((x) => `<td>${x}</td>`).join('');
    const html =
      '<table><tr><th colspan=10>行政诉讼</th><th colspan=5 rowspan=2>行政复议</th></tr>' +
      '<tr><th colspan=5>复议后起诉</th><th colspan=5>未经复议直接起诉</th></tr>' +
      `<tr>${fields}${fields}${fields}</tr>` +
      `<tr>${cells(['1', '0', '0', '0', '1'])}${cells(['0', '4', '0', '0', '4'])}${cells(['2', '1', '0', '0', '3'])}</tr></table>`;
    const tokens = structuredTables(parseHtml(html).tables).appeals!.tokens;
    const values = tokens.flatMap((t) => (t.kind === 'value' ? [t.text] : []));
    // 行政复议, then 未经复议直接起诉, then 复议后起诉 — the order of the format.
    expect(values).toEqual(['2', '1', '0', '0', '3', '0', '4', '0', '0', '4', '1', '0', '0', '0', '1']);
  });

  it('the 2019 trial layout in HTML is recognised and said so', () => {
    const rows2019 = [
      ['第二十条第（一）项'],
      ['信息内容', '本年新制作数量', '本年新公开数量', '对外公开总数量'],
      ['规章', '0', '0', '0'],
      [PROACTIVE_LAYOUT_2019[1]!.labels[0]!, '2', '2', '30'],
    ];
    const table = `<table>${rows2019.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
    const html = renderHtml(documentOf(hongze), { style: 'word' }).replace(/<table[\s\S]*?<\/table>/u, table);
    const r = importPublishedText(html);
    expect(r.summary.format).toBe('2019');
    expect(r.summary.warnings[0]).toMatch(/^原文为2019年试行格式（见「本年新制作数量」/u);
    expect(r.draft.proactive.normativeDocuments.issued).toBe('2');
  });

  it('2019 part 二 rows whose cells span other columns than their headers: the i-th cell under the i-th header', () => {
    // 「上一年项目数量」 over one column and its cell over two; 「本年增/减」 over two and its cell over one.
    const table =
      '<table><tr><td colspan=5>第二十条第（五）项</td></tr>' +
      '<tr><td>信息内容</td><td>上一年项目数量</td><td colspan=2>本年增/减</td><td>处理决定数量</td></tr>' +
      '<tr><td>行政许可</td><td colspan=2><p>12</p></td><td><p>3</p></td><td><p>57</p></td></tr>' +
      '<tr><td>其他对外管理服务事项</td><td colspan=2>0</td><td>0</td><td>0</td></tr>' +
      '<tr><td colspan=5>第二十条第（六）项</td></tr>' +
      '<tr><td>信息内容</td><td>上一年项目数量</td><td colspan=2>本年增/减</td><td>处理决定数量</td></tr>' +
      '<tr><td>行政处罚</td><td colspan=2>40</td><td>-2</td><td>38</td></tr>' +
      '<tr><td>行政强制</td><td colspan=2>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr></table>';
    const html = renderHtml(documentOf(hongze), { style: 'word' }).replace(/<table[\s\S]*?<\/table>/u, table);
    const r = importPublishedText(html);
    expect(r.summary.format).toBe('2019');
    expect(r.draft.proactive.licensing.decisions).toBe('57');
    expect(r.draft.proactive.punishment.decisions).toBe('38');
    expect(r.draft.proactive.enforcement.decisions).toBe('0');
    expect(r.summary.unread.map((u) => u.cell)).not.toContain(
      cellId(cellAddress('proactive', 'licensing', 'decisions')),
    );
  });

  it('organ and year only in <title>: read from it, no 「机关名称未填写；报告年度未填写」', () => {
    const body = documentOf(hongze)
      .filter((b) => b.kind !== 'title')
      .map((b) =>
        b.kind === 'para'
          ? {
              ...b,
              text: b.text
                .replace(`本报告由${hongze.agencyName}`, '本报告')
                .replace(/本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。/u, ''),
            }
          : b,
      );
    const html = renderHtml(body, {
      style: 'word',
      pageTitle: '淮安市洪泽区人民政府2021年政府信息公开工作年度报告',
      noBodyTitle: true,
    });
    expect(html).not.toMatch(/<body>[\s\S]*淮安市洪泽区人民政府2021年/u);
    const r = importPublishedText(html);
    expect(r.draft.meta).toMatchObject({
      agencyName: '淮安市洪泽区人民政府',
      year: 2021,
      reportKind: 'government',
    });
    const meta = runChecks({ draft: r.draft, today: new Date(2022, 5, 1) }).results.filter((x) =>
      x.id.startsWith('meta'),
    );
    expect(meta.every((x) => x.status !== 'failed')).toBe(true);
  });
});

describe('a portal CMS page: the report inside layout tables (issue 18)', () => {
  it('reads the tables inside layout tables as the page’s tables, not as one cell of text', () => {
    const { tables, text } = parseHtml(
      '<table><tr><td>首页 &gt; 年报</td></tr><tr><td><table><tr><td>栏目</td><td><p>一、总体情况</p>' +
        '<table><tr><td><table><thead><tr><th>信息内容</th><th>本年制发件数</th></tr></thead>' +
        '<tbody><tr><td><font><span style="x">规</span></font><br>章</td><td>—</td></tr></tbody></table></td></tr></table>' +
        '</td></tr></table></td></tr></table>',
    );
    expect(tables.map((t) => t.rows.map((r) => r.map((c) => c.text)))).toEqual([
      [
        ['信息内容', '本年制发件数'],
        ['规 章', '—'],
      ],
    ]);
    expect(text.split('\n')).toEqual([
      '首页 > 年报',
      '栏目',
      '一、总体情况',
      '信息内容\t本年制发件数',
      '规 章\t—',
    ]);
  });

  it('imports every number, with 「—」「-」「/」 and &nbsp; read as 0, and the organ from the article', () => {
    const result = importPublishedText(renderCmsPage(documentOf(hongze)));
    const report = draftToReport(result.draft);
    expect(report.meta.agencyName).toBe(hongze.agencyName);
    expect(report.applications).toEqual(
      draftToReport(importPublishedText(renderHtml(documentOf(hongze), { style: 'semantic' })).draft)
        .applications,
    );
    expect(report.appeals.litigationAfterReconsideration).toEqual(
      hongze.numbers.appeals.litigationAfterReconsideration,
    );
    expect(result.summary.unread).toEqual([]);
  });
});

describe('part 三 broken over two tables (a page break in the pasted document, issue 18)', () => {
  const html = renderHtml(documentOf(hongze), { style: 'word' });
  /** The table closed before the row that starts 「（四）无法提供」 and a new table opened after an empty paragraph. */
  const split = (page: string, blankZeros: boolean): string => {
    const at = page.lastIndexOf('<tr', page.indexOf('（四）无法提供'));
    const end = page.indexOf('</table>', at);
    let rest = page.slice(at, end);
    if (blankZeros) rest = rest.replaceAll(/>0<\/span>/gu, '>&nbsp;</span>');
    return `${page.slice(0, at)}</table><p>&nbsp;</p><table border="1">${rest}${page.slice(end)}`;
  };

  it('the rows of the second table, with no headers of their own, are read under the first table’s columns', () => {
    const page = split(html, false);
    expect(parseHtml(page).tables.map((t) => classifyTable(expandGrid(t)))).toEqual([
      'proactive',
      'applications',
      'applications',
      'appeals',
    ]);
    const r = importPublishedText(page);
    expect(draftToReport(r.draft).applications).toEqual(hongze.numbers.applications);
    expect(r.summary.unread).toEqual([]);
  });

  it('its empty cells are known blank cells of those columns (0, said so), not dropped', () => {
    const page = split(html, true);
    expect(page).toContain('&nbsp;</span>');
    const r = importPublishedText(page);
    expect(draftToReport(r.draft).applications).toEqual(hongze.numbers.applications);
    expect(r.summary.unread).toEqual([]);
    expect(r.summary.warnings.join()).toMatch(/个单元格为空白，已按0导入/u);
  });

  it('without any headers, a row label that starts with a number (「1.本机关不掌握…」) is a label, not a value', () => {
    const page = split(html, false);
    const headerless = page.slice(page.indexOf('<p>&nbsp;</p><table'));
    const { tables } = parseHtml(headerless);
    const tokens = structuredTables(tables).applications!.tokens;
    const values = tokens.flatMap((t) => (t.kind === 'value' ? [t.text] : []));
    expect(values.some((v) => /[\p{Script=Han}]/u.test(v))).toBe(false);
    expect(tokens.some((t) => t.kind === 'text' && t.text.startsWith('1.本机关不掌握'))).toBe(true);
  });
});

describe('part 四 broken after its header rows (the data row in a table of its own, issue 18)', () => {
  const html = renderHtml(documentOf(hongze), { style: 'word' });
  /** The part 四 table closed before its last row (the numbers) and that row put in a new table. */
  const split = (page: string): string => {
    const at = page.indexOf('行政复议', page.indexOf('四、政府信息公开行政复议'));
    const end = page.indexOf('</table>', at);
    const row = page.lastIndexOf('<tr', end);
    return `${page.slice(0, row)}</table><p>&nbsp;</p><table border="1">${page.slice(row)}`;
  };

  it('the table of numbers alone continues the table before it: read under its headers', () => {
    const page = split(html);
    expect(parseHtml(page).tables).toHaveLength(4);
    const r = importPublishedText(page);
    expect(draftToReport(r.draft).appeals).toEqual(hongze.numbers.appeals);
    expect(r.summary.unread).toEqual([]);
  });

  it('a table of numbers alone with other columns than part 四’s is no part of it', () => {
    const page = html.replace('</body>', '<table><tr><td>1</td><td>2</td></tr></table></body>');
    const kinds = Object.keys(structuredTables(parseHtml(page).tables));
    expect(kinds.sort()).toEqual(['appeals', 'applications', 'proactive']);
    expect(draftToReport(importPublishedText(page).draft).appeals).toEqual(hongze.numbers.appeals);
  });
});

describe('organ and year only in a <title> that also names the site (issue 18)', () => {
  // No title, no 落款, no organ in the preamble: the page's <title> alone names it.
  const body = documentOf(hongze)
    .filter((b) => b.kind !== 'title' && b.kind !== 'signature')
    .map((b) =>
      b.kind === 'para'
        ? {
            ...b,
            text: b.text
              .replace(`本报告由${hongze.agencyName}`, '本报告')
              .replace(/本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。/u, ''),
          }
        : b,
    );
  const report = '淮安市洪泽区人民政府2021年政府信息公开工作年度报告';
  it.each([
    ['site first, 「 - 」', `某某市人民政府门户网站 - ${report}`],
    ['site and column first, 「|」', `某某市人民政府|政务公开|${report}`],
    ['site first, full-width 「｜」', `某某市人民政府｜${report}`],
    ['report first, 「_」 (as before)', `${report}_年度报告_某某市人民政府`],
  ])('%s: the organ is the report title’s, not the site’s', (_, pageTitle) => {
    const html = renderHtml(body, { style: 'word', pageTitle, noBodyTitle: true });
    const r = importPublishedText(html);
    expect(r.draft.meta).toMatchObject({ agencyName: '淮安市洪泽区人民政府', year: 2021 });
  });
});

describe('a TRS page whose <title> is the site’s: <meta name="ArticleTitle"> names the report (issue 18)', () => {
  const body = documentOf(hongze)
    .filter((b) => b.kind !== 'title' && b.kind !== 'signature')
    .map((b) =>
      b.kind === 'para'
        ? {
            ...b,
            text: b.text
              .replace(`本报告由${hongze.agencyName}`, '本报告')
              .replace(/本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。/u, ''),
          }
        : b,
    );
  const page = (meta: string) =>
    renderHtml(body, { style: 'word', pageTitle: '某某市人民政府门户网站', noBodyTitle: true }).replace(
      /<head>/iu,
      `<head>${meta}`,
    );

  it('the organ and year from the article title meta, whatever the attributes’ order', () => {
    for (const meta of [
      '<meta name="ArticleTitle" content="淮安市洪泽区人民政府2021年政府信息公开工作年度报告"/>',
      "<META content='淮安市洪泽区人民政府2021年政府信息公开工作年度报告' name=ArticleTitle>",
    ]) {
      const html = page(meta);
      expect(html).toContain(meta);
      expect(parseHtml(html).title).toContain('淮安市洪泽区人民政府2021年');
      expect(importPublishedText(html).draft.meta).toMatchObject({
        agencyName: '淮安市洪泽区人民政府',
        year: 2021,
      });
    }
  });

  it('a <title> that already holds it is kept as it is', () => {
    const html =
      '<html><head><title>甲局2021年政府信息公开工作年度报告_年报</title><meta name="ArticleTitle" content="甲局2021年政府信息公开工作年度报告"></head><body>x</body></html>';
    expect(parseHtml(html).title).toBe('甲局2021年政府信息公开工作年度报告_年报');
  });
});
