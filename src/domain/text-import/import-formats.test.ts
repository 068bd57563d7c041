// The 2019 trial layout and a saved web page, both built from the fixture.
import { describe, expect, it } from 'vitest';
import expected from '../fixtures/qufu-2021.expected.json';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { cellAddress, cellId } from '../report/cell-address';
import { draftToReport } from '../report/draft-convert';
import { APPLICATION_GROUP_LABELS, PROACTIVE_CONTENT_HEADER, PROACTIVE_ROW_LABELS } from '../report/labels';
import { PROACTIVE_SECTIONS } from '../tables/proactive-table';
import { TRIAL_2019_HEADERS as H, TRIAL_2019_ROW_LABELS as R, TRIAL_2019_ARTICLE_9 } from './format-2019';
import { htmlToText } from './html-to-text';
import { importPublishedText } from './import-text';
import { expectFixtureNumbers } from './test-expect';
import {
  findRow,
  isNumberCell,
  parseRows,
  partRegion,
  type Row,
  renderCellPerLine,
  reshapeTables,
} from './test-transforms';

const p = expected.proactive;
const article = (k: number) => PROACTIVE_SECTIONS[k]!.article;
const decisionsHeader = [PROACTIVE_CONTENT_HEADER, H.previousItems, H.change, H.decisions];

/** Part 二 as the 2019 trial layout printed it, with the fixture's numbers where the columns agree. */
const proactive2019: Row[] = [
  [article(0)],
  [PROACTIVE_CONTENT_HEADER, H.newlyMade, H.newlyPublished, H.totalPublished],
  [PROACTIVE_ROW_LABELS.regulations, String(p.regulations.issued), '5', '7'],
  [R.normativeDocuments, String(p.normativeDocuments.issued), '3', String(p.normativeDocuments.inForce)],
  [article(1)],
  decisionsHeader,
  [PROACTIVE_ROW_LABELS.licensing, '12', '+2', String(p.licensing.decisions)],
  [R.otherServices, '3', '-1', '4'],
  [article(2)],
  decisionsHeader,
  [PROACTIVE_ROW_LABELS.punishment, '4', '0', String(p.punishment.decisions)],
  [PROACTIVE_ROW_LABELS.enforcement, '1', '0', String(p.enforcement.decisions)],
  [article(3)],
  [PROACTIVE_CONTENT_HEADER, H.previousItems, H.change],
  [PROACTIVE_ROW_LABELS.fees, '2', '0'],
  [TRIAL_2019_ARTICLE_9],
  [PROACTIVE_CONTENT_HEADER, H.procurementItems, H.procurementAmount],
  [R.procurement, '5', '12.5'],
];

/** Part 三 with the three rows under 「（六）其他处理」 merged into the one row of 2019 (their sums, plus `add` in 自然人). */
function mergeOtherHandling(rows: Row[], add: number): Row[] {
  const { index } = findRow(rows, APPLICATION_GROUP_LABELS.otherHandling);
  const sums = [0, 0, 0, 0, 0, 0, 0];
  for (const row of rows.slice(index, index + 3))
    row.filter(isNumberCell).forEach((v, k) => {
      sums[k]! += Number(v);
    });
  sums[0]! += add;
  return [
    ...rows.slice(0, index),
    ['', APPLICATION_GROUP_LABELS.otherHandling, ...sums.map(String)],
    ...rows.slice(index + 3),
  ];
}

const to2019 = (add = 0) =>
  reshapeTables(qufuText, (rows, part) =>
    renderCellPerLine(
      part === 'proactive' ? proactive2019 : part === 'applications' ? mergeOtherHandling(rows, add) : rows,
    ),
  );

