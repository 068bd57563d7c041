import { describe, expect, it } from 'vitest';
import { PART_KEYS, PART_TITLES } from '../report/labels';
import { importPublishedText } from './import-text';
import { isolateInlineHeadings } from './inline-headings';
import { findParts } from './sections';

/** A report (written here) with the given six headings over the format's tables. */
function report(h: readonly string[], partOne = ['2024年，本局认真贯彻落实条例。']): string[] {
  return [
    '某局2024年政府信息公开工作年度报告',
    h[0]!,
    ...partOne,
    h[1]!,
    '第二十条第（一）项',
    '信息内容 本年制发件数 本年废止件数 现行有效件数',
    '规章 0 0 0',
    h[2]!,
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    '申请人情况',
    '自然人 法人或其他组织 总计',
    h[3]!,
    '行政复议 行政诉讼',
    '结果维持 结果纠正 其他结果 尚未审结 总计',
    '0 0 0 0 0',
    h[4]!,
    '存在的问题：公开内容不够全面。',
    h[5]!,
    '本年度无其他需要报告的事项。',
  ];
}
const parts = (lines: string[]) => findParts(lines).map((p) => [p.part, lines[p.heading]]);

/** The six titles as the format words them (without their numerals), and in another organ's words. */
const FORMAT = PART_KEYS.map((k) => PART_TITLES[k].replace(/^[一二三四五六]、/u, ''));
const OTHER = [
  '基本情况',
  '主动公开情况',
  '依申请公开情况',
  '行政复议和行政诉讼情况',
  '存在的不足和改进方向',
  '其他事项',
];

describe('part headings known by their content words', () => {
  it.each([
    [
      [
        '一、基本情况',
        '二、主动公开情况',
        '三、依申请公开情况',
        '四、行政复议和行政诉讼情况',
        '五、存在的不足和改进方向',
        '六、需要报告的其他事项',
      ],
    ],
    [
      [
        '第一部分 总体情况',
        '第二部分 主动公开政府信息情况',
        '第三部分 收到和处理政府信息公开申请情况',
        '第四部分 政府信息公开行政复议、行政诉讼情况',
        '第五部分 存在的主要问题及改进情况',
        '第六部分 其他需要报告的事项',
      ],
    ],
    [
      [
        '一、工作概况',
        '（二）主动公开政府信息',
        '（三）政府信息公开申请情况',
        '（四）行政复议、行政诉讼情况',
        '（五）工作中存在的不足及改进措施',
        '（六）其他需要报告的事项',
      ],
    ],
    [
      [
        '一总体工作情况',
        '二主动公开政府信息',
        '三依申请公开政府信息情况',
        '四行政复议、行政诉讼',
        '五问题与改进',
        '六其他事项',
      ],
    ],
  ])('finds every part of %j', (h) => {
    const lines = report(h);
    expect(parts(lines)).toEqual([
      ['overview', h[0]],
      ['proactive', h[1]],
      ['applications', h[2]],
      ['appeals', h[3]],
      ['problems', h[4]],
      ['otherMatters', h[5]],
    ]);
    // a heading in the author's words is named as such (the import's note quotes it)
    expect(findParts(lines).some((p) => p.authored === lines[p.heading]!.trim())).toBe(true);
  });

  it("takes no 「二、」 of part 一's list of measures for part 二 (a paragraph follows it, not the table)", () => {
    const h = [
      '一、基本情况',
      '二、主动公开情况',
      '三、依申请公开情况',
      '四、行政复议和行政诉讼情况',
      '五、存在的不足',
      '六、其他事项',
    ];
    const lines = report(h, [
      '一、主动公开工作',
      '本局通过门户网站主动公开信息120条。',
      '二、依申请公开工作',
      '全年收到申请3件。',
      '三、主动公开平台建设',
      '优化栏目。',
    ]);
    expect(parts(lines).slice(0, 3)).toEqual([
      ['overview', '一、基本情况'],
      ['proactive', '二、主动公开情况'],
      ['applications', '三、依申请公开情况'],
    ]);
  });

  it("takes no 「二、」 of part 一 whose paragraph names the table's words, nor one a later table follows", () => {
    const h = [
      '一、基本情况',
      '二、主动公开情况',
      '三、依申请公开情况',
      '四、行政复议和行政诉讼情况',
      '五、存在的不足',
      '六、其他事项',
    ];
    const lines = report(h, ['二、主动公开工作', '本年度制发规章0件，第二十条规定的信息均已公开。']);
    expect(parts(lines).slice(0, 2)).toEqual([
      ['overview', '一、基本情况'],
      ['proactive', '二、主动公开情况'],
    ]);
  });

  it("leaves the format's headings to the format: a content-word line elsewhere is no part", () => {
    const lines = report(
      PART_KEYS.map((k) => PART_TITLES[k]),
      ['二、主动公开情况', '第二十条规定的信息均已公开。'],
    );
    expect(parts(lines).map(([, l]) => l)).toEqual(PART_KEYS.map((k) => PART_TITLES[k]));
  });

  it('takes no sentence, no 「二是」 and no line with a number for a heading', () => {
    const h = [
      '一、基本情况',
      '二是主动公开更加及时',
      '三、依申请公开2件',
      '四、行政复议、行政诉讼情况如下：',
      '五、问题',
      '六、其他事项',
    ];
    const found = parts(report(h));
    const headings = found.map(([, line]) => line);
    expect(headings).not.toContain('二是主动公开更加及时');
    expect(headings).not.toContain('四、行政复议、行政诉讼情况如下：');
    // parts 二 and 四 open where their own tables do (no heading of theirs is in the text)
    expect(found).toContainEqual(['proactive', '第二十条第（一）项']);
    expect(found).toContainEqual(['appeals', '行政复议 行政诉讼']);
  });
});

