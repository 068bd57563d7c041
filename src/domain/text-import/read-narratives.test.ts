import { describe, expect, it } from 'vitest';
import { readOtherMatters, readOverview, readProblems } from './read-narratives';
import { splitSignature } from './signature';

describe("readOverview: sub-items numbered in the author's order (nianbao issue 18)", () => {
  it('a heading naming another sub-item than its number is that sub-item', () => {
    // 政府信息管理 left out, so 平台建设 is numbered （三）, 监督保障 （四）.
    const o = readOverview([
      '（一）主动公开情况。本年主动公开信息12条。',
      '（二）依申请公开情况。本年收到申请1件。',
      '（三）政府信息平台建设情况。一是做好平台日常维护。',
      '（四）监督保障情况。列入年度绩效考核。',
    ]);
    expect(o.platforms).toBe('一是做好平台日常维护。');
    expect(o.oversight).toBe('列入年度绩效考核。');
    expect(o.management).toBe('');
  });
  it("a heading with its label's phrases swapped stays its number's sub-item (「政府信息主动公开情况」)", () => {
    // An in-order match of 「政府信息主动公开情况」 shares most with 「政府信息公开平台建设情况」; it is 主动公开.
    const o = readOverview([
      '（一）政府信息主动公开情况。本年我厅累计公开各类信息806条。',
      '（二）政府信息依申请公开情况。本年受理申请5件。',
      '（三）政府信息管理情况。坚持先审后发。',
      '（四）政府信息公开平台建设情况。优化网站栏目。',
    ]);
    expect(o.proactive).toBe('本年我厅累计公开各类信息806条。');
    expect(o.onRequest).toBe('本年受理申请5件。');
    expect(o.platforms).toBe('优化网站栏目。');
  });
  it('a whole part in its own order: platforms first, then management, proactive, on request', () => {
    const o = readOverview([
      '（一）平台建设情况',
      '依托门户网站公开。',
      '（二）政府信息管理情况',
      '落实专人审查。',
      '（三）主动公开情况',
      '主动公开政府信息4条。',
      '（四）依申请公开情况',
      '未收到申请。',
      '（五）监督保障情况',
      '调整领导小组。',
    ]);
    expect(o).toEqual({
      intro: '',
      proactive: '主动公开政府信息4条。',
      onRequest: '未收到申请。',
      management: '落实专人审查。',
      platforms: '依托门户网站公开。',
      oversight: '调整领导小组。',
    });
  });
  it("on one line (a crawler's page), headings glued to their text", () => {
    // 平潭投资促进局 2025: 「（一）平台建设情况2025年,我局…（二)政府信息管理情况一是…」
    const o = readOverview([
      '总述。（一）平台建设情况依托门户网站公开。（二)政府信息管理情况一是落实专人审查。（三）主动公开情况本年主动公开政府信息4条。' +
        '（四）依申请公开情况未收到申请。（五）监督保障情况调整领导小组。',
    ]);
    expect(o).toEqual({
      intro: '总述。',
      proactive: '本年主动公开政府信息4条。',
      onRequest: '未收到申请。',
      management: '一是落实专人审查。',
      platforms: '依托门户网站公开。',
      oversight: '调整领导小组。',
    });
  });
  it('a heading standing alone keeps its own label over a shorter piece of another (「政府信息」)', () => {
    const o = readOverview([
      '（一）主动公开情况',
      '甲。',
      '（二）依申请公开情况',
      '乙。',
      '（三）政府信息管理情况',
      '丙。',
    ]);
    expect(o.management).toBe('丙。');
    expect(o.platforms).toBe('');
  });
  it('headings in other words, or fitting their number as well, keep their number', () => {
    const o = readOverview([
      '（一）责任落实更严格。全年公开信息8条。',
      '（二）工作机制更完善。修订公开指南。',
      '（三）政府信息管理情况。严格审查。',
    ]);
    expect(o.proactive).toContain('全年公开信息8条。');
    expect(o.onRequest).toContain('修订公开指南。');
    expect(o.management).toBe('严格审查。');
  });
});

