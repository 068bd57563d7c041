import fc from 'fast-check';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { qufuReport } from '../../../domain/fixtures/qufu-2021';
import {
  APPLICANT_LABELS,
  APPLICATION_ROW_LABELS,
  defaultTitle,
  OTHER_MATTERS_LABELS,
  OVERVIEW_LABELS,
  PART_KEYS,
  PART_TITLES,
  PROACTIVE_ROW_LABELS,
  REVIEW_STATUS_LABELS,
} from '../../../domain/report/labels';
import type { Report } from '../../../domain/report/report-schema';
import { buildReportDocx, DRAFT_HEADER_TEXT, docxFileName } from './build-docx';
import { paragraphTexts, readTables, tableGrid, xmlWellFormedError } from './docx-xml-reader';
import { WORD_TABLE_LABELS } from './expected-labels';
import {
  appealsTableModel,
  applicationsTableModel,
  modelGrid,
  proactiveTableModel,
} from './word-table-model';

type Unzipped = { parts: Record<string, string>; document: string };

async function unzip(blob: Blob): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n)))
    parts[name] = (await zip.file(name)?.async('string')) ?? '';
  return { parts, document: parts['word/document.xml'] ?? '' };
}

const build = async (report: Report, draftMark: boolean) =>
  unzip(await buildReportDocx(report, { draftMark }));