describe('in-line part headings known by their content words (one-line pages)', () => {
  const page = (h: readonly string[]) =>
    `某局2024年政府信息公开工作年度报告 ${h[0]} 2024年，本局认真贯彻落实条例。一是主动公开更加及时，二是依申请公开更加规范。` +
    `${h[1]}第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000` +
    `${h[2]}（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人` +
    `${h[3]}行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计00000` +
    `${h[4]}存在的问题主要有：公开内容不够全面。下一步，我局将加强培训。${h[5]}本年度无其他需要报告的事项。`;
  it.each([
    [
      [
        '一、基本情况',
        '二、主动公开情况',
        '三、依申请公开情况',
        '四、行政复议和行政诉讼情况',
        '五、存在的不足和改进方向',
        '六、其他事项',
      ],
    ],
    [
      [
        '一、工作概况',
        '二、政府信息主动公开情况',
        '三、政府信息公开申请情况',
        '四、行政复议、行政诉讼',
        '五、主要问题和改进措施',
        '六、需要报告的其他事项',
      ],
    ],
  ])('puts each heading of %j on a line of its own', (h) => {
    const lines = isolateInlineHeadings(page(h)).split('\n');
    for (const heading of h) expect(lines).toContain(heading);
    expect(findParts(lines).map((p) => lines[p.heading])).toEqual(h);
  });

  it('takes no 「二是…」 nor a 「二、」 whose table does not follow for part 二', () => {
    const text = page([
      '一、基本情况',
      '二、主动公开工作扎实',
      '三、依申请公开情况',
      '四、行政复议和行政诉讼情况',
      '五、存在的不足',
      '六、其他事项',
    ]).replace('二、主动公开工作扎实第二十条', '二、主动公开工作扎实。第二十条');
    const lines = isolateInlineHeadings(text).split('\n');
    expect(lines.some((l) => l.startsWith('二是'))).toBe(false);
    expect(lines).not.toContain('二、主动公开工作扎实');
  });
});