describe('readOverview', () => {
  it('splits by （一）…（五）, with the text before them as the intro', () => {
    const o = readOverview([
      '总述。',
      '（一）主动公开情况',
      '甲。',
      '（二）依申请公开情况。本年收到申请3件。',
      '（三）政府信息管理',
      '丙。',
    ]);
    expect(o).toEqual({
      intro: '总述。',
      proactive: '甲。',
      onRequest: '本年收到申请3件。',
      management: '丙。',
      platforms: '',
      oversight: '',
    });
  });

  it('a nested or out-of-order marker stays in the text', () => {
    const o = readOverview([
      '（一）主动公开情况',
      '（一）制度建设。甲。',
      '（三）其他措施',
      '乙。',
      '（二）依申请公开情况',
      '丙。',
    ]);
    expect(o.proactive).toBe('（一）制度建设。甲。\n（三）其他措施\n乙。');
    expect(o.onRequest).toBe('丙。');
  });

  it('skips a missing sub-item when the next carries its heading', () => {
    const o = readOverview(['（一）主动公开情况', '甲。', '（三）政府信息管理情况', '丙。']);
    expect([o.proactive, o.onRequest, o.management]).toEqual(['甲。', '', '丙。']);
  });
});

describe('readProblems', () => {
  it.each([
    ['「针对…」', ['问题甲。', '针对上述问题，我们将……'], '问题甲。', '针对上述问题，我们将……'],
    ['「下一步」', ['问题甲。', '下一步，将……'], '问题甲。', '下一步，将……'],
    ['「2023年，…将」', ['2022年，存在问题。', '2023年，我局将……'], '2022年，存在问题。', '2023年，我局将……'],
    ['「２０２３年，…将」', ['问题甲。', '２０２３年，我局将……'], '问题甲。', '２０２３年，我局将……'],
    [
      '「在 2023年的…工作中，…将」',
      ['一是栏目更新慢；二是解读少。', '在 2023年的政务公开工作中，我乡将从两方面改进：一是定人定时更新。'],
      '一是栏目更新慢；二是解读少。',
      '在 2023年的政务公开工作中，我乡将从两方面改进：一是定人定时更新。',
    ],
    [
      '「在2023年…将」 inside one paragraph',
      ['存在的不足是栏目更新慢。在2023年的工作中，本站将落实专人更新。'],
      '存在的不足是栏目更新慢。',
      '在2023年的工作中，本站将落实专人更新。',
    ],
    [
      '「2,023年，…将」 (a thousands separator)',
      ['问题甲。', '2,023年，我局将……'],
      '问题甲。',
      '2,023年，我局将……',
    ],
    [
      '「2023　年，…将」 (an ideographic space before 年)',
      ['问题甲。', '2023\u3000年，我局将……'],
      '问题甲。',
      '2023\u3000年，我局将……',
    ],
    [
      'sub-headings',
      ['（一）存在的主要问题', '问题甲。', '（二）改进情况', '措施乙。'],
      '问题甲。',
      '措施乙。',
    ],
    [
      'inside one paragraph',
      ['问题甲；问题乙。针对上述不足，将……'],
      '问题甲；问题乙。',
      '针对上述不足，将……',
    ],
    [
      '「2023年，…将」 inside one paragraph (a page saved as one line)',
      ['2022年，工作有成绩，但存在不足：一是甲。 2023年，我区将采取以下措施加以改进：一是乙。'],
      '2022年，工作有成绩，但存在不足：一是甲。',
      '2023年，我区将采取以下措施加以改进：一是乙。',
    ],
    [
      '「2020 年，…将」 with a space before 年 inside a line (pypdf / PDFium text of a PDF, 平潭 2019)',
      ['2019 年，工作有进展，但存在不足。', '环节。一是甲。 2020 年，我们将采取以下措施加以改进：（一）乙。'],
      '2019 年，工作有进展，但存在不足。\n环节。一是甲。',
      '2020 年，我们将采取以下措施加以改进：（一）乙。',
    ],
    [
      '「在今后的工作中，…」 inside one paragraph (平潭农业农村局 2024)',
      ['仍存在一些问题和不足。一是甲。在今后的工作中，我们将进一步完善工作机制。'],
      '仍存在一些问题和不足。一是甲。',
      '在今后的工作中，我们将进一步完善工作机制。',
    ],
    ['「接下来，…」', ['问题甲。', '接下来，将……'], '问题甲。', '接下来，将……'],
    [
      '「为…，…将…」 inside one paragraph (its purpose first, 平潭金井片区 2021)',
      ['但也存在一些不足：一是甲。为进一步提升服务水平，我镇将抓好以下两项工作：一是乙。'],
      '但也存在一些不足：一是甲。',
      '为进一步提升服务水平，我镇将抓好以下两项工作：一是乙。',
    ],
  ])('%s', (_name, lines, problems, improvements) => {
    const { texts, warnings } = readProblems(lines);
    expect(texts).toEqual({ problems, improvements });
    expect(warnings).toEqual([]);
  });

  it('splits at 「我局将继续…」 inside a paragraph, not at 「我局将…纳入…」 (将 as 把)', () => {
    expect(
      readProblems(['但仍存在如下问题：一是甲。我局将继续按照要求抓好以下工作：一是乙。']).texts.improvements,
    ).toBe('我局将继续按照要求抓好以下工作：一是乙。');
    expect(readProblems(['虽然去年。我局将公开工作纳入考核，但仍有不足。']).texts.improvements).toBe('');
  });

  it.each([
    ['我区政府办将加强培训，提升业务水平。', '一是公开不及时。'],
    ['我们将进一步规范依申请公开办理流程。', '二是答复不规范。'],
    ['本单位将继续深化政务公开。', '一是甲。'],
    ['我县数据局将持续完善平台功能。', '一是甲。'],
    ['新的一年，我局将围绕中心工作抓好公开。', '一是甲。'],
    ['明年将着力提升政策解读质量。', '一是甲。'],
  ])(
    'splits where a paragraph opens with an organ or 我们 and 将 + a verb of intent: 「%s」',
    (opening, problem) => {
      expect(readProblems([problem, opening]).texts).toEqual({ problems: problem, improvements: opening });
      expect(readProblems([`${problem}${opening}`]).texts).toEqual({
        problems: problem,
        improvements: opening,
      });
    },
  );

  it.each([
    ['后续，区教育局会以问题为导向，逐项整改。', '一是栏目更新不够及时。'],
    ['下步，我委将组织专题培训。', '二是解读形式单一。'],
    ['我们计划采取以下举措：加强队伍建设。', '一是人员不足。'],
    ['本单位拟从三个方面加以改进。', '一是甲。'],
    ['我局打算从制度建设入手。', '一是甲。'],
  ])(
    'splits at a time ahead (后续, 下步) or an organ with a plan (计划/拟/打算): 「%s」',
    (opening, problem) => {
      expect(readProblems([problem, opening]).texts).toEqual({ problems: problem, improvements: opening });
      expect(readProblems([`${problem}${opening}`]).texts).toEqual({
        problems: problem,
        improvements: opening,
      });
    },
  );

  it('does not split at 「计划性」 or 「拟定」, which are no plans of the year ahead', () => {
    expect(readProblems(['一是甲。', '本单位计划性不强，工作较被动。']).texts.improvements).toBe('');
    expect(readProblems(['一是甲。我局拟定的目录不够完善。']).texts.improvements).toBe('');
  });

  it('does not split at an organ with 将 as 把 (「我区政府办将公开工作纳入…」)', () => {
    expect(readProblems(['一是甲。', '我区政府办将公开工作纳入考核，但考核偏软。']).texts.improvements).toBe(
      '',
    );
  });

  it('does not split at a purpose clause that promises nothing (「为…，…」 without 将)', () => {
    const { texts } = readProblems(['为方便群众查阅，我局设置了查阅点，但利用率不高。']);
    expect(texts.improvements).toBe('');
  });

  it('says so when it cannot split', () => {
    const { texts, warnings } = readProblems(['只有问题。']);
    expect(texts).toEqual({ problems: '只有问题。', improvements: '' });
    expect(warnings[0]).toContain('未能区分问题与改进措施');
  });
});

