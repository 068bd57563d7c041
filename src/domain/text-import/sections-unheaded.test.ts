// Parts whose headings a PDF's text layer or a converter dropped, found by what they print
// (sections.ts withUnheadedParts). Texts written here: other organs, other numbers.
import { describe, expect, it } from 'vitest';
import { APPLICATION_ROW_LABELS } from '../report/labels';
import { importPublishedText } from './import-text';
import { findParts } from './sections';

const APPLICATION_ROWS = Object.values(APPLICATION_ROW_LABELS);

/** Part 三's rows, each with seven numbers (the first two rows `received`, then zeros). */
function applicationRows(received: number): string[] {
  return APPLICATION_ROWS.map((label, k) => {
    const n = k === 0 ? received : 0;
    return `${label} ${n} 0 0 0 0 0 ${n}`;
  });
}

const TITLE = ['某县农业农村局', '2023年政府信息公开工作年度报告'];
const PREAMBLE = [
  '本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为2023年1月1日至',
  '12月31日。如对本报告有疑问，请与县农业农村局办公室联系，电话：0571-88001234。',
];
const INTRO = '2023年，县农业农村局两次向县人大常委会报告政务公开工作，各项工作稳步推进。';
const OVERVIEW = [
  INTRO,
  '（一）主动公开情况',
  '全年在县政府网站发布涉农信息214条。',
  '（二）依申请公开情况',
  '全年受理申请2件，均按期答复。',
];
const PROACTIVE = [
  '第二十条第（一）项',
  '信息内容 本年制发件数 本年废止件数 现行有效件数',
  '规章 0 0 0',
  '行政规范性文件 1 0 6',
];
const APPLICATIONS = [
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 申请人情况',
  '自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计',
  ...applicationRows(2),
];
const APPEALS = [
  '行政复议 行政诉讼',
  '结果 结果 其他 尚未 总计 未经复议直接起诉 复议后起诉',
  '维持 纠正 结果 审结',
  '1 0 0 0 1 0 0 0 0 0 0 0 0 0 0',
];
const PROBLEMS = [
  '涉农政策解读形式较为单一，基层公开人员力量',
  '不足。',
  '下一步，我局将加强培训，丰富解读方式。',
];
const OTHER = ['（一）本年度未收取信息处理费。', '（二）按照县政务公开工作要点，逐项抓好落实。'];
const SIGNATURE = ['某县农业农村局', '2024年1月20日'];

const at = (lines: readonly string[], line: string) => lines.indexOf(line);
const spans = (lines: readonly string[]) => findParts(lines).map((p) => [p.part, lines[p.start]]);

describe('parts found by their content when a PDF dropped every part heading', () => {
  const lines = [
    ...TITLE,
    ...PREAMBLE,
    ...OVERVIEW,
    ...PROACTIVE,
    ...APPLICATIONS,
    ...APPEALS,
    '- 3 -',
    ...PROBLEMS,
    ...OTHER,
    ...SIGNATURE,
  ];

  it('opens each part where its own content starts', () => {
    expect(spans(lines)).toEqual([
      ['overview', INTRO],
      ['proactive', PROACTIVE[0]],
      ['applications', APPLICATIONS[0]],
      ['appeals', APPEALS[0]],
      ['problems', PROBLEMS[0]],
      ['otherMatters', OTHER[0]],
    ]);
    // the preamble (report, statistics period, phone) stays before part 一, for the meta reader
    expect(findParts(lines)[0]!.start).toBe(at(lines, INTRO));
  });

  it('imports the numbers, the 说明 of each part and the 落款', () => {
    const { draft, summary } = importPublishedText(lines.join('\n'));
    expect(summary.partsMissing).toEqual([]);
    expect(draft.proactive.normativeDocuments).toEqual({ issued: '1', repealed: '0', inForce: '6' });
    expect(draft.applications.newReceived.natural).toBe('2');
    expect(draft.appeals.reconsideration.upheld).toBe('1');
    expect(draft.overview.intro).toBe(INTRO);
    expect(draft.overview.proactive).toContain('涉农信息214条');
    expect(draft.problems.problems.replace(/\s/gu, '')).toContain('基层公开人员力量不足');
    expect(draft.problems.improvements).toContain('加强培训');
    expect(draft.otherMatters.processingFees).toContain('未收取信息处理费');
    expect(draft.otherMatters.workPlan).toContain('工作要点');
    expect(draft.meta.publishDate).toBe('2024-01-20');
    expect(draft.meta.agencyName).toBe('某县农业农村局');
  });
});

