import { describe, expect, it } from 'vitest';
import { runChecks } from '../checks/run-checks';
import { cellAddress, cellId } from '../report/cell-address';
import { APPLICATION_ROW_LABELS } from '../report/labels';
import { TRIAL_2019_HEADERS } from '../text-import/format-2019';
import { importPublishedText } from '../text-import/import-text';
import { removePart, setNumber } from '../text-import/test-transforms';
import { auditCsv } from './audit-csv';
import { auditFindings } from './audit-findings';
import { auditImported, auditTexts } from './audit-reports';
import { previousInBatch, sameYearInBatch } from './link-previous';
import { storedImportSummary } from './stored-summary';
import { FIXTURE_TEXT, matrixRunTogether, previousYear } from './test-texts';

const today = new Date(2025, 5, 1);
const kinds = (r: { findings: { kind: string }[] }) => [...new Set(r.findings.map((f) => f.kind))];

describe('auditTexts: the fixture, its matrix run together, and the organ’s 2020 report', () => {
  // The fixture's 19 规范性文件 are 全市 (not compared with the organ's table): here the organ's own, so the
  // narrative disagrees with the table's 11.
  const OWN_NINETEEN = FIXTURE_TEXT.replace('整理全市现行有效', '整理现行有效');
  const texts = [OWN_NINETEEN, matrixRunTogether(), previousYear(9)];
  const [plain, runTogether, last] = auditTexts(texts, today, { sources: ['a.txt', 'b.html', 'c.docx'] });

  it('builds one row per text with organ, year, format and cells read', () => {
    expect(matrixRunTogether()).toContain(`${APPLICATION_ROW_LABELS.newReceived}230000023`);
    expect(
      [plain, runTogether, last].map((r) => [r!.row.source, r!.row.agencyName, r!.row.year, r!.row.format]),
    ).toEqual([
      ['a.txt', '曲阜市人民政府办公室', 2021, '2021'],
      ['b.html', '曲阜市人民政府办公室', 2021, '2021'],
      ['c.docx', '曲阜市人民政府办公室', 2020, '2021'],
    ]);
    expect(runTogether!.summary.runTogether).toHaveLength(25);
    expect(runTogether!.row.cellsRead).toBe(166);
    expect(runTogether!.row.cellsTotal).toBe(166);
    expect(runTogether!.draft.applications).toEqual(plain!.draft.applications);
  });

  it('links both 2021 reports to the 2020 one and runs the cross-year checks', () => {
    expect(plain!.previousId).toBe(last!.id);
    expect(runTogether!.previousId).toBe(last!.id);
    expect(last!.previousId).toBeNull();
    const inForce = plain!.findings.find((f) => f.id === 'in-force:normativeDocuments');
    expect(inForce?.kind).toBe('continuity');
    // 11 in force now, 9 last year, 1 issued, 2 repealed: 9 + 1 − 2 = 8.
    expect(inForce?.message).toContain('9＋1－2＝8');
    expect(plain!.row.counts.continuity).toBe(1);
    expect(plain!.row.counts.similar).toBeGreaterThan(0);
    expect(plain!.findings.find((f) => f.kind === 'similar')?.quote).toBeTruthy();
    expect(kinds(last!)).not.toContain('continuity');
    expect(kinds(last!)).not.toContain('similar');
  });

  it('quotes the sentence of a narrative-number finding', () => {
    const f = plain!.findings.find((x) => x.kind === 'narrative-number');
    expect(f?.quote).toBe('重新整理现行有效的规范性文件19件，在“市级规范性文件管理平台”专栏统一发布');
    expect(f?.fields).toEqual(['overview.management']);
  });

  it('gives each report one id, even from a generator of fresh ids', () => {
    let n = 0;
    const reports = auditTexts([FIXTURE_TEXT, previousYear(9)], today, { newId: () => `r-${++n}` });
    expect(reports.map((r) => [r.id, r.draft.id, r.row.id])).toEqual([
      ['r-1', 'r-1', 'r-1'],
      ['r-2', 'r-2', 'r-2'],
    ]);
    expect(reports[0]!.previousId).toBe('r-2');
  });

  it('notes the two reports of the same organ and year', () => {
    expect(plain!.findings.find((f) => f.id === 'import:same-year')?.message).toContain('「b.html」');
    expect(last!.findings.some((f) => f.id === 'import:same-year')).toBe(false);
  });

  it('exports one CSV line per problem, with the numbers', () => {
    const csv = auditCsv([plain!, runTogether!, last!]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFF来源,机关名称,报告年度,格式,已读取单元格,应读取单元格,问题类别,级别,位置,问题说明,原文语句',
    );
    // a report with no problem still has its line: 「未发现问题」 (the 2020 report here)
    const problems = [plain!, runTogether!, last!].reduce((n, r) => n + Math.max(1, r.row.problems), 0);
    expect(lines).toHaveLength(1 + problems);
    expect(last!.row.problems).toBe(0);
    expect(lines.at(-1)).toMatch(/^c\.docx,曲阜市人民政府办公室,2020,.*,未发现问题,/);
    expect(lines.find((l) => l.includes('in-force') || l.includes('衔接'))).toMatch(
      /^a\.txt,曲阜市人民政府办公室,2021,2021年格式,166,166,衔接（上年结转、现行有效）,警告,.*＝8/,
    );
  });

  it('uses the previous year to settle a part 二 row whose cells ran together', () => {
    const glued = matrixRunTogether(FIXTURE_TEXT).replace(
      '\t行政规范性文件\n\t1\n\t2\n\t11',
      '\t行政规范性文件1211',
    );
    expect(glued).toContain('行政规范性文件1211');
    // Last year 12 in force: 12 + 1 − 2 = 11 fits only 1 | 2 | 11.
    const [now] = auditTexts([glued, previousYear(12)], today);
    expect(now!.summary.splitChoices).toEqual([]);
    expect(now!.draft.proactive.normativeDocuments).toEqual({ issued: '1', repealed: '2', inForce: '11' });
    const [alone] = auditTexts([glued], today);
    expect(alone!.summary.splitChoices.map((c) => c.key)).toEqual(['proactive.normativeDocuments']);
    expect(alone!.row.cellsRead).toBe(163);
    expect(alone!.row.counts.unread).toBe(1);
  });

  it('a stock break of a run-together row against a year read whole is said once', () => {
    const glued = matrixRunTogether(FIXTURE_TEXT).replace(
      '\t行政规范性文件\n\t1\n\t2\n\t11',
      '\t行政规范性文件1211',
    );
    // Last year 50 in force: no cut of 「1211」 gives 50 + 制发 − 废止.
    const [now] = auditTexts([glued, previousYear(50)], today);
    expect(now!.findings.filter((f) => f.id === 'in-force:normativeDocuments')).toHaveLength(1);
  });

  it('flags a narrative count that no cut of a run-together part 二 row has (text vs table, whatever the cut)', () => {
    const glued = matrixRunTogether(FIXTURE_TEXT)
      .replace('\t行政规范性文件\n\t1\n\t2\n\t11', '\t行政规范性文件1211')
      .replace('本年度共印发', '本年度制发行政规范性文件3件，共印发');
    const [r] = auditTexts([glued], today);
    // 「1211」 cuts to 1|2|11, 1|21|1 or 12|1|1: 本年制发件数 is 1 or 12, never 3.
    expect(r!.summary.splitChoices.map((c) => c.key)).toEqual(['proactive.normativeDocuments']);
    const finding = r!.findings.find((f) => f.id === 'narrative-number:split:normativeDocuments.issued');
    expect(finding).toMatchObject({
      kind: 'narrative-number',
      severity: 'warning',
      quote:
        '本年度制发行政规范性文件3件，共印发“曲政发”文件8件、“曲政办发”文件6件，全部在政府门户网站“履职依据”一栏进行主动公开',
    });
    expect(finding?.message).toContain('3种拆法的本年制发件数都不是3');
    // A count some cut has is no finding: the user picks the cut.
    const fits = auditTexts([glued.replace('制发行政规范性文件3件', '制发行政规范性文件1件')], today)[0]!;
    expect(fits.findings.filter((f) => f.id.startsWith('narrative-number:split:'))).toEqual([]);
    // The 2019 trial table has no 「本年废止件数」: a count of repealed documents says nothing of its row.
    const trial = [
      '某某县2020年政府信息公开工作年度报告',
      '本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。',
      '一、总体情况 经清理，已宣布废止规范性文件5件。',
      '二、主动公开政府信息情况 第二十条第（一）项信息内容本年新制作数量本年新公开数量对外公开总数量规章007规范性文件7777166',
      '三、收到和处理政府信息公开申请情况 无。四、政府信息公开行政复议、行政诉讼情况 无。五、存在的主要问题及改进情况 无。六、其他需要报告的事项 无。',
    ].join('');
    const [old] = auditTexts([trial], today);
    expect(old!.summary.splitChoices.map((c) => c.key)).toContain('proactive.normativeDocuments');
    expect(old!.findings.filter((f) => f.id.startsWith('narrative-number:split:'))).toEqual([]);
  });
});