describe('readProblems: improvements printed first', () => {
  it('each sub-item goes where its heading says (last year’s problems’ improvements, then this year’s problems)', () => {
    const { texts, warnings } = readProblems([
      '（一）2023年工作中存在问题的整改情况',
      '针对去年指出的问题，本委逐项整改：一是充实解读力量。',
      '（二）2024年工作中存在的主要问题',
      '一是网站栏目更新仍不够及时；二是依申请答复文书有待规范。',
    ]);
    expect(texts.improvements).toBe('针对去年指出的问题，本委逐项整改：一是充实解读力量。');
    expect(texts.problems).toBe('一是网站栏目更新仍不够及时；二是依申请答复文书有待规范。');
    expect(warnings).toEqual([]);
  });

  it('problems first stays as before', () => {
    const { texts } = readProblems([
      '（一）存在的主要问题',
      '培训不足。',
      '（二）改进情况',
      '明年加强培训。',
    ]);
    expect([texts.problems, texts.improvements]).toEqual(['培训不足。', '明年加强培训。']);
  });
});

describe('readOtherMatters', () => {
  it('strips padded headings up to 「：」', () => {
    const { texts } = readOtherMatters([
      '（一）本年度未收取信息处理费。',
      '（五）本行政机关政府信息公开工作年度报告数据统计需要说明的事项：无。',
    ]);
    expect(texts.processingFees).toBe('本年度未收取信息处理费。');
    expect(texts.statisticsNotes).toBe('无。');
  });

  it('sub-items numbered in the author’s order go to the item their heading names', () => {
    // a template that puts the 工作要点 first and the fee second (both headings in its own words)
    const { texts } = readOtherMatters([
      '（一）贯彻执行年度政务公开工作要点情况',
      '一是围绕镇中心工作充实主动公开内容。',
      '（二）收取信息处理费情况',
      '全年未收取任何信息处理费。',
      '（三）人大代表建议和政协提案办理结果公开情况：承办建议2件，均已公开。',
    ]);
    expect(texts.workPlan).toBe('一是围绕镇中心工作充实主动公开内容。');
    expect(texts.processingFees).toBe('全年未收取任何信息处理费。');
    expect(texts.proposals).toBe('承办建议2件，均已公开。');
    // numbered as the format numbers them, as before
    const same = readOtherMatters(['（一）本年度未收取信息处理费。', '（二）按工作要点逐项落实。']).texts;
    expect([same.processingFees, same.workPlan]).toEqual([
      '本年度未收取信息处理费。',
      '按工作要点逐项落实。',
    ]);
  });

  it('without markers (the 2019 layout) the text goes to 其他事项, with a warning', () => {
    const { texts, warnings } = readOtherMatters(['本年度另有1件申请延期答复，已于次年1月办结。']);
    expect(texts.otherItems).toBe('本年度另有1件申请延期答复，已于次年1月办结。');
    expect(warnings[0]).toContain('未按（一）至（七）分项');
  });

  it.each([
    ['a fee statement alone', ['2023年，本所未收取信息处理费。'], '2023年，本所未收取信息处理费。'],
    [
      'under a label of its own words',
      ['收费情况：全年没有向申请人发出收费通知，未收取任何费用。'],
      '收费情况：全年没有向申请人发出收费通知，未收取任何费用。',
    ],
    ['over two lines', ['本年度信息处理费收取0元，', '减免0元。'], '本年度信息处理费收取0元，\n减免0元。'],
  ])('without markers, %s is （一） 信息处理费收取情况, not 其他事项', (_name, lines, fees) => {
    const { texts, warnings } = readOtherMatters(lines);
    expect(texts.processingFees.replace(/\n/gu, '')).toBe(fees.replace(/\n/gu, ''));
    expect(texts.otherItems).toBe('');
    expect(warnings[0]).toContain('已按内容分到各项');
  });

  it('without markers, a lone sentence on another topic stays in 其他事项', () => {
    const { texts } = readOtherMatters(['本年度办理政协提案2件，均已答复。']);
    expect(texts.otherItems).toBe('本年度办理政协提案2件，均已答复。');
    expect(texts.processingFees).toBe('');
  });

  it('without markers, text before the fee sentence keeps the part in 其他事项', () => {
    const { texts } = readOtherMatters(['我局高度重视政务公开。本年度未收取信息处理费。']);
    expect(texts.otherItems).toContain('未收取信息处理费');
  });

  it.each([
    '无。',
    '无其他需要报告的事项。',
    '本年度无其他需要报告的事项',
    '无其他事项需要报告。',
    '没有其他需要说明的事项。',
    '无其 他需要报告的事项。',
    '本年度无其他事项需说明。',
    '我局无其他需报告的事项。',
    '2023年度无其他需要报告的事项。',
    '本年度没有需要报告的其他事项',
    '本局无其他需要说明的情况',
  ])(
    'a whole part 六 of 「%s」 answers every sub-item 「无」, the sentence kept in 其他事项, with a note',
    (line) => {
      const { texts, warnings } = readOtherMatters([line]);
      expect(texts.otherItems).toBe(line);
      expect(texts.processingFees).toBe('无。');
      expect(texts.statisticsNotes).toBe('无。');
      expect(Object.values(texts).every((t) => t !== '')).toBe(true);
      expect(warnings[0]).toContain('各项均为「无」');
    },
  );

  it('a whole part 六 that says more than 「无」 is not answered 「无」 item by item', () => {
    const { texts } = readOtherMatters(['无其他需要报告的事项，本年度收取信息处理费200元。']);
    expect(texts.processingFees).not.toBe('无。');
  });

  it('a part 六 of running text tells 其他事项 in any wording of 「nothing」 apart from the fee sentence', () => {
    const { texts } = readOtherMatters(['本年度未收取信息处理费。本局无其他需要说明的情况。']);
    expect(texts.processingFees).toBe('本年度未收取信息处理费。');
    expect(texts.otherItems).toBe('本局无其他需要说明的情况。');
  });

  it('「无。」 followed by a paragraph of content is not answered 「无」 item by item', () => {
    const { texts } = readOtherMatters(['无。', '本年度共收到人大代表建议3件，均已按期办结。']);
    expect(texts.processingFees).not.toBe('无。');
    expect(texts.otherItems).toContain('人大代表建议3件');
  });
});