describe('only the headings of the narrative parts or only those of the tables dropped', () => {
  it('finds parts 五 and 六 after part 四’s table, part 一 before part 二’s heading', () => {
    const lines = [
      ...TITLE,
      ...PREAMBLE,
      ...OVERVIEW,
      '二、主动公开政府信息情况',
      ...PROACTIVE,
      '三、收到和处理政府信息公开申请情况',
      ...APPLICATIONS,
      '四、政府信息公开行政复议、行政诉讼情况',
      ...APPEALS,
      ...PROBLEMS,
      ...OTHER,
    ];
    expect(spans(lines).map(([p]) => p)).toEqual([
      'overview',
      'proactive',
      'applications',
      'appeals',
      'problems',
      'otherMatters',
    ]);
    expect(spans(lines).at(-2)).toEqual(['problems', PROBLEMS[0]]);
  });

  it('finds the three tables under the narrative headings', () => {
    const lines = [
      ...TITLE,
      '一、总体情况',
      ...OVERVIEW,
      ...PROACTIVE,
      ...APPLICATIONS,
      ...APPEALS,
      '五、存在的主要问题及改进情况',
      ...PROBLEMS,
    ];
    expect(spans(lines).slice(1, 4)).toEqual([
      ['proactive', PROACTIVE[0]],
      ['applications', APPLICATIONS[0]],
      ['appeals', APPEALS[0]],
    ]);
  });
});

describe('what does not open a part', () => {
  it('part 五’s own 「（一）」 sub-items are not part 六; part 六 opens at its fee item', () => {
    const lines = [
      ...PROACTIVE,
      ...APPLICATIONS,
      ...APPEALS,
      '（一）存在的主要问题',
      '网站栏目更新不够及时。',
      '（二）改进情况',
      '明年将建立栏目更新台账。',
      '（一）信息处理费收取情况：本年度未收取。',
    ];
    expect(spans(lines).slice(-2)).toEqual([
      ['problems', '（一）存在的主要问题'],
      ['otherMatters', '（一）信息处理费收取情况：本年度未收取。'],
    ]);
  });

  it('a site footer after part 四’s numbers is no part 五', () => {
    const lines = [
      ...PROACTIVE,
      ...APPLICATIONS,
      ...APPEALS,
      '主办单位：某县人民政府办公室',
      '网站标识码：0000000000',
    ];
    expect(spans(lines).map(([p]) => p)).toEqual(['proactive', 'applications', 'appeals']);
  });

  it('a page cut before part 四 keeps its furniture out of part 一', () => {
    const lines = [
      '第8页 - 某区信访局2022年政府信息公开工作年度报告',
      'P. 8',
      '四、政府信息公开行政复议、行政诉讼情况',
      ...APPEALS,
      '五、存在的主要问题及改进情况',
      ...PROBLEMS,
    ];
    expect(spans(lines).map(([p]) => p)).toEqual(['appeals', 'problems']);
  });

  it('part 一 without sub-items: its paragraphs after the preamble, up to part 二’s heading', () => {
    const intro = ['2023年,本局在管委会领导下依法主动公开信息41条,', '持续巩固公开成果'];
    const lines = [
      ...TITLE,
      '更新时间:2024-01-18 | 来源:某分局',
      ...PREAMBLE,
      ...intro,
      '二、主动公开政府信息情况',
      ...PROACTIVE,
    ];
    expect(spans(lines).slice(0, 2)).toEqual([
      ['overview', intro[0]],
      ['proactive', PROACTIVE[0]],
    ]);
  });

  it('a text cut inside part 一 opens it at its first sub-item after the preamble', () => {
    const lines = [...TITLE, ...PREAMBLE, ...OVERVIEW];
    expect(spans(lines)).toEqual([['overview', INTRO]]);
  });
});
