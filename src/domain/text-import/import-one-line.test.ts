// A web page saved by a crawler (nianbao issue 18): page metadata lines, then the whole report on
// one line — headings, paragraphs and table cells run together. Built from the fixture itself.
import { describe, expect, it } from 'vitest';
import { auditTexts } from '../audit/audit-reports';
import expected from '../fixtures/qufu-2021.expected.json';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { PART_KEYS, PART_TITLES } from '../report/labels';
import { importPublishedText } from './import-text';
import { isolateInlineHeadings } from './inline-headings';
import { splitPageMeta } from './page-meta';
import { expectFixtureNumbers } from './test-expect';
import { oneLine } from './test-transforms';

/** The format's six part headings, in order (labels.ts). */
const SIX_HEADINGS = PART_KEYS.map((k) => PART_TITLES[k]);

const META = [
  '标题:平潭综合实验区某某局2021年政府信息公开工作年度报告',
  '发布时间:2022-01-20 10:23:00',
  '文号: ',
  '发布机构: ',
  '栏目:政府信息公开年报',
  '原文链接:https://www.pingtan.gov.cn/zwgk/art/2022/1/20/art_1_1.html',
];

describe('page metadata', () => {
  it('is set aside: the title kept, the URL never the website', () => {
    const { meta, text } = splitPageMeta(`${META.join('\n')}\n正文`);
    expect(meta.title).toBe('平潭综合实验区某某局2021年政府信息公开工作年度报告');
    expect(meta.url).toMatch(/^https:\/\/www\.pingtan/u);
    expect(text.trim()).toBe('正文');
  });
  it('gives the year when only the 标题 line states it, in Chinese numerals (「二〇二二年」)', () => {
    const page = [
      '标题: 平潭综合实验区某某局二〇二二年政府信息公开工作年度报告',
      '发布时间: 2023-01-09 19:52',
    ];
    const body = '一、总体情况 本局认真贯彻落实《中华人民共和国政府信息公开条例》。二、主动公开政府信息情况';
    const r = importPublishedText(`${page.join('\n')}\n${body}`);
    expect(r.draft.meta.year).toBe(2022);
    expect(r.draft.meta.agencyName).toBe('平潭综合实验区某某局');
  });
  // helper-73: page furniture run into the title on one line (breadcrumb, article info), seen on
  // pages of 街道 and 乡 portals; the organ is where the page's 「标题」 puts it.
  const body =
    '2021年政府信息公开工作年度报告发布时间:2022-01-24 来源:本街 一、总体情况 2021年，本街道认真贯彻落实《条例》。二、主动公开政府信息情况';
  it.each([
    [
      'a breadcrumb whose last item runs into the organ',
      '智能问答当前位置: 首页 > 政务公开 > 区政府信息公开年报 > 镇街',
    ],
    ['an article info line whose source runs into the organ', '发布时间:2022-01-24 09:30 信息来源:某某街道'],
  ])('the organ the 标题 line names, not %s', (_what, furniture) => {
    const organ = '某某市某某区人民政府某某街道办事处';
    const page = [`标题:${organ}2021年政府信息公开工作年度报告`, '发布时间:2022-01-20 10:23:00', '文号: '];
    const r = importPublishedText(`${page.join('\n')}\n${furniture}${organ}${body}`);
    expect([r.draft.meta.agencyName, r.draft.meta.year]).toEqual([organ, 2021]);
  });
  it('without a 标题 line: what follows the breadcrumb’s last 「>」; a title without 「工作」', () => {
    const line = `当前页面:首页> 政务公开> 乡镇信息公开年度报告>某某县某某镇2023年政府信息公开年度报告(2024年3月26日)编制说明:本年度报告根据条例编制。一、总体情况 2023年，我镇认真推进公开工作。二、主动公开政府信息情况`;
    const r = importPublishedText(line);
    expect([r.draft.meta.agencyName, r.draft.meta.year]).toEqual(['某某县某某镇', 2023]);
  });
  it('a report that starts with ordinary text keeps it', () => {
    expect(splitPageMeta('标题党不是元数据：正文').text).toBe('标题党不是元数据：正文');
  });
});