describe('buildReportDocx on the fixture', () => {
  const report = qufuReport();
  let draft: Unzipped;
  let final: Unzipped;
  beforeAll(async () => {
    [draft, final] = await Promise.all([build(report, true), build(report, false)]);
  });

  it('writes well-formed XML in every part', () => {
    for (const [name, xml] of Object.entries({ ...draft.parts, ...final.parts }))
      expect([name, xmlWellFormedError(xml)]).toEqual([name, null]);
  });

  it('never lets punctuation hang past the right margin (GB/T 9704: lines fill the type area)', () => {
    expect(final.parts['word/styles.xml']).toMatch(
      /<w:pPrDefault><w:pPr><w:overflowPunct w:val="0"\/>[\s\S]*?<\/w:pPr><\/w:pPrDefault>/,
    );
  });

  it.each(WORD_TABLE_LABELS)('prints 「%s」 as a paragraph of its own', (label) => {
    expect(paragraphTexts(draft.document)).toContain(label);
  });

  it('keeps the print view order: title, parts 一 to 六, narrative headings under their part', () => {
    const texts = paragraphTexts(final.document);
    expect(texts[0]).toBe(defaultTitle(report.meta.agencyName, report.meta.year));
    const at = PART_KEYS.map((k) => texts.indexOf(PART_TITLES[k]));
    expect(at.every((i, n) => i > 0 && (n === 0 || i > (at[n - 1] ?? 0)))).toBe(true);
    const [overview, , , , problems, otherMatters] = at;
    for (const [key, label] of Object.entries(OVERVIEW_LABELS)) {
      if (key === 'intro') continue;
      expect(texts.indexOf(label)).toBeGreaterThan(overview ?? 0);
      expect(texts.indexOf(label)).toBeLessThan(at[1] ?? 0);
    }
    for (const label of Object.values(OTHER_MATTERS_LABELS))
      expect(texts.indexOf(label)).toBeGreaterThan(otherMatters ?? 0);
    // narrative text sits under its heading
    const onRequest = texts.indexOf(OVERVIEW_LABELS.onRequest);
    expect(texts[onRequest + 1]).toBe(report.overview.onRequest);
    expect(texts.indexOf(report.otherMatters.statisticsNotes)).toBeGreaterThan(problems ?? 0);
  });

  it('styles headings after GB/T 9704: title 小标宋, 一、 黑体, （一） 楷体, body 仿宋 三号', () => {
    const styles = final.parts['word/styles.xml'] ?? '';
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    expect(style('Title')).toContain('w:eastAsia="方正小标宋简体"');
    expect(style('Heading1')).toContain('w:eastAsia="黑体"');
    expect(style('Heading2')).toContain('w:eastAsia="楷体"');
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="仿宋"[\s\S]*<w:sz w:val="32"\/>/);
    expect(final.document).toMatch(
      /<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">一、总体情况/,
    );
  });

  it('sets A4 portrait with the GB/T 9704 margins (37/35/28/26 mm in twips)', () => {
    const sect = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(final.document)?.[0] ?? '';
    expect(sect).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    // 1 mm = 1440/25.4 twips
    expect(sect).toMatch(/w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('numbers pages 「— N —」 in a centred footer', () => {
    const footer = Object.entries(final.parts).find(([n]) => /^word\/footer\d+\.xml$/.test(n))?.[1] ?? '';
    expect(footer).toMatch(/<w:jc w:val="center"\/>/);
    expect(paragraphTexts(footer).join('')).toBe('—  —');
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
  });

  it('writes the three tables with exactly the grid of their models (merged cells included)', () => {
    const tables = readTables(final.document);
    expect(tables).toHaveLength(3);
    const models = [proactiveTableModel(report), applicationsTableModel(report), appealsTableModel(report)];
    tables.forEach((t, i) => {
      expect(tableGrid(t)).toEqual(modelGrid(models[i]!));
    });
    const spans = tables.flatMap((t) => t.rows.flat());
    expect(spans.some((c) => c.gridSpan > 1)).toBe(true);
    expect(spans.some((c) => c.vMerge === 'restart')).toBe(true);
    expect(spans.some((c) => c.vMerge === 'continue')).toBe(true);
    expect(final.document).toContain('<w:gridSpan w:val="7"/>');
    expect(final.document).toContain('<w:vMerge w:val="restart"/>');
  });

  it.each([
    ['newReceived', '23'],
    ['partiallyGranted', '3'],
    ['withheldInternalAffairs', '1'],
    ['unavailableNotHeld', '19'],
    ['totalHandled', '23'],
    ['carriedForward', '0'],
  ] as const)('puts %s = %s in the matrix under 自然人 and 总计', (key, n) => {
    const grid = tableGrid(readTables(final.document)[1]!);
    const header = grid[2]!;
    const natural = header.indexOf(APPLICANT_LABELS.natural);
    const total = header.lastIndexOf(APPLICANT_LABELS.total);
    const row = grid.find((r) => r.includes(APPLICATION_ROW_LABELS[key]));
    expect([row?.[natural], row?.[total]]).toEqual([n, n]);
    expect(row?.[header.indexOf(APPLICANT_LABELS.business)]).toBe('0');
  });

  it('puts the part 二 numbers in their rows', () => {
    const grid = tableGrid(readTables(final.document)[0]!);
    expect(grid.find((r) => r[0] === PROACTIVE_ROW_LABELS.normativeDocuments)?.slice(1)).toEqual([
      '1',
      '2',
      '11',
    ]);
  });

  it('marks a draft 「草稿（未审定）」 in the header of every page, and nothing when approved', () => {
    const header = Object.entries(draft.parts).find(([n]) => /^word\/header\d+\.xml$/.test(n))?.[1] ?? '';
    expect(paragraphTexts(header)).toContain(DRAFT_HEADER_TEXT);
    expect(header).toContain('<w:color w:val="C00000"/>');
    expect(header).toMatch(/<v:textpath [^>]*string="草稿"/);
    // the default header of the only section is what Word repeats on every page
    expect(draft.document).toMatch(/<w:headerReference w:type="default" r:id="\w+"\/>/);
    for (const [name, xml] of Object.entries(final.parts))
      expect([name, xml.includes(REVIEW_STATUS_LABELS.draft)]).toEqual([name, false]);
    expect(final.document).not.toContain('headerReference');
  });
});

/** Any code point, with the troublemakers of XML and Word drawn far more often than chance would. */
const hostileChar = fc.oneof(
  fc.constantFrom(
    '\u0000',
    '\u0001',
    '\u0008',
    '\u000B',
    '\uFFFE',
    '\uD800',
    '\uDC00',
    '\u202E',
    '<',
    '&',
    '>',
    '"',
    ']]>',
    '\n',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);

describe('buildReportDocx with hostile text', () => {
  const hostile = 'A<script>alert(1)</script> & ]]> \u0001x\u0008y \u202Ez "quoted" \'apos\'';

  it('escapes markup, drops characters XML forbids, keeps a 100 KB narrative whole', async () => {
    const report = qufuReport();
    const long = '长'.repeat(99_990);
    report.meta.agencyName = '测试<局>&"';
    report.meta.title = ''; // so the title is built from the hostile agency name
    report.meta.preamble = hostile;
    report.overview.proactive = hostile;
    report.otherMatters.otherItems = long;
    const out = await build(report, true);
    for (const [name, xml] of Object.entries(out.parts))
      expect([name, xmlWellFormedError(xml)]).toEqual([name, null]);
    expect(out.document).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt;');
    for (const ch of ['\u0001', '\u0008', '\u202E']) expect(out.document.includes(ch)).toBe(false);
    const texts = paragraphTexts(out.document);
    expect(texts).toContain('A<script>alert(1)</script> & ]]> xy z "quoted" \'apos\'');
    expect(texts).toContain(long);
    expect(texts[0]).toBe('测试<局>&"2021年政府信息公开工作年度报告');
    expect(out.parts['docProps/core.xml']).toContain('测试&lt;局&gt;&amp;');
  });

  it('stays well-formed for any narrative text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: hostileChar, maxLength: 60 }), async (s) => {
        const report = qufuReport();
        report.overview.management = `前${s}后`;
        const out = await build(report, false);
        expect(xmlWellFormedError(out.document)).toBeNull();
        const texts = paragraphTexts(out.document);
        const at = texts.indexOf(OVERVIEW_LABELS.management);
        expect(texts[at + 1]?.startsWith('前')).toBe(true);
      }),
      { numRuns: 20 },
    );
  });
});

describe('docxFileName', () => {
  it.each([
    [
      { agencyName: '曲阜市人民政府办公室', year: 2021 },
      '曲阜市人民政府办公室2021年政府信息公开工作年度报告.docx',
    ],
    [
      { agencyName: '甲/乙:丙*?"<>|\\局', year: 2024 },
      '甲_乙_丙_______局2024年政府信息公开工作年度报告.docx',
    ],
    [{ agencyName: '  某局\u0001 ', year: null }, '某局_政府信息公开工作年度报告.docx'],
  ])('%j → %s', (meta, name) => {
    expect(docxFileName(meta)).toBe(name);
  });
});