describe('part 一 numbered 「1.」「2、」 or 「（1）」 instead of 「（一）」', () => {
  it('a sub-item heading after an arabic marker starts that sub-item', () => {
    const o = readOverview([
      '总的情况。',
      '1.主动公开',
      '甲。',
      '2、依申请公开情况',
      '乙。',
      '（3）政府信息管理',
      '丙。',
    ]);
    expect([o.intro, o.proactive, o.onRequest, o.management]).toEqual(['总的情况。', '甲。', '乙。', '丙。']);
  });
  it('a list numbered 1. 2. inside a sub-item stays its text', () => {
    const o = readOverview([
      '（一）主动公开情况',
      '1.制度建设。',
      '2.平台建设。',
      '（二）依申请公开情况',
      '乙。',
    ]);
    expect(o.proactive).toBe('1.制度建设。\n2.平台建设。');
    expect(o.onRequest).toBe('乙。');
  });
});

describe('splitSignature', () => {
  it('drops the organ and date at the end and returns the date', () => {
    expect(
      splitSignature(['（七）无。', '', '某某县交通运输局', '2023年1月18日', ''], '某某县交通运输局'),
    ).toEqual({
      lines: ['（七）无。'],
      publishDate: '2023-01-18',
      organ: '某某县交通运输局',
    });
  });
  it('keeps a last line that is text', () => {
    expect(splitSignature(['（七）无。'], '某某县交通运输局').lines).toEqual(['（七）无。']);
  });
  it('the 公开属性 note under the 落款 (「…2025年1月26日（此件主动公开）」) is no text of the report', () => {
    const inline = splitSignature(
      ['六、其他需要报告的事项 本年度无收费。 某某局2025年1月26日（此件主动公开）'],
      '某某局',
    );
    expect(inline.publishDate).toBe('2025-01-26');
    expect(inline.lines.join('')).not.toContain('此件');
    const apart = splitSignature(['（一）无。', '某某局', '2025年1月26日', '（此件主动公开）'], '某某局');
    expect(apart).toEqual({ lines: ['（一）无。'], publishDate: '2025-01-26', organ: '某某局' });
  });
  it('a 落款 run on at the end of one line, its digits full-width (「２０２２年１月７日」)', () => {
    const r = splitSignature(['六、其他需要报告的事项 本年度无收费。 某某局２０２２年１月７日'], '某某局');
    expect(r.publishDate).toBe('2022-01-07');
    expect(r.lines.join('')).not.toContain('２０２２');
  });
});