describe('part headings anywhere in a line', () => {
  it('puts each heading on a line of its own, in order, ignoring table rows that look alike', () => {
    const text = isolateInlineHeadings(oneLine(qufuText));
    const headings = text.split('\n').filter((l) => /^[一二三四五六]、/u.test(l) && l.length < 30);
    expect(headings).toEqual(SIX_HEADINGS);
  });
  // helper-73: a heading run into its first words on a short line (a short paragraph, a PDF's wrapped
  // line) was neither a line of its own nor in a long line: part 一 unfound, its text lost.
  const tables = [
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
    '规章\t1\t0\t3',
  ];
  it.each([
    ['a full stop', '一、总体情况。本乡2023年度公开工作报告如下。', '本乡2023年度公开工作报告如下。'],
    [
      'a space, the paragraph wrapped',
      '一、总体情况 依据《条例》的规定，现将本乡',
      '依据《条例》的规定，现将本乡',
    ],
  ])('…after %s: heading and words on lines of their own, part 一 read', (_what, first, words) => {
    const text = ['某某县某某乡2023年政府信息公开工作年度报告', first, '全年公开信息31条。', ...tables].join(
      '\n',
    );
    expect(isolateInlineHeadings(text).split('\n').slice(1, 3)).toEqual([first.slice(0, 6), words]);
    const r = importPublishedText(text);
    expect(r.summary.partsMissing).not.toContain('overview');
    expect(r.draft.overview.intro).toContain(words);
  });
  it('…in the middle of a short line, after a sentence and a space (a one-line page wrapped at a PDF’s width)', () => {
    const text = [
      '根据《条例》要求，现发布《某某县某某镇2023年政府信息公开工作年度报告》。报告中所列数据统',
      '计期限为2023年1月1日到12月31日。 一、总体情况 2023年，我镇强化政府信息公开',
      '工作组织领导，全年公开信息31条。',
      ...tables,
    ].join('\n');
    expect(isolateInlineHeadings(text).split('\n').slice(1, 4)).toEqual([
      '计期限为2023年1月1日到12月31日。',
      '一、总体情况',
      '2023年，我镇强化政府信息公开',
    ]);
    const r = importPublishedText(text);
    expect([r.draft.meta.agencyName, r.draft.meta.year]).toEqual(['某某县某某镇', 2023]);
    expect(r.draft.overview.intro).toContain('全年公开信息31条');
    // a list of the parts after a colon is no heading (below); nor one not after a sentence's end
    const listed = '本报告分为六个部分：一、总体情况，二、主动公开政府信息情况。';
    expect(isolateInlineHeadings(listed)).toBe(listed);
    const mid = '我镇在 一、总体情况 中说明';
    expect(isolateInlineHeadings(mid)).toBe(mid);
  });
  it('the parts headed 「二、行政机关主动公开…」「三、行政机关收到和处理…」 (older wording) on a one-line page', () => {
    const text =
      '一、总体情况2020年，某某区医疗保障局扎实推进政府信息公开工作。二、行政机关主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章 0 0 0 行政规范性文件 0 0 3 三、行政机关收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）申请人情况自然人法人或其他组织总计商业企业科研机构社会公益组织法律服务机构其他一、本年新收政府信息公开申请数量 2 0 0 0 0 0 2 二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0';
    const r = importPublishedText(text);
    expect(r.summary.partsMissing).not.toContain('proactive');
    expect(r.summary.partsMissing).not.toContain('applications');
    expect(r.draft.proactive.normativeDocuments.inForce).toBe('3');
    expect(r.draft.applications.newReceived.natural).toBe('2');
  });
  it('a row of part 三 opening on its own numeral (「二、上年结转…」) is no heading run into words', () => {
    const text = [
      '一、总体情况',
      '全年公开信息31条。',
      '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
    ].join('\n');
    expect(isolateInlineHeadings(text)).toBe(text);
  });
});