describe('the format column', () => {
  it('tells the 2019 trial layout from the 2021 format, and counts the cells it could not fill', () => {
    const trial = FIXTURE_TEXT.replace('本年制发件数', TRIAL_2019_HEADERS.newlyMade);
    const [old, current] = auditTexts([trial, FIXTURE_TEXT], today);
    expect([old!.row.format, current!.row.format]).toEqual(['2019', '2021']);
    expect(current!.row.cellsRead).toBe(166);
    // 2019 has no 「本年废止件数」 and no 「现行有效件数」 for 规章 and 规范性文件 (and its decision rows
    // have three columns where this text has one): each such cell is unread, and not counted as read.
    const unread = old!.summary.unread.map((u) => u.cell);
    expect(unread).toContain(cellId(cellAddress('proactive', 'normativeDocuments', 'inForce')));
    expect(old!.row.cellsRead).toBe(166 - unread.length);
    expect(old!.findings.some((f) => f.kind === 'note' && f.message.startsWith('原文为2019年试行格式'))).toBe(
      true,
    );
  });
});

describe('auditFindings', () => {
  const findingsOf = (text: string) => {
    const { draft, summary } = importPublishedText(text, { id: 'x' });
    return auditFindings({ draft, summary, run: runChecks({ draft, today }), previous: null });
  };

  it('a printed total that disagrees is its own finding, on its cell', () => {
    const f = findingsOf(setNumber(FIXTURE_TEXT, APPLICATION_ROW_LABELS.totalHandled, 0, '25'));
    const total = f.filter((x) => x.kind === 'total-mismatch');
    expect(total.map((x) => x.cells)).toEqual([
      [cellId(cellAddress('applications', 'totalHandled', 'natural'))],
    ]);
    expect(total[0]?.message).toContain('25');
    expect(total[0]?.severity).toBe('error');
  });

  it('a missing part is one finding, its unread cells one more (not one per cell), no 「必填」', () => {
    const f = findingsOf(removePart(FIXTURE_TEXT, 'appeals'));
    expect(f.filter((x) => x.kind === 'missing-part').map((x) => x.id)).toEqual(['import:missing:appeals']);
    const unread = f.filter((x) => x.kind === 'unread');
    expect(unread).toHaveLength(1);
    expect(unread[0]?.cells).toHaveLength(12);
    expect(unread[0]?.message).toMatch(/等12个单元格未读取：未找到第四部分/);
    expect(f.some((x) => x.id.startsWith('required'))).toBe(false);
    expect(f.some((x) => x.kind === 'note' && x.message.startsWith('未找到第四部分'))).toBe(false);
  });

  it('a balance that does not hold is a 勾稽关系 finding', () => {
    const f = findingsOf(setNumber(FIXTURE_TEXT, APPLICATION_ROW_LABELS.carriedForward, 0, '2'));
    expect(f.filter((x) => x.kind === 'balance').map((x) => x.id)).toEqual([
      'balance:natural',
      'balance:total',
    ]);
  });

  it('a report published after its due date (条例第四十九条)', () => {
    const signed = `${FIXTURE_TEXT.trimEnd()}\n曲阜市人民政府办公室\n2022年3月20日\n`;
    const f = findingsOf(signed);
    expect(f.find((x) => x.id === 'import:published-late')?.message).toContain('2022年1月31日');
    const inTime = findingsOf(`${FIXTURE_TEXT.trimEnd()}\n曲阜市人民政府办公室\n2022年1月20日\n`);
    expect(inTime.some((x) => x.id === 'import:published-late')).toBe(false);
  });
});

