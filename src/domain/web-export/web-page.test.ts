import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longReport } from '../fixtures/long-report';
import { qufuReport } from '../fixtures/qufu-2021';
import { buildExportFile } from '../interchange/export-report';
import { importReport } from '../interchange/import-report';
import { checksArb, reportArb, reviewArb } from '../interchange/test-arbitraries';
import { signedIfApproved } from '../interchange/test-files';
import { draftToReport } from '../report/draft-convert';
import { emptyReview } from '../report/empty-review';
import type { Report } from '../report/report-schema';
import { htmlToText } from '../text-import/html-to-text';
import { importPublishedText } from '../text-import/import-text';
import { findReportData } from './data-block';
import { splitWebPageInfo, withWebPageInfo } from './read-web-page';
import { shownReport } from './shown-report';
import { reportWebPage } from './web-page';
import { webTable } from './web-tables';

const checks = { catalogVersion: 'test', results: [] };

async function pageOf(report: Report): Promise<string> {
  const file = await buildExportFile({
    report,
    review: emptyReview(),
    checks,
    generator: 'test',
    now: new Date('2026-01-01T00:00:00Z'),
  });
  return reportWebPage({
    report: file.report,
    dataJson: JSON.stringify(file),
    table: (part) => webTable(part, file.report),
  });
}

/** What a CMS leaves of the page: everything but the data block. */
const stripped = (page: string) => page.replace(/<script\b[\s\S]*?<\/script>/gi, '');

/** Reads the page without its data block, as 「导入」 does. */
function readMarkup(page: string, id: string): Report {
  const { text, info } = splitWebPageInfo(htmlToText(stripped(page)));
  const read = importPublishedText(text, { id, previous: null });
  return draftToReport((info ? withWebPageInfo(read, info) : read).draft);
}

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '</script><script>alert(1)</script>',
  '<img src=x onerror="alert(2)">',
  '"><svg onload=alert(3)>',
  "' onmouseover='alert(4)",
  '&lt;b&gt;实体&lt;/b&gt; &amp; &#60;script&#62;',
  '<!-- 注释 --><![CDATA[x]]>',
];

/** The sample report with a payload in every text the page shows. */
function hostileReport(): Report {
  const r = qufuReport('hostile');
  const p = (i: number) => `第${i}段：${PAYLOADS[i % PAYLOADS.length]}结束。`;
  r.meta.agencyName = `测试局${PAYLOADS[0]}`;
  r.meta.title = `测试局${PAYLOADS[1]}2021年政府信息公开工作年度报告`;
  r.meta.preamble = p(2);
  r.meta.website = 'www.example.gov.cn';
  r.meta.contactAddress = `某路1号${PAYLOADS[3]}`;
  let i = 0;
  for (const part of ['overview', 'problems', 'otherMatters'] as const)
    for (const key of Object.keys(r[part])) (r[part] as Record<string, string>)[key] = p(i++);
  return r;
}

const ALLOWED_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'body',
  'article',
  'h1',
  'h2',
  'h3',
  'p',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'script',
]);
const ALLOWED_ATTRIBUTES = new Set([
  'lang',
  'charset',
  'http-equiv',
  'content',
  'name',
  'style',
  'border',
  'cellspacing',
  'cellpadding',
  'scope',
  'colspan',
  'rowspan',
  'type',
  'id',
]);

describe('reportWebPage (「导出网页版」)', () => {
  it("draws the tables with <thead>, <th scope> and the national format's merged cells", async () => {
    const page = await pageOf(qufuReport());
    expect(page.match(/<table /g)).toHaveLength(3);
    expect(page.match(/<thead>/g)).toHaveLength(2); // parts 三 and 四; part 二 is four headed sections
    // 「三、本年度办理结果」 over （一） to （七）总计
    expect(page).toMatch(/<th scope="rowgroup" rowspan="22"[^>]*>三、本年度办理结果<\/th>/);
    expect(page).toMatch(/<th scope="rowgroup" rowspan="8"[^>]*>（三）不予公开<\/th>/);
    expect(page).toMatch(/<th scope="colgroup" colspan="7"[^>]*>申请人情况<\/th>/);
    expect(page).toMatch(/<th scope="row" colspan="3"[^>]*>一、本年新收政府信息公开申请数量<\/th>/);
    expect(page).toMatch(/<th scope="colgroup" colspan="10"[^>]*>行政诉讼<\/th>/);
    for (const scope of page.matchAll(/scope="([^"]*)"/g))
      expect(['col', 'colgroup', 'row', 'rowgroup']).toContain(scope[1]);
  });

  it('runs nothing and loads nothing: one JSON data block, no other script, no URL, a CSP of its own', async () => {
    const page = await pageOf(hostileReport());
    const tags = [...page.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)];
    expect(new Set(tags.map((t) => t[1]!.toLowerCase()))).toEqual(
      new Set([...ALLOWED_TAGS].filter((t) => t !== 'thead' || page.includes('<thead>'))),
    );
    const scripts = tags.filter((t) => t[1]!.toLowerCase() === 'script');
    expect(scripts.map((t) => t[0])).toEqual(['<script type="application/json" id="nianbao-report">']);
    for (const t of tags)
      for (const a of t[2]!.matchAll(/([^\s=]+)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/g))
        expect(ALLOWED_ATTRIBUTES).toContain(a[1]!.toLowerCase());
    expect(tags.map((t) => t[2]).join(' ')).not.toMatch(/(?:^|\s)(?:src|href|action|on\w+)\s*=/i);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'`);
  });

  it('keeps every payload as text: escaped in the markup, \\u003c in the data block', async () => {
    const page = await pageOf(hostileReport());
    const body = page.slice(page.indexOf('<body>'), page.indexOf('<script type="application/json"'));
    for (const payload of PAYLOADS) expect(body).not.toContain(payload);
    expect(body).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;');
    const data = findReportData(page) ?? '';
    expect(data).not.toMatch(/[<>&]/);
    expect(data).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)');
  });

  it.each([
    ['the sample report', qufuReport('web-qufu')],
    ['the long report', longReport('web-long')],
    ['a report with a payload in every text', hostileReport()],
  ])(
    'without its data block, reads back %s: every number, every text, the report information',
    async (_, report) => {
      const page = await pageOf(report);
      const expected = shownReport(report);
      expect({ ...readMarkup(page, report.id), explanations: {} }).toEqual(expected);
    },
  );

  it('carries the interchange file: imported from the page, the report and digest are those of 导出JSON', async () => {
    await fc.assert(
      fc.asyncProperty(reportArb, reviewArb, checksArb, async (report, generated, checksRecord) => {
        // a 已审定 review carries its signature, as the reviewing browser writes it (issue 16)
        const review = await signedIfApproved(generated, report);
        const file = await buildExportFile({
          report,
          review,
          checks: checksRecord,
          generator: 't',
          now: new Date(0),
        });
        const page = reportWebPage({
          report: file.report,
          dataJson: JSON.stringify(file),
          table: (part) => webTable(part, file.report),
        });
        const imported = await importReport(findReportData(page) ?? '');
        expect(imported.ok && imported.report).toEqual(file.report);
        expect(imported.ok && imported.file.digest).toEqual(file.digest);
        expect(imported.ok && imported.warnings).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