describe('a list of the six parts in a sentence (「本报告分为六个部分：一、总体情况，二、…」) is no heading', () => {
  const LIST =
    '本报告分为六个部分：一、总体情况，二、主动公开政府信息情况，三、收到和处理政府信息公开申请情况，四、政府信息公开行政复议、行政诉讼情况，五、存在的主要问题及改进措施，六、其他需要报告的事项。';

  it('in a preamble whose headings have lines of their own: the line stays whole, the period gives the year', () => {
    const text = [
      `本年度报告根据《中华人民共和国政府信息公开条例》要求进行公开。${LIST}本年报中所列数据的统计期限自2024年1月1日起至2024年12月31日止。`,
      '一、总体情况',
      '（一）主动公开情况',
      '2024年，某某乡主动公开政府信息12条。',
      '二、主动公开政府信息情况',
    ].join('\n');
    expect(isolateInlineHeadings(text)).toBe(text);
    const r = importPublishedText(text);
    expect(r.draft.meta.year).toBe(2024);
    expect(r.draft.overview.proactive).toContain('主动公开政府信息12条');
  });

  it('wrapped at a narrow PDF page, a line opening on 「四、…情况,五、…」: the list, no heading', () => {
    const text = [
      '本年度报告根据《条例》要求进行公开。本报告分为六个部分:一、总体情况,二',
      '、主动公开政府信息情况,三、收到和处理政府信息公开申请情况,',
      '四、政府信息公开行政复议、行政诉讼情况,五、存在的主要问题',
      '及改进措施,六、其他需要报告的事项。本年报中所列数据的统计',
      '期限自2024年1月1日起至2024年12月31日止。',
      '一、总体情况',
      '2024年,某某乡主动公开政府信息12条。',
      '二、主动公开政府信息情况',
    ].join('\n');
    expect(isolateInlineHeadings(text)).toBe(text);
    const r = importPublishedText(text);
    expect(r.summary.partsMissing).not.toContain('overview');
    expect(r.draft.meta.year).toBe(2024);
  });

  it('on a page saved as one line: the headings after the list are found, each once', () => {
    const line = oneLine(qufuText).replace('一、总体情况', `${LIST}一、总体情况`);
    const lines = isolateInlineHeadings(line).split('\n');
    expect(lines.filter((l) => /^[一二三四五六]、/u.test(l) && l.length < 30)).toEqual(SIX_HEADINGS);
    expect(lines.some((l) => l.includes(LIST))).toBe(true);
  });
});

describe('part headings numbered on from their own after a part of the author’s (seven parts)', () => {
  // 「二、工作要点落实情况」 put before the format's part 二: every later heading one numeral on.
  const shifted = () => {
    let line = oneLine(qufuText);
    for (const [from, to] of [
      ['六、其他需要报告的事项', '七、其他需要报告的事项'],
      ['五、存在的主要问题及改进情况', '六、存在的主要问题及改进情况'],
      ['四、政府信息公开行政复议、行政诉讼情况', '五、政府信息公开行政复议、行政诉讼情况'],
      ['三、收到和处理政府信息公开申请情况', '四、收到和处理政府信息公开申请情况'],
      ['二、主动公开政府信息情况', '二、工作要点落实情况 本年度按要点逐项落实。三、主动公开政府信息情况'],
    ] as const)
      line = line.replace(from, to);
    return line;
  };

  it('finds each part by its whole title, whatever its numeral', () => {
    const headings = isolateInlineHeadings(shifted())
      .split('\n')
      .filter((l) => /^[一二三四五六七]、/u.test(l) && l.length < 30);
    expect(headings).toEqual([
      '一、总体情况',
      '三、主动公开政府信息情况',
      '四、收到和处理政府信息公开申请情况',
      '五、政府信息公开行政复议、行政诉讼情况',
      '六、存在的主要问题及改进情况',
      '七、其他需要报告的事项',
    ]);
  });

  it('reads the tables as in the six-part report', () => {
    const r = importPublishedText(shifted());
    expect(r.summary.partsMissing).toEqual([]);
    expect(r.draft.applications.newReceived.natural).toBe('23');
    expect(r.draft.applications.unavailableNotHeld.natural).toBe('19');
    expect(r.summary.totalMismatches).toEqual([]);
  });

  it('never takes a heading by a numeral before its own (「二、收到和处理…」 in part 一 stays text)', () => {
    const line = oneLine(qufuText).replace(
      '一、总体情况',
      '一、总体情况 二、收到和处理政府信息公开申请情况的说明见后。',
    );
    const headings = isolateInlineHeadings(line)
      .split('\n')
      .filter((l) => /^[一二三四五六七]、/u.test(l) && l.length < 30);
    expect(headings[1]).toBe('二、主动公开政府信息情况');
  });
});