describe('linking within a batch', () => {
  const item = (id: string, agencyName: string, year: number | null) =>
    ({ id, draft: { meta: { agencyName, year } } }) as Parameters<typeof previousInBatch>[0][number];

  it('matches organ names as normalised, and year − 1 only', () => {
    const items = [
      item('a', '曲阜市人民政府办公室', 2021),
      item('b', ' 曲阜市人民政府办公室 ', 2020),
      item('c', '曲阜市人民政府办公室', 2019),
      item('d', '邹城市人民政府办公室', 2020),
      item('e', '', 2020),
      item('f', '曲阜市人民政府办公室', null),
    ];
    expect(Object.fromEntries(previousInBatch(items))).toEqual({
      a: 'b',
      b: 'c',
      c: null,
      d: null,
      e: null,
      f: null,
    });
    expect(
      sameYearInBatch([
        ...items,
        item('g', '曲阜市人民政府办公室（ ）', 2021),
        item('h', '曲阜市人民政府办公室', 2021),
      ]).get('a'),
    ).toEqual(['h']);
  });

  it('auditImported works on reports imported earlier (e.g. reloaded from storage)', () => {
    const a = { id: 'a', source: 'a', ...importPublishedText(FIXTURE_TEXT, { id: 'a' }) };
    const b = { id: 'b', source: 'b', ...importPublishedText(previousYear(11), { id: 'b' }) };
    const [now] = auditImported([a, b], today);
    expect(now!.previousId).toBe('b');
    expect(now!.findings.find((f) => f.id === 'in-force:normativeDocuments')?.message).toContain(
      '11＋1－2＝10',
    );
  });
});

describe('storedImportSummary', () => {
  it('reads back a summary as stored (JSON), and fills what an older version did not write', () => {
    const { summary } = importPublishedText(removePart(FIXTURE_TEXT, 'appeals'), { id: 'x' });
    const stored = JSON.parse(JSON.stringify(summary)) as Record<string, unknown>;
    expect(storedImportSummary(stored)).toEqual(summary);
    delete stored.splitChoices;
    delete stored.splitNotes;
    expect(storedImportSummary(stored)?.splitChoices).toEqual([]);
  });

  it.each([null, 'text', 42, {}, { numbers: 'x', unread: [] }])('no summary: %j', (value) => {
    expect(storedImportSummary(value)).toBeNull();
  });
});
