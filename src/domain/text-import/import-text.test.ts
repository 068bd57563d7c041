// Golden test: the sample report (曲阜市人民政府办公室 2021) imports completely.
import { describe, expect, it } from 'vitest';
import expected from '../fixtures/qufu-2021.expected.json';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { cellAddress, cellId, INPUT_CELLS } from '../report/cell-address';
import { PART_KEYS } from '../report/labels';
import { reportDraftSchema } from '../report/report-schema';
import { importPublishedText } from './import-text';
import { expectFixtureNumbers } from './test-expect';

describe('importPublishedText — the fixture', () => {
  const result = importPublishedText(qufuText, { id: 'qufu-test' });
  const { draft, summary } = result;

  it('produces a valid draft with the given id', () => {
    expect(reportDraftSchema.parse(draft).id).toBe('qufu-test');
  });

  it('reads every number as in the expected JSON, with nothing unread', () => {
    expectFixtureNumbers(result);
    expect(summary.unread).toEqual([]);
    expect(summary.totalMismatches).toEqual([]);
    expect(summary.runTogether).toEqual([]);
    // Every input cell is listed with its source once; derived cells as the source prints them.
    const listed = new Set(summary.numbers.map((n) => n.cell));
    for (const cell of INPUT_CELLS) expect(listed.has(cellId(cell))).toBe(true);
    expect(listed.has(cellId(cellAddress('applications', 'totalHandled', 'natural')))).toBe(true);
    expect(listed.has(cellId(cellAddress('appeals', 'reconsideration', 'total')))).toBe(true);
    expect(summary.numbers.length).toBe(listed.size);
  });

  it('gives each number the source row it came from', () => {
    const snippet = (cell: string) => summary.numbers.find((n) => n.cell === cell)?.snippet ?? '';
    expect(snippet(cellId(cellAddress('applications', 'newReceived', 'natural')))).toMatch(
      /^一、本年新收政府信息公开申请数量 23 0 0 0 0 0 23$/,
    );
    expect(snippet(cellId(cellAddress('applications', 'notProcessedMassRepeated', 'legal')))).toContain(
      '4.无正当理由大量反复申请',
    );
    expect(snippet(cellId(cellAddress('proactive', 'normativeDocuments', 'inForce')))).toBe(
      '行政规范性文件 1 2 11',
    );
  });

  it('fills the meta', () => {
    expect(draft.meta).toMatchObject({ ...expected.meta, reportKind: 'department' });
    expect(draft.meta.title).toBe('曲阜市人民政府办公室2021年政府信息公开工作年度报告');
    const fields = Object.fromEntries(summary.meta.map((m) => [m.field, m]));
    expect(fields.agencyName?.value).toBe(expected.meta.agencyName);
    expect(fields.year?.value).toBe(2021);
    expect(fields.contactPhone?.snippet).toContain('联系电话');
    expect(fields.website?.snippet).toContain('门户网站');
  });

  it('keeps the opening paragraphs before 一、总体情况 as the preamble', () => {
    const lines = draft.meta.preamble.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^本报告由曲阜市人民政府办公室按照《中华人民共和国政府信息公开条例》/);
    expect(lines[2]).toMatch(/自2021年1月1日起至2021年12月31日止。.*联系电话：0537-4498856）。$/);
  });

  it('finds all six parts, the 2021 format, and warns of nothing', () => {
    expect(summary.partsFound).toEqual(PART_KEYS);
    expect(summary.partsMissing).toEqual([]);
    expect(summary.format).toBe('2021');
    expect(summary.warnings).toEqual([]);
  });

  const starts: [string, string, string][] = [
    ['overview.intro', '2021年，曲阜市人民政府办公室以习近平新时代', '有序推进政务公开各项工作。'],
    ['overview.proactive', '一是持续做好政策发布工作。', '拉进与群众距离。'],
    [
      'overview.onRequest',
      '本年度曲阜市政府和曲阜市政府办公室共收到依申请公开件23件',
      '规范政府信息公开答复模板。',
    ],
    ['overview.management', '重新整理全市现行有效的规范性文件19件', '建立专栏进行归集整理和主动公开。'],
    ['overview.platforms', '一是做好政府网站和政务新媒体监管工作。', '引导正确的舆论方向。'],
    ['overview.oversight', '一是健全组织领导。', '大大增强了全市政务公开业务工作人员的业务水平。'],
    ['problems.problems', '2021年，市政府办公室高度重视政府信息公开工作', '三是工作创新水平有待提高。'],
    ['problems.improvements', '针对上述不足，2022年，', '提升全市政府信息公开工作效率和质量。'],
    ['otherMatters.processingFees', '根据财政部、国家发展改革委联合印发', '邮寄费。'],
    ['otherMatters.workPlan', '市政务公开办公室严格贯彻落实', '促进政务公开工作更上新台阶。'],
    ['otherMatters.proposals', '市政府办公室2021年度未收到人大代表建议和政协提案。', '政协提案。'],
    ['otherMatters.innovation', '无。', '无。'],
    ['otherMatters.statisticsNotes', '无。', '无。'],
    ['otherMatters.otherItems', '无。', '无。'],
    ['otherMatters.specialRequirements', '无。', '无。'],
  ];
  it.each(starts)('puts %s in its sub-item (first and last sentence)', (field, first, last) => {
    const [part, key] = field.split('.') as ['overview' | 'problems' | 'otherMatters', string];
    const text = (draft[part] as Record<string, string>)[key] ?? '';
    expect(text.startsWith(first)).toBe(true);
    expect(text.endsWith(last)).toBe(true);
    expect(summary.narrativesFound).toContain(field);
  });

  it('keeps sub-item headings and Word bookmarks out of the narratives', () => {
    const all = [
      ...Object.values(draft.overview),
      ...Object.values(draft.problems),
      ...Object.values(draft.otherMatters),
    ];
    for (const text of all) {
      expect(text).not.toMatch(/^（[一二三四五六七]）/m);
      expect(text).not.toContain('[bookmark');
    }
    expect(draft.problems.problems).not.toContain('针对上述不足');
  });
});