describe('part 一 in the author’s words on a one-line page needs part 二’s heading after it', () => {
  const headingsOf = (line: string) =>
    isolateInlineHeadings(line)
      .split('\n')
      .filter((l) => /^[一二三四五六七]、/u.test(l) && l.length < 30);
  // 「一、」 of part 一's own list of measures stand before the heading it needs (each looked for it).
  const measures = Array.from({ length: 20 }, (_, i) => `一、措施${i}落实到位。`).join('');
  const page = (two: string) =>
    oneLine(qufuText)
      .replace('一、总体情况', `一、年度工作核心成效（一）公开情况。${measures}`)
      .replace('二、主动公开政府信息情况', two);

  it('authored title before 「（一）」: taken with 「二、主动公开…」 further on', () => {
    expect(headingsOf(page('二、主动公开政府信息情况'))[0]).toBe('一、年度工作核心成效');
  });
  it('not without it (the format’s part 二 worded otherwise, its 主动公开 too far from 「二、」)', () => {
    expect(headingsOf(page('二、本机关本年度全部主动公开信息情况'))[0]).not.toBe('一、年度工作核心成效');
  });
  it('in content words (「一、基本情况 2021年，…」) with 「二、」 and a few words before 主动公开 further on', () => {
    const line = oneLine(qufuText)
      .replace('一、总体情况', `一、基本情况 ${measures}`)
      .replace('二、主动公开政府信息情况', '二、政府主动公开情况');
    expect(headingsOf(line)[0]).toBe('一、基本情况');
    const far = line.replace('二、政府主动公开情况', '二、本机关本年度全部信息主动公开情况');
    expect(headingsOf(far)[0]).not.toBe('一、基本情况');
  });
});

describe('part 一 run on into its title with no 「、」 after a sentence (「…联系。一总体情况2020年，…」)', () => {
  it('is found by its own title', () => {
    const line = oneLine(qufuText).replace('一、总体情况', '一总体情况');
    expect(isolateInlineHeadings(line).split('\n')).toContain('一总体情况');
    expect(importPublishedText(line).summary.partsMissing).toEqual([]);
  });

  it('a numeral inside a word stays text (「统一总体情况」 is no heading)', () => {
    const line = oneLine(qufuText).replace('一、总体情况', '一、总体情况 我局统一总体情况的口径。');
    expect(
      isolateInlineHeadings(line)
        .split('\n')
        .filter((l) => l.endsWith('总体情况')),
    ).toEqual(['一、总体情况']);
  });
});

describe('part headings anywhere in a line, in the wordings real reports use', () => {
  it.each([
    ['五、政府信息公开工作存在的主要问题及改进情况'],
    ['五、存在问题及改进情况'],
    // 平潭综合实验区公安局 2024
    ['五、存在的主要问题及明年工作计划'],
    // 平潭综合实验区海坛片区管理局 2024
    ['五、存在的主要问题及改进措施'],
  ])('「%s」', (heading) => {
    const text = isolateInlineHeadings(oneLine(qufuText).replace('五、存在的主要问题及改进情况', heading));
    expect(text.split('\n')).toContain(heading);
  });

  it('「一、概述」 (the 2019 template’s word for part 一) heads part 一', () => {
    const line = oneLine(qufuText).replace('一、总体情况', '一、概述');
    expect(isolateInlineHeadings(line).split('\n')).toContain('一、概述');
    expect(importPublishedText(line).summary.partsMissing).toEqual([]);
  });
});

describe('a page saved as one line whose blank cells left nothing (zeros printed blank)', () => {
  const text = `${META.join('\n')}\n${oneLine(qufuText, ' ', true)}`;
  const r = importPublishedText(text);
  it('a row whose numbers add up to its last (总计) is left unread: which column each is in is unknown', () => {
    expect(text).toContain('一、本年新收政府信息公开申请数量 23 23 二、上年结转');
    expect(r.draft.applications.newReceived.natural).toBe('');
    const u = r.summary.unread.find((x) => x.cell.startsWith('applications.newReceived.'));
    expect(u?.reason).toMatch(/原文的空白单元格未留位置，无法确定各数所在的栏/u);
    expect(r.summary.runTogether.filter((x) => x.part === 'applications')).toEqual([]);
  });
  it('批量审核 says the cells are unread, not that the printed totals disagree', () => {
    const findings = auditTexts([text], new Date(2026, 0, 15))[0]!.findings;
    expect(findings.filter((f) => f.id.startsWith('import:total'))).toEqual([]);
  });
});