describe('the 2019 trial layout', () => {
  const r = importPublishedText(to2019());
  const { summary, draft } = r;

  it('is recognised, with the old-format warning first', () => {
    expect(summary.format).toBe('2019');
    expect(summary.warnings[0]).toMatch(/^原文为2019年试行格式/);
    for (const marker of [H.newlyMade, H.previousItems, TRIAL_2019_ARTICLE_9])
      expect(summary.warnings[0]).toContain(marker);
  });

  it('maps what maps', () => {
    expect(draft.proactive.regulations.issued).toBe(String(p.regulations.issued));
    expect(draft.proactive.normativeDocuments.issued).toBe(String(p.normativeDocuments.issued));
    expect(draft.proactive.licensing.decisions).toBe(String(p.licensing.decisions));
    expect(draft.proactive.enforcement.decisions).toBe(String(p.enforcement.decisions));
    // The single 2019 row of zeros is exactly zero in each of the three 2021 rows.
    expect(draftToReport(draft).applications).toEqual(expected.applications);
    expect(draftToReport(draft).appeals).toEqual(expected.appeals);
  });

  it('says what does not map', () => {
    const unread = Object.fromEntries(summary.unread.map((u) => [u.cell, u.reason]));
    expect(Object.keys(unread).sort()).toEqual([
      cellId(cellAddress('proactive', 'fees', 'amount')),
      cellId(cellAddress('proactive', 'normativeDocuments', 'inForce')),
      cellId(cellAddress('proactive', 'normativeDocuments', 'repealed')),
      cellId(cellAddress('proactive', 'regulations', 'inForce')),
      cellId(cellAddress('proactive', 'regulations', 'repealed')),
    ]);
    expect(unread[cellId(cellAddress('proactive', 'regulations', 'inForce'))]).toContain(H.totalPublished);
    const all = summary.warnings.join('\n');
    for (const text of [
      H.newlyPublished,
      H.totalPublished,
      R.otherServices,
      R.procurement,
      H.procurementAmount,
      APPLICATION_GROUP_LABELS.otherHandling,
    ])
      expect(all).toContain(text);
    expect(all).toContain('「采购总金额」（原文「12.5」）');
  });

  it('a non-zero 「（六）其他处理」 row goes to 「3.其他」, its 1 and 2 as 0, with the old-format note', () => {
    const r2 = importPublishedText(to2019(2));
    expect(r2.summary.unread.filter((u) => u.cell.startsWith('applications.'))).toEqual([]);
    expect(r2.draft.applications.otherOther.natural).toBe('2');
    expect(r2.draft.applications.otherNoCorrection.natural).toBe('0');
    expect(r2.draft.applications.otherUnpaidFee.natural).toBe('0');
    expect(r2.draft.applications.otherOther.business).toBe('0');
    expect(r2.summary.warnings.join('\n')).toContain('已将该行数字作为其下「3.其他」导入');
    // The printed 「（七）总计」 (23) still disagrees with the parts (25): listed, not bent.
    expect(r2.summary.totalMismatches).toContainEqual(
      expect.objectContaining({
        cell: cellId(cellAddress('applications', 'totalHandled', 'natural')),
        source: 23,
        computed: 25,
      }),
    );
  });
});

const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/“/g, '&ldquo;')
    .replace(/”/g, '&#x201D;');

/** The fixture as a saved web page: paragraphs, and the three tables as <table>. */
function toHtml(text: string): string {
  const lines = text.split('\n');
  const parts = (['proactive', 'applications', 'appeals'] as const).map((part) => partRegion(lines, part));
  const body: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const region = parts.find((r) => r.start === i);
    if (region) {
      const rows = parseRows(lines.slice(region.start, region.end));
      const tr = rows.map(
        (row) =>
          `<tr>${row.map((c) => `<td>${c === '' ? '&nbsp;' : `<p>${escapeHtml(c)}</p>`}</td>`).join('')}</tr>`,
      );
      body.push(`<table border="1" style="width:100%">\n<tbody>${tr.join('\n')}</tbody></table>`);
      i = region.end - 1;
    } else if (lines[i]!.trim() !== '') body.push(`<p class="MsoNormal">${escapeHtml(lines[i]!)}</p>`);
  }
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>年度报告</title>
<style>td { border: 1px solid }</style><script>document.write('<p>一、总体情况</p>')</script></head>
<body><!-- <p>二、主动公开政府信息情况</p> -->${body.join('\n')}</body></html>`;
}

describe('an HTML page with <table> (through htmlToText)', () => {
  const html = toHtml(qufuText);
  const r = importPublishedText(htmlToText(html));

  it('imports completely', () => {
    expect(html).toContain('<table');
    expect(html).toContain('&ldquo;');
    expectFixtureNumbers(r);
    expect(r.summary.unread).toEqual([]);
    expect(r.summary.partsMissing).toEqual([]);
    expect(r.draft.meta).toMatchObject(expected.meta);
    expect(r.draft.overview.proactive).toMatch(/^一是持续做好政策发布工作。/);
    expect(r.draft.overview.intro).toContain('“公开为常态，不公开为例外”');
    expect(r.draft.problems.improvements).toMatch(/^针对上述不足/);
  });

  it('drops what is not text of the report', () => {
    const text = htmlToText(html);
    expect(text).not.toContain('document.write');
    expect(text).not.toContain('border');
    // The <title> is handed on as a page-metadata line, never as report text.
    expect(text.startsWith('标题：年度报告\n')).toBe(true);
    expect(text.split('\n').filter((l) => l.endsWith('年度报告'))).toEqual(['标题：年度报告']);
  });
});