describe('sub-items inside running text (nianbao issue 18)', () => {
  it('part 六 as one paragraph with （一）…（七）: each sub-item read', () => {
    const { texts, warnings } = readOtherMatters([
      '（一）本年度未收取信息处理费。（二）已按要求落实上级年度政务公开工作要点。（三）本年度承办人大代表建议3件，均已公开。（四）无。（五）无。（六）无。（七）无。',
    ]);
    expect(texts).toEqual({
      processingFees: '本年度未收取信息处理费。',
      workPlan: '已按要求落实上级年度政务公开工作要点。',
      proposals: '本年度承办人大代表建议3件，均已公开。',
      innovation: '无。',
      statisticsNotes: '无。',
      otherItems: '无。',
      specialRequirements: '无。',
    });
    expect(warnings).toEqual([]);
  });

  it('part 六 without markers: cut by what each sentence is about, with a warning', () => {
    const { texts, warnings } = readOtherMatters([
      '本机关本年度未收取信息处理费。认真落实年度政务公开工作要点。本年度未承办人大代表建议和政协提案。',
    ]);
    expect(texts.processingFees).toBe('本机关本年度未收取信息处理费。');
    expect(texts.workPlan).toBe('认真落实年度政务公开工作要点。');
    expect(texts.proposals).toBe('本年度未承办人大代表建议和政协提案。');
    expect(warnings[0]).toContain('已按内容分到各项');
  });

  it('part 一 on one line: sub-items by their headings, the heading cut from its text', () => {
    const o = readOverview([
      '2021年，本机关认真贯彻《条例》。（一）主动公开情况一是做好政策发布。（二）依申请公开情况本年度收到申请3件。（三）政府信息管理情况完善制度。（四）政府信息公开平台建设情况优化网站。（五）监督保障情况加强考核。',
    ]);
    expect(o).toEqual({
      intro: '2021年，本机关认真贯彻《条例》。',
      proactive: '一是做好政策发布。',
      onRequest: '本年度收到申请3件。',
      management: '完善制度。',
      platforms: '优化网站。',
      oversight: '加强考核。',
    });
  });

  it('a nested list inside a sub-item of part 一 stays in its text', () => {
    const o = readOverview([
      '（一）主动公开情况',
      '主要做法：（一）制度建设；（二）平台建设。',
      '（二）依申请公开情况',
      '乙。',
    ]);
    expect(o.proactive).toBe('主要做法：（一）制度建设；（二）平台建设。');
    expect(o.onRequest).toBe('乙。');
  });

  it('a short sentence that restates the heading is text, not a heading', () => {
    const { texts } = readOtherMatters(['（一）无。', '（二）已按要求落实上级年度政务公开工作要点。']);
    expect(texts.workPlan).toBe('已按要求落实上级年度政务公开工作要点。');
  });
});