describe('the fixture saved as one line', () => {
  const line = oneLine(qufuText);
  const r = importPublishedText(`${META.join('\n')}\n${line}`);

  it('is one line of thousands of characters', () => {
    expect(line).not.toContain('\n');
    expect(line.length).toBeGreaterThan(3000);
    expect(line).toContain('一、本年新收政府信息公开申请数量230000023二、上年结转');
  });

  it('finds all six parts and reads part 三 and 四 exactly (split by the identities)', () => {
    expect(r.summary.partsMissing).toEqual([]);
    expect(
      r.summary.runTogether.filter((x) => x.part !== 'proactive').every((x) => x.status === 'read'),
    ).toBe(true);
    expect(r.draft.applications.newReceived.natural).toBe('23');
    expect(r.draft.applications.unavailableNotHeld.natural).toBe('19');
    expect(r.summary.totalMismatches).toEqual([]);
  });

  it('meta from the report text, not from the page: the organ as the text gives it, no URL as website', () => {
    expect(r.draft.meta).toMatchObject({
      agencyName: expected.meta.agencyName,
      year: 2021,
      website: expected.meta.website,
      contactAddress: expected.meta.contactAddress,
      contactPhone: expected.meta.contactPhone,
    });
  });

  it('sub-items of parts 一 and 六 found inside the line', () => {
    expect(r.draft.overview.proactive).toMatch(/^一是持续做好政策发布工作。/u);
    expect(r.draft.overview.onRequest).toMatch(/^本年度曲阜市政府和曲阜市政府办公室共收到依申请公开件23件/u);
    expect(r.draft.otherMatters.proposals).toBe('市政府办公室2021年度未收到人大代表建议和政协提案。');
    expect(r.draft.otherMatters.statisticsNotes).toBe('无。');
  });

  it('with spaces between cells every number is read', () => {
    const spaced = importPublishedText(`${META.join('\n')}\n${oneLine(qufuText, ' ')}`);
    expectFixtureNumbers(spaced);
    expect(spaced.summary.unread).toEqual([]);
  });

  it('a report that does not state its organ or website: the organ from 标题 (cleaned), no website', () => {
    const bare = line
      .replace(/^曲阜市人民政府办公室2021年政府信息公开工作年度报告/u, '')
      .replace('本报告由曲阜市人民政府办公室按照', '本报告按照')
      .replace('（www.qufu.gov.vn）', '');
    const b = importPublishedText(`${META.join('\n')}\n${bare}`);
    expect(b.draft.meta.agencyName).toBe('平潭综合实验区某某局');
    expect(b.draft.meta.year).toBe(2021);
    expect(b.draft.meta.website).toBe('');
    expect(b.summary.unreadFields).toContainEqual(expect.objectContaining({ field: 'meta.website' }));
  });
});

describe('a 落款 one character off the page title’s organ (平潭综合实验区财政金融局 2022: 「…财政全融局」)', () => {
  const body = qufuText
    .replace(/^[\s\S]*?(?=本报告由)/u, '')
    .replace('本报告由曲阜市人民政府办公室按照', '本报告按照')
    .replace('要求编制。', '要求编制。如有疑问，请与平潭综合实验区某某局办公室联系。');
  const read = (signature: string) =>
    importPublishedText(`${META.join('\n')}\n${body}\n${signature}\n2022年1月4日`).draft.meta.agencyName;
  it('keeps the title’s spelling, which the preamble uses', () => {
    expect(read('平潭综合实验区某甲局')).toBe('平潭综合实验区某某局');
  });
  it('a 落款 that names another organ still names the report (the title may name only the place)', () => {
    expect(read('平潭综合实验区另外一局')).toBe('平潭综合实验区另外一局');
  });
});

