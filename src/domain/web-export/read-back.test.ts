// 「导入」 of a page of 「导出网页版」 reads back every number and every text: from its data block, and
// from the markup alone after what CMS editors do to it (data block dropped, styles and classes
// stripped, <p> inside every cell, &nbsp; for blanks and spaces, <th> turned into <td>, the article
// pasted into the portal's page between its header and footer) — for the fixtures and for generated
// reports (numbers of every size and blanks, narratives with several paragraphs and hostile text).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longReport } from '../fixtures/long-report';
import { qufuReport } from '../fixtures/qufu-2021';
import { buildExportFile } from '../interchange/export-report';
import { importReport } from '../interchange/import-report';
import { formatFeeUnits } from '../numbers/parse-fee';
import { deriveAppeals, deriveApplications } from '../report/derive';
import { draftToReport } from '../report/draft-convert';
import { emptyReview } from '../report/empty-review';
import {
  APPEAL_GROUPS,
  APPEAL_INPUT_FIELDS,
  APPLICANT_INPUT_COLUMNS,
  APPLICATION_INPUT_ROWS,
  NARRATIVE_PARTS,
  REPORT_KINDS,
} from '../report/keys';
import type { Report } from '../report/report-schema';
import { webPageEdits } from './page-edits';
import { importWebPageText, readWebPage } from './read-web-page';
import { blankAsZero, shownReport } from './shown-report';
import { reportWebPage } from './web-page';
import { webTable } from './web-tables';

async function pageOf(report: Report): Promise<string> {
  const file = await buildExportFile({
    report,
    review: emptyReview(),
    checks: { catalogVersion: 'test', results: [] },
    generator: 'test',
    now: new Date('2026-01-01T00:00:00Z'),
  });
  return reportWebPage({
    report: file.report,
    dataJson: JSON.stringify(file),
    table: (part) => webTable(part, file.report),
  });
}

/** What 「导入」 makes of the page (read-source.ts → TextImport), as the report it would save. */
async function imported(page: string, id: string): Promise<Report> {
  const source = readWebPage(page);
  if (source.kind === 'data') {
    const result = await importReport(source.json);
    if (!result.ok) throw new Error(result.error);
    return result.report;
  }
  const read = importWebPageText(source.text, source.info, { id, previous: null });
  // A blank cell reads back as 0 or, where a whole table row is blank, as blank: the same (SPEC §11).
  return { ...blankAsZero(draftToReport(read.draft)), explanations: {} };
}

// What CMS editors do to pasted HTML.
const dropDataBlock = (html: string) => html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
const stripPresentation = (html: string) =>
  html.replace(/\s(?:style|class|border|cellspacing|cellpadding|width)="[^"]*"/gi, '');
const paragraphsInCells = (html: string) =>
  html.replace(/(<t[dh]\b[^>]*>)([\s\S]*?)(<\/t[dh]>)/gi, '$1<p>$2</p>$3');
const nbsp = (html: string) =>
  html
    .replace(/(<t[dh]\b[^>]*>)(<p>)?(<\/p>)?(<\/t[dh]>)/gi, '$1$2&nbsp;$3$4')
    .replace(/<p([^>]*)>(?!<)/g, '<p$1>&nbsp;&nbsp;')
    .replace(/(>[^<]*) ([^<]*<)/g, '$1&nbsp;$2');
const plainCells = (html: string) =>
  html
    .replace(/<(\/?)th\b/gi, '<$1td')
    .replace(/\sscope="[^"]*"/gi, '')
    .replace(/<\/?t(?:head|body)>/gi, '');
/** The article alone, pasted into the portal's page (no <head>: no <title>, no CSP). */
const inPortal = (html: string) => {
  const article = html.slice(html.indexOf('<article>'), html.indexOf('</article>') + '</article>'.length);
  return [
    '<html><head><title>某某市人民政府 政府信息公开</title></head><body>',
    '<div class="nav">首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>',
    '<div class="info">发布时间：2022-01-20 来源：本网 浏览次数：128</div>',
    `<div class="TRS_Editor">${article}</div>`,
    '<div class="footer"><p>主办：某某市人民政府办公室</p><p>网站标识码：3708810001</p></div>',
    '</body></html>',
  ].join('\n');
};
const typicalCms = (html: string) =>
  inPortal(nbsp(paragraphsInCells(stripPresentation(dropDataBlock(html)))));