describe('splitSignature on one line', () => {
  it('a 落款 run on at the end of the last line', () => {
    expect(splitSignature(['（七）无。某某县交通运输局2023年1月18日'], '某某县交通运输局')).toEqual({
      lines: ['（七）无。'],
      publishDate: '2023-01-18',
      organ: '某某县交通运输局',
    });
  });
  it('the signing organ under another name than the title’s', () => {
    expect(
      splitSignature(['（七）无。', '某某区人民政府办公室', '2023年3月18日'], '某某市某某区人民政府').lines,
    ).toEqual(['（七）无。']);
  });
  it('names the signing organ when the title and preamble do not (the organ of the report)', () => {
    expect(splitSignature(['（七）无。某某县交通运输局2023年1月18日'], '').organ).toBe('某某县交通运输局');
    expect(splitSignature(['（七）无。', '2023年1月18日'], '').organ).toBe('');
  });
});

describe('splitSignature with the page footer of a saved or printed portal page', () => {
  it('drops footer lines after the 落款 and still finds the date', () => {
    expect(
      splitSignature(
        ['（七）无。', '杭州市公安局', '2023年1月31日', '', '主办单位：本网站 网站标识码：3300000000'],
        '杭州市公安局',
      ),
    ).toEqual({ lines: ['（七）无。'], publishDate: '2023-01-31', organ: '杭州市公安局' });
  });
  it('drops a footer of several lines, an address line among them', () => {
    const r = splitSignature(
      [
        '（七）无。',
        '某某县交通运输局',
        '2023年1月18日',
        '【打印本页】【关闭窗口】',
        '主办单位：某某县人民政府办公室',
        '地址：某某县人民路1号 邮编：000000',
        '政府网站标识码：0000000000 某ICP备00000000号',
      ],
      '某某县交通运输局',
    );
    expect(r.lines).toEqual(['（七）无。']);
    expect(r.publishDate).toBe('2023-01-18');
  });
  it('cuts a footer run on at the end of a one-line page', () => {
    expect(
      splitSignature(['（七）无。某某县交通运输局2023年1月18日主办单位：某某县人民政府 网站标识码：000'], ''),
    ).toEqual({ lines: ['（七）无。'], publishDate: '2023-01-18', organ: '某某县交通运输局' });
  });
  it('keeps a last sub-item that mentions such words in a sentence', () => {
    const lines = ['（七）本年度对网站版权所有声明进行了更新，技术支持：由本局信息中心负责。'];
    expect(splitSignature(lines, '某某局').lines).toEqual(lines);
  });
});

