import { describe, expect, it } from 'vitest';
import { findNarrativeCounts, type NarrativeMetric } from './narrative-counts';

const found = (text: string) => findNarrativeCounts(text).map((c) => [c.metric, c.value] as const);

describe('findNarrativeCounts', () => {
  it.each<[string, [NarrativeMetric, number][]]>([
    ['共收到依申请公开件23件', [['received', 23]]],
    ['受理政府信息公开申请二十三件', [['received', 23]]],
    ['本年新收政府信息公开申请一百零五件', [['received', 105]]],
    ['全年接到申请两件', [['received', 2]]],
    ['共收到政府信息公开申请２３件', [['received', 23]]],
    ['全年共受理政府信息公开申请3,119件', [['received', 3119]]],
    // half-width commas end clauses as full-width ones do
    ['上年度共受理政府信息公开申请75件,本年度受理申请95件', [['received', 95]]],
    [
      '受理申请3,119件,办结3,050件',
      [
        ['received', 3119],
        ['handled', 3050],
      ],
    ],
    ['办结23件', [['handled', 23]]],
    ['已全部答复21件', [['handled', 21]]],
    // a kind of result (「公开答复」「不予公开答复」), not the count of replies
    [
      '办结依申请2件，其中公开答复1件，无法提供1件',
      [
        ['handled', 2],
        ['unavailable', 1],
      ],
    ],
    ['不予公开答复3件', [['withheld', 3]]],
    // 「答复」 after a result group in its clause is that group's reply, not all replies
    ['因无法提供相关信息答复2件', [['unavailable', 2]]],
    [
      '给予同意公开答复 1 件，不予公开答复3件，其他处理2件，不予处理1件',
      [
        ['withheld', 3],
        ['otherHandling', 2],
        ['notProcessed', 1],
      ],
    ],
    ['对上级转来的协助调查件无法提供1件', []],
    ['不予公开22条', []],
    [
      '共收到并答复申请23件',
      [
        ['received', 23],
        ['handled', 23],
      ],
    ],
    [
      '收到申请25件，办结23件，结转下年度办理2件',
      [
        ['received', 25],
        ['handled', 23],
        ['carriedForward', 2],
      ],
    ],
    ['结转下年度办理2件', [['carriedForward', 2]]],
    // applications counted in 条 where 申请 names them; information items in 条 are not applications
    ['共收到政府信息公开申请3条', [['received', 3]]],
    ['收到政府信息公开申请0条，办结0条', [['received', 0]]],
    ['共制发政府信息349条，其中，主动公开政府信息124条、依申请公开173条', []],
    ['收到群众留言12条', []],
    ['收到信息350条', []],
    ['予以公开及部分公开258件，占33.9%', [['grantedAndPartial', 258]]],
    [
      '予以公开12件，部分公开3件，不予公开1件',
      [
        ['granted', 12],
        ['partiallyGranted', 3],
        ['withheld', 1],
      ],
    ],
    ['对上级协助调查件予以公开2件', []],
    ['上年结转3件', [['carriedOver', 3]]],
    ['结转上年度政府信息公开申请1件，因申请人无正当理由逾期不补正，不再处理', [['carriedOver', 1]]],
    ['上一年度结转的申请3件已全部办结', [['carriedOver', 3]]],
    ['发生行政复议1起', [['reconsideration', 1]]],
    ['因政府信息公开引发行政诉讼2件', [['litigation', 2]]],
    [
      '行政复议、行政诉讼各1起',
      [
        ['reconsideration', 1],
        ['litigation', 1],
      ],
    ],
    ['现行有效的规范性文件19件', [['normativeInForce', 19]]],
    // every organ of the city, not the report's own table (曲阜 2021)
    ['重新整理全市现行有效的规范性文件19件，在专栏统一发布', []],
    ['全县各部门现行有效的规范性文件共120件', []],
    ['依托全市统一平台公开现行有效的规范性文件12件', [['normativeInForce', 12]]],
    ['现行有效规章3件', [['regulationsInForce', 3]]],
    // an item of the list its sentence began with one kind (平潭管委会办公室 2022)
    ['建成规范性文件库，本年度制发规范性文件34件，现行有效件数424件', [['normativeInForce', 424]]],
    ['制定规章2件，其中现行有效的5件', [['regulationsInForce', 5]]],
    // the applications named with no verb (helper-66's probe, wordings of other organs)
    ['本年度政府信息公开申请数量为95件', [['applications', 95]]],
    ['全年依申请公开件数九十五件', [['applications', 95]]],
    ['依申请公开95宗', [['applications', 95]]],
    ['受理依申请公开98宗', [['received', 98]]],
    ['全年共有95件政府信息公开申请，均已答复', [['applications', 95]]],
    // after a verb the noun is the verb's object, not a second subject
    ['办结依申请公开81件', [['handled', 81]]],
    ['结转上年度政府信息公开申请1件', [['carriedOver', 1]]],
    ['上年结转的3件政府信息公开申请已全部办结', [['carriedOver', 3]]],
    ['上年度结转至本年度的申请3件', [['carriedOver', 3]]],
    ['上年度受理申请75件，本年度受理申请95件', [['received', 95]]],
    ['共受理依申请公开事项95件', [['received', 95]]],
    ['收到涉及行政许可的政府信息公开申请5件', [['received', 5]]],
    // many organs together, then the organ itself
    ['全市各级行政机关共收到政府信息公开申请300件，本机关收到95件', [['received', 95]]],
    ['全年新增政府信息公开申请95件', [['applications', 95]]],
    ['共处理政府信息公开申请95件', [['applications', 95]]],
    ['结转至2026年6件', [['carriedForward', 6]]],
    // a bare 结转 may be either year's
    ['新收95件，结转3件', [['received', 95]]],
    ['被申请行政复议2件，其中被纠错1件', [['reconsideration', 2]]],
    [
      '新收95件，上年结转3件，办结98件',
      [
        ['received', 95],
        ['carriedOver', 3],
        ['handled', 98],
      ],
    ],
    // parts are not totals: after 其中/含, or said of one channel or timing
    ['受理政府信息公开申请95件，其中通过网上受理48件，当面受理47件', [['received', 95]]],
    ['受理政府信息公开申请95件（其中网上受理48件）', [['received', 95]]],
    ['本年度答复政府信息公开申请95件，其中延期答复3件', [['handled', 95]]],
    [
      '共收到政府信息公开申请98件（含上年度结转3件）',
      [
        ['received', 98],
        ['carriedOver', 3],
      ],
    ],
    [
      '办结95件，其中予以公开50件',
      [
        ['handled', 95],
        ['granted', 50],
      ],
    ],
    // a clause that names nothing speaks of what its sentence named last
    [
      '收到群众来信2件，收到政府信息公开申请95件，办结95件',
      [
        ['received', 95],
        ['handled', 95],
      ],
    ],
  ])('「%s」', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    '上级信息公开协助调查件8件',
    '全年共召开政府常务会议24次',
    '收到上级转办协助调查件8件',
    '办结人大代表建议12件、政协提案5件',
    '共收到政府信息公开申请20余件',
    '共收到政府信息公开申请近30件',
    '共收到政府信息公开申请50件左右',
    '受理申请 3 119 件',
    '全年收到的政府信息公开申请中,有40件通过网络提交',
    '全年共有3 119件政府信息公开申请',
    '未收到因答复不当导致的行政复议或行政诉讼',
    '全部依法依规按时答复',
    '本年度共印发“曲政发”文件8件',
    '收到咨询留言35件',
    '现行有效件数11件',
    // the list's kind does not reach past its sentence, nor a clause naming a jurisdiction
    '本年度制发规范性文件3件。现行有效件数11件',
    '制发规范性文件3件，全区现行有效件数11件',
    '全年共举办节目50余期',
    '办理完毕的申请全部归档，共计归档卷宗一百余卷',
    // other business counted in 件, and the bare clauses after it
    '全年受理行政许可申请9487件，办结9480件',
    '依托政府信息公开平台，全年受理行政许可申请9487件',
    '受理各类投诉举报560件，办结550件，答复率100%',
    '办理行政处罚案件15件，办结12件',
    '全年受理政务服务事项申请5万余件',
    '受理网络问政182件',
    // parts without a total in their sentence
    '网上受理48件，当面受理47件',
    '按期答复95件，延期答复2件',
    // a count before the applications that is not their number
    '对其中3件政府信息公开申请予以公开',
    '约30件政府信息公开申请涉及征收',
    '认真对待每一件政府信息公开申请',
    // another year, or a change
    '上年度共受理政府信息公开申请75件',
    '比上年多受理12件',
    '同比增加受理申请12件',
    // parts of an appeal, of the year, 分别
    '行政复议被纠错0件，行政诉讼被纠错0件',
    '行政复议维持1件，纠错1件',
    '行政复议结果维持72件',
    '一、二季度分别受理申请47件、48件',
    '上半年收到申请40件',
    '线上受理48件，线下受理47件',
    '全市各级行政机关共收到政府信息公开申请300件，办结298件',
    '依申请公开一件一档，全程留痕',
    // dates, document numbers, rates
    '2023年1月起实行申请登记制度，依据〔2023〕5号文件办理',
    '政府信息公开申请办结率100%，满意率98.5%',
    '依申请公开2023年度工作情况',
  ])('finds nothing in 「%s」', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('reads the fixture sentence without the 协助调查件', () => {
    const text =
      '本年度曲阜市政府和曲阜市政府办公室共收到依申请公开件23件，上级信息公开协助调查件8件，全部依法依规按时答复，未收到因答复不当导致的行政复议或行政诉讼。同时不断完善工作流程。';
    const counts = findNarrativeCounts(text);
    expect(counts.map((c) => [c.metric, c.value])).toEqual([['received', 23]]);
    const c = counts[0]!;
    expect(text.slice(c.start, c.end)).toBe('23件');
    expect(c.sentence.startsWith('本年度')).toBe(true);
    expect(c.sentence.endsWith('行政诉讼')).toBe(true);
    expect(c.clause).toBe('本年度曲阜市政府和曲阜市政府办公室共收到依申请公开件23件');
  });
});

describe('counts split by a line break (PDF text, nianbao issue 18)', () => {
  it('a line break inside a sentence does not hide the count', () => {
    const found = findNarrativeCounts('全年受理政府\n信息公开申请 17 件，办结\n16件。');
    expect(found.map((c) => [c.metric, c.value])).toEqual([
      ['received', 17],
      ['handled', 16],
    ]);
  });
  it('a break after a sentence or before a list item still ends the clause', () => {
    expect(findNarrativeCounts('本年度受理。\n其他文件23件').map((c) => c.metric)).toEqual([]);
    expect(findNarrativeCounts('一是收到\n（二）申请5件').map((c) => c.metric)).toEqual([]);
  });
});