const MANGLINGS: [string, (html: string) => string][] = [
  ['the data block dropped', dropDataBlock],
  ['styles, classes and borders stripped', (h) => stripPresentation(dropDataBlock(h))],
  ['<p> in every cell', (h) => paragraphsInCells(dropDataBlock(h))],
  ['&nbsp; in blank cells, indents and spaces', (h) => nbsp(dropDataBlock(h))],
  ['<th> as <td>, no scope, no <thead>/<tbody>', (h) => plainCells(dropDataBlock(h))],
  ["pasted into the portal's page", (h) => inPortal(dropDataBlock(h))],
  ['all of these at once', (h) => plainCells(typicalCms(h))],
];

const PAYLOADS = [
  '</script><img src=x onerror="alert(1)">',
  '<script>window.__xss=1</script>',
  '"><svg onload=alert(3)>',
  '&lt;b&gt; &amp; &#60;',
];

/** Paragraphs that name sub-item markers and headings in running text, as clerks write. */
function markersInText(report: Report): Report {
  const r = structuredCloneReport(report);
  r.overview.onRequest =
    '按照（一）至（三）项要求，逐项落实责任单位；（三）政府信息管理情况见下。\n二、主动公开政府信息情况详见表格。';
  r.problems.problems = '（二）改进措施：见下；五、存在的主要问题及改进情况如下。';
  r.otherMatters.processingFees = '本年度未收取信息处理费（（一）信息处理费收取情况）。';
  return r;
}

function hostile(report: Report): Report {
  const r = structuredCloneReport(report);
  r.meta.agencyName = `测试局${PAYLOADS[1]}`;
  r.meta.title = `测试局${PAYLOADS[0]}2021年政府信息公开工作年度报告`;
  r.meta.contactAddress = `某路1号${PAYLOADS[2]}`;
  r.overview.intro = `${r.overview.intro}\n另一段：${PAYLOADS[0]}。`;
  r.otherMatters.workPlan = `工作：${PAYLOADS[3]}。`;
  return r;
}
const structuredCloneReport = (r: Report): Report => JSON.parse(JSON.stringify(r)) as Report;

describe('「导入」 of a page of 「导出网页版」', () => {
  it.each([
    ['the sample report', qufuReport('rb-qufu')],
    ['the long report', longReport('rb-long')],
    ['a report with markup in its texts', hostile(qufuReport('rb-hostile'))],
  ])('reads %s back from its data block: the very report, not its text', async (_, report) => {
    const page = await pageOf(report);
    const file = await buildExportFile({
      report,
      review: emptyReview(),
      checks: { catalogVersion: 'test', results: [] },
      generator: 'test',
      now: new Date(0),
    });
    expect(readWebPage(page).kind).toBe('data');
    expect(await imported(page, report.id)).toEqual(file.report);
  });

  for (const [name, mangle] of MANGLINGS)
    it.each([
      ['the sample report', qufuReport('rb-qufu')],
      ['the long report', longReport('rb-long')],
      ['a report with markup in its texts', hostile(qufuReport('rb-hostile'))],
      ['a report whose paragraphs name sub-items', markersInText(qufuReport('rb-markers'))],
    ])(`reads %s back from the markup alone, ${name}`, async (_, report) => {
      const page = mangle(await pageOf(report));
      expect(page).not.toContain('application/json');
      expect(await imported(page, report.id)).toEqual(shownReport(report));
    });
});

// Generated reports: every input cell a count of up to six digits or blank, a fee, narratives of
// zero to three paragraphs written like a clerk's (sentences with numbers, dates, quotes, markup).
const SENTENCES = [
  '全年共受理政府信息公开申请36件，均在法定期限内答复',
  '通过门户网站发布政策解读材料12篇，图文解读占比达到60%',
  '2021年12月31日前完成“政务公开专区”建设',
  '对申请人提出的《关于某某项目的信息》申请，依法予以公开',
  '按照（一）至（三）项要求，逐项落实责任单位',
  '年度考核得分98.5分，位列全市第2名',
  '无',
  'A&B <合作> 项目',
  ...PAYLOADS,
];
const paragraphArb = fc
  .array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 4 })
  .map((s) => `${s.join('；')}。`);
const narrativeArb = fc.array(paragraphArb, { maxLength: 3 }).map((p) => p.join('\n'));
const countArb = fc.option(fc.oneof(fc.nat(99), fc.nat(999_999)), { nil: null, freq: 5 });