describe('splitSignature with what a portal or an official document prints after the 落款', () => {
  it('cuts the attachment link 「附件下载」 at the end of a one-line page', () => {
    expect(splitSignature(['（七）无。 某某县交通运输局 2021年1月25日 附件下载'], '')).toEqual({
      lines: ['（七）无。'],
      publishDate: '2021-01-25',
      organ: '某某县交通运输局',
    });
  });
  it('cuts the 版记 「抄送：…印发」 after the 落款; the printing date is not the publish date', () => {
    const line =
      '本年度没有产生信息处理费。 某某县市场监督管理局 2022年1月7日抄送：驻局纪检监察组。某某县市场监督管理局办公室 2022年1月8日印发 附件下载';
    expect(splitSignature([line], '某某县市场监督管理局')).toEqual({
      lines: ['本年度没有产生信息处理费。'],
      publishDate: '2022-01-07',
      organ: '某某县市场监督管理局',
    });
  });
  it('the 版记 on lines of its own', () => {
    const r = splitSignature(
      [
        '（七）无。',
        '某某县市场监督管理局',
        '2022年1月7日',
        '抄送：驻局纪检监察组。',
        '某某县市场监督管理局办公室 2022年1月8日印发',
      ],
      '某某县市场监督管理局',
    );
    expect(r).toMatchObject({ lines: ['（七）无。'], publishDate: '2022-01-07' });
  });
  it('keeps a sentence that ends in 印发 without a record before it', () => {
    const lines = ['（七）本年度制定工作方案一件，于2023年3月1日印发'];
    expect(splitSignature(lines, '某某局').lines).toEqual(lines);
  });
});