describe('part 一 headings worded 「…方面」', () => {
  // 「方面」 closes a heading cut at its label's words: it was left at the start of the sub-item's text.
  const overview = {
    intro: '2024年，本镇持续推进政务公开。',
    proactive: '本年主动公开信息36条。',
    onRequest: '本年收到申请2件，均已答复。',
    management: '落实发布前审核。',
    platforms: '维护好镇政府网站专栏。',
    oversight: '开展季度检查。',
  };
  const headed = [
    '（一）主动公开方面',
    '（二）依申请公开工作方面',
    '（三）政府信息管理方面',
    '（四）政府信息公开平台建设方面',
    '（五）监督保障方面',
  ];
  const texts = [
    overview.proactive,
    overview.onRequest,
    overview.management,
    overview.platforms,
    overview.oversight,
  ];
  const report = (part1: string) =>
    `青山镇人民政府2024年政府信息公开工作年度报告\n一、总体情况\n${overview.intro}\n${part1}\n二、主动公开政府信息情况\n`;
  it('on their own lines', () => {
    const lines = headed.flatMap((h, i) => [h, texts[i]!]).join('\n');
    expect(importPublishedText(report(lines)).draft.overview).toEqual(overview);
  });
  it('run into their text, with or without a mark after them', () => {
    const marks = ['。', ' ', '', '：', '。'];
    const line = headed.map((h, i) => `${h}${marks[i]}${texts[i]}`).join('');
    expect(importPublishedText(report(line)).draft.overview).toEqual(overview);
  });
  // Words of the author's own in the title (「载体」「阵地」): half of it is still the label's.
  const own = [
    '（一）信息主动公开方面',
    '（二）依申请公开方面',
    '（三）信息管理规范方面',
    '（四）平台载体建设方面',
    '（五）监督保障方面',
  ];
  it('in the author’s own words, on their own lines and run into their text after 「。」', () => {
    const lines = own.flatMap((h, i) => [`${h}。${texts[i]}`]).join('\n');
    expect(importPublishedText(report(lines)).draft.overview).toEqual(overview);
    const line = own.map((h, i) => `${h}。${texts[i]}`).join('');
    expect(importPublishedText(report(line)).draft.overview).toEqual(overview);
  });
  it('a sentence about an aspect is no heading', () => {
    const line = `（一）主动公开方面。${texts[0]}（二）依申请公开方面。${texts[1]}（三）政府信息管理方面。${texts[2]}（四）平台建设方面。${texts[3]}本镇在宣传阵地方面，投入较少。（五）监督保障方面。${texts[4]}`;
    expect(importPublishedText(report(line)).draft.overview.platforms).toBe(
      `${texts[3]}本镇在宣传阵地方面，投入较少。`,
    );
  });
});

describe('part 一 sub-items under short headings of the author’s, each ended by its mark, on a one-line page', () => {
  const overview = {
    intro: '',
    proactive: '门户网站发布信息61条。',
    onRequest: '办理申请3件，均按期答复。',
    management: '严格执行三级审核。',
    platforms: '升级政务公开专栏。',
    oversight: '开展年度考核。',
  };
  const headings = [
    '（一）主动公开',
    '（二）依申请公开',
    '（三）信息管理',
    '（四）平台建设',
    '（五）监督保障',
  ];
  const texts = Object.values(overview).slice(1);
  const page = (items: string) =>
    `某某区水务局2023年政府信息公开工作年度报告 一、总体情况 ${items} 二、主动公开政府信息情况 第二十条第（一）项`;

  it('after 「。」 or 「：」: each its own item, none merged into the one before', () => {
    const marks = ['。', '：', '。', '。', '：'];
    const items = headings.map((h, i) => `${h}${marks[i]}${texts[i]}`).join(' ');
    expect(importPublishedText(page(items)).draft.overview).toEqual(overview);
  });

  it('a sentence opening on the label’s words and a comma stays in the item before', () => {
    const items = `${headings[0]}。${texts[0]}${headings[1]}。${texts[1]}（三）信息管理，本年度仍需加强。`;
    expect(importPublishedText(page(items)).draft.overview.onRequest).toBe(
      `${texts[1]}（三）信息管理，本年度仍需加强。`,
    );
  });
});