describe("part headings in the report's own numbering (helper-64)", () => {
  const numbered = (style: (k: number) => string, titles: readonly string[], after = '') =>
    titles.map((t, k) => `${style(k)}${t}${after}`);
  const N = '一二三四五六';
  it.each([
    ['（一）…（六）', numbered((k) => `（${N[k]}）`, FORMAT)],
    ['(一)…(六), other wording', numbered((k) => `(${N[k]})`, OTHER)],
    ['第一部分：…', numbered((k) => `第${N[k]}部分：`, OTHER)],
    ['第一部分：…：', numbered((k) => `第${N[k]}部分：`, FORMAT, '：')],
    ['一、…： (a colon after the title)', numbered((k) => `${N[k]}、`, OTHER, '：')],
    ['1、…6、', numbered((k) => `${k + 1}、`, OTHER)],
    ['１．…６．', numbered((k) => `${'１２３４５６'[k]}．`, OTHER)],
  ])('finds every part of a report numbered %s', (_, h) => {
    const lines = report(h);
    expect(parts(lines)).toEqual(PART_KEYS.map((p, k) => [p, h[k]]));
  });

  it('takes no sub-item, sentence or 「二是」 of part 一 for a part, when the parts are numbered 「（一）」…', () => {
    const h = numbered((k) => `（${N[k]}）`, FORMAT);
    const lines = report(h, [
      '（一）主动公开工作',
      '本局通过门户网站及时公开信息。',
      '（二）主动公开方面，本局及时主动公开政府信息，内容全面。',
      '二是主动公开政府信息，及时发布各类信息',
      '（二）主动公开政府信息',
      '全年信息发布及时。',
      '第二部分 主动公开工作持续加强',
      '（三）依申请公开工作',
      '全年收到申请3件，均按期答复。',
    ]);
    expect(parts(lines)).toEqual(PART_KEYS.map((p, k) => [p, h[k]]));
  });

  it("takes 「（一）总体情况」 for part 一 only where part 二's heading follows", () => {
    for (const one of ['（一）总体情况', '(一)基本情况', '1.基本情况']) {
      const withTwo = report([
        one,
        '（二）主动公开情况',
        '三、依申请公开情况',
        '四、行政复议情况',
        '五、问题',
        '六、其他事项',
      ]);
      expect(parts(withTwo)[0]).toEqual(['overview', one]);
    }
    // no part 二 heading anywhere: a sub-item like any other, not part 一's heading — a text cut inside
    // part 一 opens it at its first 「（一）」, which stays the sub-item's (the part has no heading line)
    for (const one of ['（一）总体情况', '1.基本情况']) {
      const lines = [
        '某局2024年政府信息公开工作年度报告',
        one,
        '2024年，本局认真贯彻落实条例。',
        '（二）依申请公开',
        '全年收到申请3件。',
      ];
      const opened = one.startsWith('（一）') ? [{ part: 'overview', heading: 1, start: 1, end: 5 }] : [];
      expect(findParts(lines)).toEqual(opened);
    }
  });

  it('takes part 六 right after part 四 where part 五 lost its heading', () => {
    const lines = report([
      '一、基本情况',
      '二、主动公开情况',
      '三、依申请公开情况',
      '四、行政复议和行政诉讼情况',
      '（二）存在的不足',
      '六、其他事项',
    ]);
    expect(parts(lines).map(([p]) => p)).toEqual([
      'overview',
      'proactive',
      'applications',
      'appeals',
      'otherMatters',
    ]);
  });

  it("takes no list item 「二、主动公开工作」 of part 一 followed by part 一's 「（一）主动公开政府信息情况」", () => {
    const h = numbered((k) => `（${N[k]}）`, FORMAT);
    const lines = report(h, [
      '二、主动公开工作',
      '（一）主动公开政府信息情况',
      '全年主动公开政府信息120条。',
    ]);
    expect(parts(lines)).toEqual(PART_KEYS.map((p, k) => [p, h[k]]));
  });

  it('takes part 二 of the 2019 format, opened by its sub-item 「（一）主动公开政府信息的数量」', () => {
    const lines = [
      '一、基本情况',
      '2024年，本局认真贯彻落实条例。',
      '二、主动公开情况',
      '（一）主动公开政府信息的数量',
      '全年主动公开政府信息120条。',
      '三、收到和处理政府信息公开申请情况',
    ];
    expect(parts(lines).map(([p]) => p)).toEqual(['overview', 'proactive', 'applications']);
  });

  it("takes an authored part 一 title that is the report's first numbered line", () => {
    const lines = report([
      '一、年度工作核心成效',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
    expect(parts(lines)[0]).toEqual(['overview', '一、年度工作核心成效']);
  });
});

describe("in-line part headings in the report's own numbering (one-line pages, helper-64)", () => {
  const page = (h: readonly string[]) =>
    `某局2024年政府信息公开工作年度报告 ${h[0]} 2024年，本局认真贯彻落实条例。（一）主动公开方面，本局及时主动公开政府信息。` +
    `（二）主动公开政府信息情况良好，二是依申请公开更加规范。（三）依申请公开方面，均按期答复。` +
    `${h[1]}第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000` +
    `${h[2]}（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人` +
    `三、本年度办理结果（一）予以公开5（二）部分公开（区分处理的，只计这一情形，不计其他情形）0` +
    `${h[3]}行政复议行政诉讼结果维持结果纠正其他结果尚未审结总计00000` +
    `${h[4]}（一）存在问题公开内容不够全面。（二）改进措施下一步，我局将加强培训。${h[5]}本年度无其他需要报告的事项。`;
  const N = '一二三四五六';
  it.each([
    ['（一）…（六）', FORMAT.map((t, k) => `（${N[k]}）${t}`)],
    ['第一部分 …', FORMAT.map((t, k) => `第${N[k]}部分 ${t}`)],
    ['第一部分：…, other wording', OTHER.map((t, k) => `第${N[k]}部分：${t}`)],
    ["1、…6、 (「3、」 right after a table's last cell)", OTHER.map((t, k) => `${k + 1}、${t}`)],
    ['一…六 with no mark', FORMAT.map((t, k) => `${N[k]}${t}`)],
    ['一、…：', OTHER.map((t, k) => `${N[k]}、${t}：`)],
  ])('puts each heading of a page numbered %s on a line of its own', (_, h) => {
    const lines = isolateInlineHeadings(page(h)).split('\n');
    expect(findParts(lines).map((p) => lines[p.heading])).toEqual(h);
    // part 一's sub-items and part 三's row 「（二）部分公开」 are left in their parts' text
    expect(lines.some((l) => l.startsWith('（二）主动公开政府信息情况良好'))).toBe(false);
    expect(lines.some((l) => l.startsWith('（二）部分公开'))).toBe(false);
  });

  it('takes a heading in other words where a space stands between it and its table', () => {
    const h = [
      '一、工作基本情况',
      '二、主动公开工作情况',
      '三、依申请公开工作情况',
      '四、行政复议及行政诉讼情况',
      '五、存在问题及改进举措',
      '六、其它事项',
    ];
    const text = page(h.map((x, k) => (k >= 1 && k <= 3 ? `${x} ` : x)));
    const lines = isolateInlineHeadings(text).split('\n');
    expect(findParts(lines).map((p) => lines[p.heading]!.trim())).toEqual(h);
  });

  it("takes an authored part 一 title, the line's first 「一、」, up to the year; never a 「第一、二项」", () => {
    const h = ['一、年度工作核心成效', ...PART_KEYS.slice(1).map((k) => PART_TITLES[k])];
    const text = page(h).replace('一、年度工作核心成效 2024年', '一、年度工作核心成效2024年');
    const lines = isolateInlineHeadings(text).split('\n');
    expect(findParts(lines).map((p) => lines[p.heading])).toEqual(h);
    const cited = isolateInlineHeadings(
      page(h).replace('某局', '某局依据条例第一、二项规定编制').replace('一、年度工作核心成效 ', ''),
    ).split('\n');
    expect(cited.some((l) => l.startsWith('一、二项'))).toBe(false);
    expect(findParts(cited).map((p) => p.part)[0]).toBe('proactive');
  });
});

describe('a sentence wrapped so that its tail reads like a part title (a narrow PDF page)', () => {
  it('「…未发生」 then 「政府信息公开行政复议、行政诉讼情况。」 is prose, not part 四’s heading', () => {
    const text = [
      '某某县某某镇2024年政府信息公开工作年度报告',
      '一、总体情况',
      '（一）主动公开。全年共发布政府信息32条。',
      '（二）依申请公开。2024年，某某镇未收到政府信息公开申请，未发生',
      '政府信息公开行政复议、行政诉讼情况。',
      '二、主动公开政府信息情况',
      '第二十条第（一）项',
      '信息内容 本年制发件数 本年废止件数 现行有效件数',
      '规章 0 0 0',
      '行政规范性文件 0 0 2',
    ].join('\n');
    const r = importPublishedText(text);
    expect(r.draft.proactive.normativeDocuments.inForce).toBe('2');
    expect(r.draft.overview.onRequest).toContain('政府信息公开行政复议、行政诉讼情况');
    expect(Object.values(r.draft.appeals.reconsideration).every((v) => v === '')).toBe(true);
  });
});