describe('readOverview: an item of the author’s own before the format’s (h91, batch E)', () => {
  it('「（一）健全组织体系」 then 「（二）加强主动公开」: each item where its heading’s words say', () => {
    const o = readOverview([
      '（一）健全组织体系。局党组专题研究政务公开工作2次。',
      '（二）加强主动公开。全年通过网站主动公开信息318条。',
      '（三）做好依申请公开。全年受理申请4件，均按时答复。',
      '（四）强化信息管理。落实先审后发。',
    ]);
    // the item of its own is kept, heading and all, ahead of the first (never dropped)
    expect(o.intro).toBe('（一）健全组织体系。局党组专题研究政务公开工作2次。');
    expect(o.proactive).toContain('全年通过网站主动公开信息318条。');
    expect(o.onRequest).toContain('全年受理申请4件，均按时答复。');
    expect(o.management).toContain('落实先审后发。');
    expect(o.platforms).toBe('');
  });

  it('an item of its own between two of the format’s joins the one before it', () => {
    const o = readOverview([
      '（一）主动公开情况',
      '全年公开信息49条。',
      '（二）依申请公开情况',
      '全年受理申请0件。',
      '（三）因政府信息公开工作被申请行政复议、提起行政诉讼情况',
      '全年无行政复议、行政诉讼。',
      '（四）信息管理情况',
      '严格审核流程。',
    ]);
    expect(o.proactive).toBe('全年公开信息49条。');
    expect(o.onRequest).toContain('全年受理申请0件。');
    expect(o.onRequest).toContain('全年无行政复议、行政诉讼。');
    expect(o.management).toBe('严格审核流程。');
  });

  it('a heading with two items’ words (平台 and 保障), or none, keeps its number', () => {
    const o = readOverview([
      '（一）组织推动政务公开工作。成立领导小组。',
      '（二）积极推动政府信息主动公开。累计公开信息521条。',
      '（三）认真规范处理依申请公开。受理申请0件。',
      '（四）不断强化政府信息公开平台内容保障。更新栏目6个。',
    ]);
    expect(o.intro).toContain('成立领导小组。');
    expect(o.proactive).toContain('累计公开信息521条。');
    expect(o.onRequest).toContain('受理申请0件。');
    expect(o.platforms).toContain('更新栏目6个。');
    expect(o.oversight).toBe('');
  });
});

describe('readOverview: 「政府信息」 before a sub-item’s words (h91, batch F)', () => {
  it('「（一）政府信息主动公开成效明显」 is 主动公开’s heading, not cut after 「政府信息」 as 平台建设’s', () => {
    const o = readOverview([
      '现将本年度工作报告如下：',
      '（一）政府信息主动公开成效明显',
      '全年累计主动公开政府信息 212 条。',
      '（二）依申请公开工作规范有序',
      '全年收到申请 3 件。',
    ]);
    expect(o.intro).toBe('现将本年度工作报告如下：');
    expect(o.proactive).toContain('全年累计主动公开政府信息 212 条。');
    expect(o.onRequest).toContain('全年收到申请 3 件。');
    expect(o.platforms).toBe('');
  });
});