const generatedReport = fc
  .record({
    agency: fc.constantFrom('某某市人民政府办公室', '某某县交通运输局', `测试局${PAYLOADS[2]}`, 'A&B 管理局'),
    year: fc.integer({ min: 2008, max: 2099 }),
    kind: fc.constantFrom(...REPORT_KINDS),
    preamble: narrativeArb,
    counts: fc.array(countArb, { minLength: 200, maxLength: 200 }),
    fee: fc.option(fc.integer({ min: 0, max: 99_999_999 }), { nil: null }),
    texts: fc.array(narrativeArb, { minLength: 20, maxLength: 20 }),
    publishDate: fc.constantFrom('', '2022-01-20'),
  })
  .map((g) => {
    const r = qufuReport('generated');
    let n = 0;
    const count = () => g.counts[n++ % g.counts.length] ?? null;
    r.meta = {
      ...r.meta,
      agencyName: g.agency,
      year: g.year,
      reportKind: g.kind,
      title: '',
      preamble: g.preamble,
      publishDate: g.publishDate,
    };
    for (const row of ['regulations', 'normativeDocuments'] as const)
      r.proactive[row] = { issued: count(), repealed: count(), inForce: count() };
    for (const row of ['licensing', 'punishment', 'enforcement'] as const)
      r.proactive[row] = { decisions: count() };
    r.proactive.fees = { amount: g.fee === null ? null : Number(formatFeeUnits(g.fee * 10_000)) };
    const applications = Object.fromEntries(
      APPLICATION_INPUT_ROWS.map((row) => [
        row,
        Object.fromEntries(APPLICANT_INPUT_COLUMNS.map((c) => [c, count()])),
      ]),
    ) as Parameters<typeof deriveApplications>[0];
    r.applications = deriveApplications(applications);
    const appeals = Object.fromEntries(
      APPEAL_GROUPS.map((group) => [group, Object.fromEntries(APPEAL_INPUT_FIELDS.map((f) => [f, count()]))]),
    ) as Parameters<typeof deriveAppeals>[0];
    r.appeals = deriveAppeals(appeals);
    let t = 0;
    for (const part of NARRATIVE_PARTS)
      for (const key of Object.keys(r[part])) (r[part] as Record<string, string>)[key] = g.texts[t++] ?? '';
    return r;
  });

describe('「导入」 of generated pages', () => {
  it('reads back every number and every text from the markup a typical CMS leaves', async () => {
    await fc.assert(
      fc.asyncProperty(generatedReport, async (report) => {
        const page = plainCells(typicalCms(await pageOf(report)));
        expect(await imported(page, report.id)).toEqual(shownReport(report));
      }),
      { numRuns: 40 },
    );
  });
});

describe('webPageEdits: a page edited in the CMS while its data block survived', () => {
  /** The page of `shown` carrying the data block of `data` (what editing the page in the CMS leaves). */
  async function editedPage(data: Report, shown: Report): Promise<string> {
    const file = await buildExportFile({
      report: data,
      review: emptyReview(),
      checks: { catalogVersion: 'test', results: [] },
      generator: 'test',
      now: new Date(0),
    });
    return reportWebPage({
      report: shown,
      dataJson: JSON.stringify(file),
      table: (part) => webTable(part, shown),
    });
  }

  it('finds nothing on the page as exported', async () => {
    for (const report of [
      qufuReport('e1'),
      longReport('e2'),
      hostile(qufuReport('e3')),
      markersInText(qufuReport('e4')),
    ])
      expect(webPageEdits(await pageOf(report), report)).toEqual([]);
  });

  it('names a number changed on the page and a paragraph rewritten there', async () => {
    const data = qufuReport('edited');
    const shown = structuredCloneReport(data);
    shown.applications.unavailableNotHeld.natural = 91;
    shown.applications = deriveApplications(shown.applications);
    shown.problems.improvements = '在网站编辑器中改写的一段。';
    const edits = webPageEdits(await editedPage(data, shown), data);
    expect(edits).toEqual([
      `1.本机关不掌握相关政府信息 — 自然人：网页上为91，数据块中为${data.applications.unavailableNotHeld.natural}`,
      '「改进措施」的文字不同',
    ]);
  });

  it('finds nothing on generated pages as exported', async () => {
    await fc.assert(
      fc.asyncProperty(generatedReport, async (report) => {
        expect(webPageEdits(await pageOf(report), report)).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });
});
