import { describe, expect, it } from 'vitest';
import { importPublishedText } from './import-text';
import { EMPTY_PAGE_META } from './page-meta';
import { dateLine, readMeta, reportKindOf, withoutSoftBreaks } from './read-meta';

const preamble =
  '本报告由某某县交通运输局根据《中华人民共和国政府信息公开条例》编制。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。';

describe('readMeta', () => {
  it.each([
    ['organ first', ['某某县交通运输局2022年政府信息公开工作年度报告'], '某某县交通运输局', 2022],
    ['year first', ['2022年某某县交通运输局政府信息公开工作年度报告'], '某某县交通运输局', 2022],
    ['「关于」', ['某某县人民政府关于2022年度政府信息公开工作年度报告'], '某某县人民政府', 2022],
    ['year inside the title', ['某某县交通运输局政府信息公开工作2022年度报告'], '某某县交通运输局', 2022],
    [
      'broken over lines, after a breadcrumb',
      ['首页 > 政务公开 > 年度报告', '某某县交通运输局', '2022年政府信息公开', '工作年度报告'],
      '某某县交通运输局',
      2022,
    ],
    ['full-width year', ['某某县交通运输局２０２２年政府信息公开工作年度报告'], '某某县交通运输局', 2022],
    [
      'year with a thousands separator',
      ['某某县交通运输局2,022年政府信息公开工作年度报告'],
      '某某县交通运输局',
      2022,
    ],
  ])('title %s', (_name, title, agency, year) => {
    const m = readMeta([...title, preamble], '', true);
    expect([m.agencyName, m.year]).toEqual([agency, year]);
    expect(m.preamble).toBe(preamble);
  });

  it('the page’s header, navigation and metadata table between the title and its copy above the article are not preamble', () => {
    const m = readMeta(
      [
        '单位：某某县交通局',
        '2025年12月30日 星期二',
        '无障碍',
        '首页',
        '政府信息公开',
        '名称\t某某县交通运输局2022年政府信息公开年度报告',
        '发布机构\t某某县交通运输局\t公开日期\t2023-01-17',
        '某某县交通运输局2022年政府信息公开年度报告',
        preamble,
      ],
      '',
      true,
      {
        title: '某某县交通运输局2022年政府信息公开年度报告-某某县交通局',
        url: '',
        publishTime: '',
        publisher: '',
      },
    );
    expect(m.preamble).toBe(preamble);
    // A sentence naming the report is no title: it stays in the preamble.
    const named = `现将某某县交通运输局2022年政府信息公开工作年度报告公布如下。${preamble}`;
    expect(readMeta(['某某县交通运输局2022年政府信息公开工作年度报告', named], '', true).preamble).toBe(
      named,
    );
  });

  it.each([
    ['发布日期：2023-01-30', '2023-01-30'],
    ['发布时间：2023/1/30 09:30', '2023-01-30'],
    ['日期: 2023年1月30日', '2023-01-30'],
  ])('a labelled date under the title (「%s」) is the publish date, not preamble', (line, iso) => {
    const m = readMeta(['某某县交通运输局2022年政府信息公开工作年度报告', line, preamble], '', true);
    expect(m.publishDate).toBe(iso);
    expect(m.preamble).toBe(preamble);
  });

  it('a year spaced from the Chinese around it (「现公布某县 2023 年…」) names the organ as the unspaced text does', () => {
    const read = (year: string) =>
      readMeta(
        [`按照《中华人民共和国政府信息公开条例》要求，现公布某某县${year}政府信息公开工作年度报告。`],
        '',
        true,
      ).agencyName;
    expect(read('2023年')).not.toBe('');
    expect(read(' 2023 年')).toBe(read('2023年'));
    expect(read('\u30002023\u3000年')).toBe(read('2023年'));
  });

  it('a labelled date after the title on one line (a page saved as one line): the publish date', () => {
    const m = readMeta(
      [`某某县交通运输局2022年政府信息公开工作年度报告 发布日期：2023-01-30 ${preamble}`],
      '',
      true,
    );
    expect(m.publishDate).toBe('2023-01-30');
    expect(m.preamble).toBe(preamble);
  });

  it('a page’s article info line (date, 来源, 字体) is page furniture, not the publish date', () => {
    const m = readMeta(
      [
        '某某县交通运输局2022年政府信息公开工作年度报告',
        '发布时间：2023-01-30 来源：本网 【字体：大 中 小】',
        preamble,
      ],
      '',
      true,
    );
    expect(m.publishDate).toBe('');
  });

  it('a labelled date that is no calendar date stays out of the publish date', () => {
    const m = readMeta(
      ['某某县交通运输局2022年政府信息公开工作年度报告', '发布日期：2023-02-30', preamble],
      '',
      true,
    );
    expect(m.publishDate).toBe('');
  });

  it.each([
    [
      'label with spaces, no colon',
      ['标   题 某某县政府办2022年度政府信息公开工作年度报告'],
      '某某县政府办',
      2022,
    ],
    ['label with spaces and a colon', ['标  题: 某某镇2022年政府信息公开工作年度报告'], '某某镇', 2022],
    [
      '「名称」',
      ['名称 某某经济技术开发区管理委员会2023年政府信息公开工作年度报告'],
      '某某经济技术开发区管理委员会',
      2023,
    ],
  ])('a metadata table’s title row (%s): the label is not the organ', (_name, head, agency, year) => {
    const m = readMeta([...head, preamble], '', true);
    expect([m.agencyName, m.year]).toEqual([agency, year]);
  });

  it('a year typed before the title without its 年 (「2025某某乡2025年度…报告」) is no part of the organ', () => {
    const m = readMeta(['2025某某县某某乡2025年度政府信息公开工作年度报告', preamble], '', true);
    expect([m.agencyName, m.year]).toEqual(['某某县某某乡', 2025]);
    expect(
      readMeta(['2,025某某县某某乡2,025年度政府信息公开工作年度报告', preamble], '', true).agencyName,
    ).toBe('某某县某某乡');
  });

  it('a title without 「政府」 before 信息公开 (「某某镇政府2022年信息公开工作年度报告」): the year ends the organ', () => {
    expect(readMeta(['某某镇政府2022年信息公开工作年度报告', preamble], '', true).agencyName).toBe(
      '某某镇政府',
    );
    expect(readMeta(['某某开发区管委会2023年信息公开工作年度报告', preamble], '', true).agencyName).toBe(
      '某某开发区管委会',
    );
    // …its year typed in full-width digits.
    expect(readMeta(['某某镇政府２０２２年信息公开工作年度报告', preamble], '', true).agencyName).toBe(
      '某某镇政府',
    );
    // A column name 「2023年信息公开工作年度报告」 names no organ.
    expect(readMeta(['2023年信息公开工作年度报告', preamble], '', true).agencyName).toBe('某某县交通运输局');
  });

  it('「由某某开发区管委会结合有关统计数据编制」: a 管委会 compiles its own report', () => {
    const m = readMeta(
      [
        '本报告依据《条例》要求，由某某经济技术开发区管委会结合有关统计数据编制。所列数据的统计期限自2023年1月1日起至2023年12月31日止。',
      ],
      '',
      true,
    );
    expect([m.agencyName, m.year]).toEqual(['某某经济技术开发区管委会', 2023]);
  });

  it('「特向社会公布2025年某某乡人民政府政府信息公开工作情况报告」 names organ and year', () => {
    const m = readMeta(
      [
        '依据《条例》第五十条规定，特向社会公布2025年某某乡人民政府政府信息公开工作情况报告。如有疑问请联系。',
      ],
      '',
      true,
    );
    expect([m.agencyName, m.year]).toEqual(['某某乡人民政府', 2025]);
  });

  it('the format notice cited first (「…政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>」) does not hide the report named after it', () => {
    for (const [open, close] of [
      ['<', '>'],
      ['〈', '〉'],
    ])
      expect(
        readMeta(
          [
            `根据《国务院办公厅政府信息与政务公开办公室关于印发${open}中华人民共和国政府信息公开工作年度报告格式${close}的通知》要求，现发布《某某区某某街道办事处2022年政府信息公开工作年度报告》，本报告统计数据从2022年1月1日至12月31日。`,
          ],
          '',
          true,
        ).agencyName,
      ).toBe('某某区某某街道办事处');
  });

  it('no title, preamble or period: the year part 一 opens on (「2023年，我镇…」), only then', () => {
    const yearOf = (head: string[], opening1: string) =>
      readMeta(head, '', true, EMPTY_PAGE_META, opening1).year;
    expect(yearOf([], '2023年，在县委、县政府的正确领导下，我镇严格贯彻落实《条例》。')).toBe(2023);
    expect(yearOf([], '（一）主动公开情况。2024年，我局共主动公开政府信息376条。')).toBe(2024);
    expect(yearOf([], '2022年以来，某某乡认真围绕重点工作推进政务公开。')).toBe(2022);
    // A year inside the sentence is not what it opens on; the title's year comes first.
    expect(yearOf([], '本年度，我局于2023年3月调整了领导小组。')).toBeNull();
    expect(yearOf(['某某局2022年政府信息公开工作年度报告'], '2021年，我局…')).toBe(2022);
  });

  it('nothing else names the year: the one year part 一 dates its work in, when it writes only one', () => {
    const yearOf = (overview: string) => readMeta([], '', true, EMPTY_PAGE_META, '', overview).year;
    const items = (second: string) =>
      [
        '（一）主动公开。全年公开各类信息58条。',
        `（二）依申请公开。${second}`,
        '（三）平台建设。完善门户网站栏目。',
      ].join('\n');
    expect(yearOf(items('2023年全年受理申请2件，均按时办结。'))).toBe(2023);
    expect(yearOf(items('2023年共收到申请2件，2023年12月办结。'))).toBe(2023);
    // A year it compares with, starts from or cites is not the report's; two years say not which.
    expect(yearOf(items('受理申请2件，较2022年减少1件。'))).toBeNull();
    expect(yearOf(items('自2021年起实行专人登记。'))).toBeNull();
    expect(yearOf(items('2021年以来未收到申请。'))).toBeNull();
    expect(yearOf(items('依据《某某市2020年政务公开要点》办理。'))).toBeNull();
    expect(yearOf(items('2023年受理申请2件，2022年结转1件。'))).toBeNull();
    expect(yearOf(items('本年度未收到申请。'))).toBeNull();
  });

  it('part 一’s sub-items opening on a year, the latest it writes: that year (others compared with, carried)', () => {
    const yearOf = (overview: string) => readMeta([], '', true, EMPTY_PAGE_META, '', overview).year;
    const part1 = (second: string) =>
      ['（一）组织领导', '健全工作机制，严格逐级审批。', '（二）主动公开及依申请公开情况', second].join('\n');
    expect(
      yearOf(part1('2024年，我委主动公开信息312条，较2023年增加。受理申请6件，办结7件（含2023年转入1件）。')),
    ).toBe(2024);
    // a paragraph opening on an earlier year than part 一 names elsewhere: which is the report's is not said
    expect(
      yearOf(part1('2022年，我委被评为先进单位。2023年，我委主动公开信息312条，2022年结转1件。')),
    ).toBeNull();
    // the same on a page saved as one line: the sub-item's heading, then its year
    expect(
      yearOf(
        '（一）组织领导健全工作机制。（二）主动公开情况2024年，我委主动公开信息312条，办结7件（含2023年转入1件）。',
      ),
    ).toBe(2024);
    // two paragraphs opening on different years: none
    expect(
      yearOf(`${part1('2024年，受理申请6件，2023年结转1件。')}\n（三）平台建设\n2023年，完成网站改版。`),
    ).toBeNull();
  });

  it('an imported excerpt without title or period: the year from part 一’s sub-item, said where', () => {
    const text = [
      '根据《中华人民共和国政府信息公开条例》要求，编制本年度报告。',
      '一、总体情况',
      '（一）主动公开。公开规划计划、财政预决算等信息75条。',
      '（二）依申请公开。2022年共受理政府信息公开申请3件，均已办结。',
      '（三）政府信息管理。落实保密审查制度。',
      '二、主动公开政府信息情况',
    ].join('\n');
    const { draft, summary } = importPublishedText(text);
    expect(draft.meta.year).toBe(2022);
    expect(summary.meta.find((f) => f.field === 'year')?.snippet).toContain('2022年共受理');
  });

  it('a year named before part 一 comes first; part 一’s years do not override it', () => {
    const m = readMeta(
      ['某某局2022年政府信息公开工作年度报告'],
      '',
      true,
      EMPTY_PAGE_META,
      '',
      '2021年共收到申请1件。',
    );
    expect(m.year).toBe(2022);
  });

  it('no organ named but the office a reader is sent to: the organ whose own office it is', () => {
    const organOf = (contact: string) =>
      readMeta(
        [
          `本报告依据《条例》编制，统计期限自2023年1月1日起至2023年12月31日止。如有疑问，请与${contact}联系（电话：0551-1234567）。`,
        ],
        '',
        true,
      ).agencyName;
    expect(organOf('某某高新技术产业开发区综合办公室')).toBe('某某高新技术产业开发区');
    expect(organOf('某某市生态环境局办公室')).toBe('某某市生态环境局');
    expect(organOf('某某县某某镇党政办公室')).toBe('某某县某某镇');
    // A government's 办公室 is an organ itself: the report may be the government's or the office's.
    expect(organOf('某某县人民政府办公室')).toBe('');
    expect(organOf('某某新区管委会办公室')).toBe('');
    // No place, another organ, or 「本局」: none.
    expect(organOf('县统计局办公室')).toBe('');
    expect(organOf('本局办公室')).toBe('');
    expect(organOf('某某县政务服务中心')).toBe('');
  });

  it('the organ itself as the contact unit, when the report calls itself by its kind (「我局」)', () => {
    const organOf = (contact: string, body: string) =>
      readMeta(
        [
          `本报告统计期限自2023年1月1日起至2023年12月31日止。如对本报告有任何疑问，请与${contact}（地址：某某路8号；电话：0532-1234567）联系。`,
        ],
        '',
        true,
        undefined,
        '',
        `（一）主动公开。${body}通过政务网发布信息107条。`,
      ).agencyName;
    expect(organOf('某某市公安局', '2023年，我局共')).toBe('某某市公安局');
    expect(organOf('某某县卫生健康委员会', '本年度我委')).toBe('某某县卫生健康委员会');
    // the text never says 「我局」: whose report it is stays open (the reader may be sent elsewhere)
    expect(organOf('某某市公安局', '全年')).toBe('');
    // a 委 that calls itself 「我局」, or a government (a 乡's superior): none
    expect(organOf('某某县卫生健康委员会', '我局')).toBe('');
    expect(organOf('某某县人民政府', '我局')).toBe('');
  });

  it('the contact office is a government’s: the warning names it and says why the organ is left unread', () => {
    const text = [
      '本报告依据《条例》编制。如有疑问，请与某某县人民政府办公室联系（电话：0551-7654321）。',
      '一、总体情况',
      '（一）主动公开。全年公开信息40条。',
      '二、主动公开政府信息情况',
    ].join('\n');
    const { draft, summary } = importPublishedText(text);
    expect(draft.meta.agencyName).toBe('');
    expect(summary.warnings.join('\n')).toMatch(
      /联系单位「某某县人民政府办公室」，报告是「某某县人民政府」的还是其办公室的/u,
    );
  });

  it('a 落款 naming the organ overrides the organ read from the contact office', () => {
    const text = [
      '本报告依据《条例》编制。如有疑问，请与某某区发展和改革委员会综合科联系。',
      '一、总体情况',
      '（一）主动公开。全年公开信息40条。',
      '六、其他需要报告的事项',
      '无。',
      '某某区发展和改革局',
      '2024年1月20日',
    ].join('\n');
    expect(importPublishedText(text).draft.meta.agencyName).toBe('某某区发展和改革局');
  });

  it('without a title: organ and year from the preamble', () => {
    const m = readMeta([preamble], '', true);
    expect([m.agencyName, m.year, m.title]).toEqual(['某某县交通运输局', 2022, '']);
    expect(m.findings.find((f) => f.field === 'agencyName')?.snippet).toContain('本报告由某某县交通运输局');
  });

  it("a people's government reports as 本级政府, its offices as departments", () => {
    expect(readMeta(['某某县人民政府2022年政府信息公开工作年度报告'], '', true).reportKind).toBe(
      'government',
    );
    expect(readMeta(['某某县人民政府办公室2022年政府信息公开工作年度报告'], '', true).reportKind).toBe(
      'department',
    );
    // 「区政府」 is the 人民政府 written short (issue 18: the same organ's name across years).
    expect(readMeta(['某某区政府2022年政府信息公开工作年度报告'], '', true).reportKind).toBe('government');
    expect(readMeta(['某某区政府办公室2022年政府信息公开工作年度报告'], '', true).reportKind).toBe(
      'department',
    );
  });

  it('without a name, a report for 「全市各级行政机关」 is its government’s; an organ’s own is not', () => {
    const body = '根据《条例》规定编制本报告。';
    const whole = '2025年，全市各级行政机关扎实推进政务公开工作。';
    const m = readMeta([body], '', true, undefined, whole);
    expect([m.agencyName, m.reportKind]).toEqual(['', 'government']);
    expect(m.findings.find((f) => f.field === 'reportKind')?.snippet).toBe('全市各级行政机关');
    expect(readMeta([body], '', true, undefined, '2025年，本局扎实推进政务公开工作。').reportKind).toBe(
      'department',
    );
    // A department that mentions the whole city's organs is still named, and named a department.
    const named = readMeta(['某某市交通运输局2025年政府信息公开工作年度报告'], '', true, undefined, whole);
    expect(named.reportKind).toBe('department');
  });

  it.each([
    [
      '曲阜市人民政府办公室二〇二一年政府信息公开工作年度报告',
      '曲阜市人民政府办公室二〇二一年政府信息公开工作年度报告',
    ],
    [
      '曲阜市人民政府办公室二○二一年度政府信息公开工作年度报告',
      '曲阜市人民政府办公室二○二一年度政府信息公开工作年度报告',
    ],
    [
      '曲阜市人民政府办公室政府信息公开工作年度报告（2021年度）',
      '曲阜市人民政府办公室政府信息公开工作年度报告（2021年度）',
    ],
    [
      '曲阜市人民政府办公室政府信息公开工作\n年度报告\n（2021年度）',
      '曲阜市人民政府办公室政府信息公开工作年度报告（2021年度）',
    ],
  ])('the year in Chinese numerals or after the title: %s', (head, title) => {
    const m = readMeta([...head.split('\n'), '本报告依据《条例》编制。'], '', true);
    expect([m.agencyName, m.year, m.title]).toEqual(['曲阜市人民政府办公室', 2021, title]);
  });

  it('a year in Chinese numerals in the statistics period', () => {
    const m = readMeta(
      ['本报告由某某县交通运输局编制，数据统计期限自二〇二二年一月一日起至十二月三十一日止。'],
      '',
      true,
    );
    expect(m.year).toBe(2022);
  });

  it('a date line under the title is the publish date, not preamble', () => {
    const m = readMeta(
      ['某某县交通运输局2022年政府信息公开工作年度报告', '（2023年1月18日）', preamble],
      '',
      true,
    );
    expect(m.publishDate).toBe('2023-01-18');
    expect(m.preamble).toBe(preamble);
  });

  it.each([
    ['联系电话：0537-4498856。', 'contactPhone', '0537-4498856'],
    ['电话：（0537）４４９８８５６，传真：1', 'contactPhone', '（0537）4498856'],
    [
      '地址：某某县人民路1号（县政务服务中心）三楼，邮编：273100',
      'contactAddress',
      '某某县人民路1号（县政务服务中心）三楼',
    ],
    ['通讯地址：某某县人民路1号 邮编 273100', 'contactAddress', '某某县人民路1号'],
    ['通讯地址：某某县人民路 128 号，邮编 273100', 'contactAddress', '某某县人民路128号'],
    // pdfplumber moved the floor's 「14」 to a line of its own: the address as printed is not there
    ['联系地址：某某区管委会大楼主楼 层；邮编： ；电话', 'contactAddress', ''],
    // a page laid out by spaces that became tabs: the address goes on past the tab, not cut short
    ['（地址：某某市某某区某某大道\t90\t\n\t\n号，邮编：223100', 'contactAddress', ''],
    ['（地址：某\t\n\t\n\t某市某某南道\t1\t号，邮编：223001', 'contactAddress', ''],
    ['联系地址：某某路1号\t邮编\t223001', 'contactAddress', '某某路1号'],
    // 会同县 2022: fields joined by 「、」
    [
      '(地址:某某县建军北路政务服务中心一楼101室、联系电话:0745-1234567、电子邮箱:ab@126.com。)',
      'contactAddress',
      '某某县建军北路政务服务中心一楼101室',
    ],
    [
      '可在“某某县人民政府”网站（http://www.mm.gov.cn/zwgk/）查阅，邮箱 a@b.cn',
      'website',
      // As printed: a final 「/」 is part of the address (a final 「.」 would end the sentence).
      'http://www.mm.gov.cn/zwgk/',
    ],
  ])('contact: %s', (text, field, value) => {
    const m = readMeta([text], '', true);
    expect(m[field as 'contactPhone']).toBe(value);
  });

  it('「联系地址，…」 (a comma for the colon) is the address when it names a building; prose is not', () => {
    // 平潭综合实验区财政金融局 2023–2025
    const m = readMeta(
      [
        '如对本报告有任何疑问，请与某某局办公室联系(联系地址，某某区某某镇某某片区管委会大楼主楼6层，邮编350000;电话:0591-12345678;传真:0591-12345679)。',
      ],
      '',
      true,
    );
    expect(m.contactAddress).toBe('某某区某某镇某某片区管委会大楼主楼6层');
    expect(m.contactPhone).toBe('0591-12345678');
    expect(readMeta(['及时更新机构职能和办公地址，方便群众查询。'], '', true).contactAddress).toBe('');
    // full-width digits are the same numbers (a page typed with a Chinese input method)
    expect(
      readMeta(['联系地址：某某镇商务营运中心５号楼２５层，联系电话：12345678。'], '', true).contactAddress,
    ).toBe('某某镇商务营运中心5号楼25层');
    // a printed 「地址：」 is preferred
    expect(readMeta(['办公地址，某某路1号楼。联系地址：某某路2号。'], '', true).contactAddress).toBe(
      '某某路2号',
    );
  });

  it('looks for contacts in the whole text when the preamble has none', () => {
    const m = readMeta([preamble], '正文……如有疑问请联系（联系电话：0537-1234567）', true);
    expect(m.contactPhone).toBe('0537-1234567');
    expect(m.findings.find((f) => f.field === 'contactPhone')?.snippet).toContain('联系电话');
  });

  it('a 举报电话 / 投诉电话 the report publishes for the public is not its contact phone', () => {
    const body = '（一）主动公开情况。畅通举报渠道，公布举报电话(0931-7654321)，接受群众监督。';
    expect(readMeta([preamble], body, true).contactPhone).toBe('');
    expect(readMeta([preamble], '设立投诉电话：0931-1112222。', true).contactPhone).toBe('');
    // the report's own contact, later in the text, is still found
    expect(readMeta([preamble], `${body}如有疑问请联系（联系电话：0931-7000001）`, true).contactPhone).toBe(
      '0931-7000001',
    );
  });

  it('a portal header’s links over a title naming its organ from its level (「市某某局2021年…」): no place', () => {
    const text = [
      '微信 |微博|手机| |无障碍',
      '',
      '市住房保障局2021年政府信息公开工作年度报告',
      '',
      '市住房保障局2021年政府信息公开工作年度报告',
      '',
      '2022-01-25 14:48 某某市住房保障局',
      '本年报依据《条例》编制。本年报统计数据时限为2021年1月1日至2021年12月31日。',
      '一、总体情况',
      '2021年，我局扎实推进政府信息公开工作。',
      '二、主动公开政府信息情况',
    ].join('\n');
    const { meta } = importPublishedText(text).draft;
    // 「无障碍」 glued to the title by a soft line break is no place (it read 「无障碍市住房保障局」)
    expect(meta.agencyName).not.toMatch(/无障碍/u);
    // the title printed twice is one title, not both joined
    expect(meta.title).toBe('市住房保障局2021年政府信息公开工作年度报告');
    expect(meta.year).toBe(2021);
  });

  it.each([
    [
      'a breadcrumb ending in a column named like a title',
      '某某市自然资源局2025年政府信息公开工作报告',
      '长者版 无障碍阅读当前位置:首页 > 政府信息公开 > 政府信息公开年度报告 > 2025 > 市直部门某某市自然资源局2025年政府信息公开工作报告发表日期:2026-01-26 根据《条例》规定，现公开本报告。',
      '某某市自然资源局',
    ],
    [
      'the last crumb glued to the title',
      '某某街道2023年度政府信息公开工作年度报告',
      '当前位置: 首页>政府信息公开>政府信息公开年报>2023年>部门公开年报某某街道2023年度政府信息公开工作年度报告发表日期:2024-01-26 根据《条例》编制本报告。',
      '某某街道',
    ],
    [
      'header links glued to a title naming its organ from its level',
      '市住房保障局2021年政府信息公开工作年度报告',
      '微信 |微博|手机| |无障碍市住房保障局2021年政府信息公开工作年度报告 本年报依据《条例》编制。',
      '市住房保障局',
    ],
  ])('a one-line page: %s — the organ is not page navigation', (_what, pageTitle, line, organ) => {
    const text = [
      `标题:${pageTitle}`,
      '发布时间:2026-01-20 09:30:00',
      '栏目:政府信息公开年报',
      `${line}一、总体情况 本年度我单位扎实推进公开工作。二、主动公开政府信息情况 第二十条第（一）项`,
    ].join('\n');
    expect(importPublishedText(text).draft.meta.agencyName).toBe(organ);
  });

  it('an e-mail address is not a website; a decimal is not a domain', () => {
    expect(readMeta(['邮箱：office@mm.gov.cn，收费24252.311082万元'], '', true).website).toBe('');
  });

  it('no part headings: the head is not taken for a preamble', () => {
    expect(readMeta(['随便什么文字。'], '', false).preamble).toBe('');
  });
});

describe('dateLine', () => {
  it.each([
    ['2022年1月20日', '2022-01-20'],
    ['（２０２２年１２月３１日）', '2022-12-31'],
    ['2022年2月30日', ''],
    ['2022年1月20日发布了通知', ''],
    ['二〇二四年一月二十六日', '2024-01-26'],
    ['二零二三年十二月三十一日', '2023-12-31'],
    ['二〇二三年二月三十日', ''],
    // the zero as it is typed: a circle from the symbol menu, the letter O, a digit 0
    ['二○二四年一月十五日', '2024-01-15'],
    ['二O二三年十二月二十九日', '2023-12-29'],
    ['二0二二年一月十日', '2022-01-10'],
    // PDFium's copy: the letter O apart from the Chinese beside it
    ['二 O 二三年一月三十一日', '2023-01-31'],
    ['二 O 二三 年一月三十一日', '2023-01-31'],
    ['二  O 二三年一月三十一日', ''],
  ])('%s → %s', (line, date) => {
    expect(dateLine(line)).toBe(date);
  });
});

describe('readMeta: PDF text (nianbao issue 18)', () => {
  const wrapped = [
    '淮安市洪泽区人民政府',
    '2021年政府信息公开工作年度报告',
    '本报告电子版可在洪泽区人民政府门户网站（http://www.hongze.gov.cn/col/c',
    'ol1229/）查阅或下载。如对本报告有疑问，请与区政府政务公开办公室联系（地址：江苏省淮安市洪泽区东七街二十八',
    '号，电话/传真：',
    '0517-87221234）。',
  ];
  it('a report that prints no title nor names itself: the organ its first clauses are about', () => {
    const preamble = ['根据《条例》要求编制本报告。如对本报告有疑问，请与本局办公室联系。'];
    const opening = '2024年，白沙区水务局以《条例》为遵循，扎实推进政务公开。';
    const m = readMeta(preamble, '', true, undefined, opening);
    expect(m.agencyName).toBe('白沙区水务局');
    expect(m.findings.find((f) => f.field === 'agencyName')?.snippet).toContain('白沙区水务局以');
    // after the leadership clause, a 乡's government in the preamble
    const led = '在区委、区政府的领导下，东坪街道办事处认真贯彻落实《条例》。';
    expect(readMeta(preamble, '', true, undefined, led).agencyName).toBe('东坪街道办事处');
    expect(
      readMeta(['2022年，青石乡人民政府坚持依法公开。现将我乡2022年度信息公开工作情况报告如下。'], '', true)
        .agencyName,
    ).toBe('青石乡人民政府');
  });

  it('…but not 「我局」, a name without its place, nor a clause that is no subject', () => {
    const none = (opening: string) =>
      readMeta(['根据《条例》编制本报告。'], '', true, undefined, opening).agencyName;
    expect(none('2024年，我局坚持以人民为中心。')).toBe('');
    expect(none('2024年，区水务局以《条例》为遵循。')).toBe('');
    expect(none('2024年，市委市政府高度重视政务公开。')).toBe('');
    expect(none('2024年，白沙区水务局政府信息公开工作平稳有序。')).toBe('');
  });

  it('a name without its place (「区统计局」「县交通运输局」) names no organ; 镇江市…, 市中区… are places', () => {
    const named = (line: string) => readMeta([line], '', true).agencyName;
    expect(named('根据《条例》规定，现公布区统计局2023年政府信息公开工作年度报告。')).toBe('');
    expect(named('根据《条例》规定，现公布县农业农村局2023年政府信息公开工作年度报告。')).toBe('');
    expect(named('根据《条例》规定，现公布镇江市统计局2023年政府信息公开工作年度报告。')).toBe(
      '镇江市统计局',
    );
    expect(named('根据《条例》规定，现公布市中区统计局2023年政府信息公开工作年度报告。')).toBe(
      '市中区统计局',
    );
  });

  it('the report named with its organ after a cited notice that names the report by its year only', () => {
    const line =
      '根据《某某市人民政府办公室关于编制2023年政府信息公开工作年度报告有关事项的通知》要求，现编制形成《某某市水利局2023年政府信息公开工作年度报告》。';
    const m = readMeta([line], '', true);
    expect(m.agencyName).toBe('某某市水利局');
    expect(m.year).toBe(2023);
  });

  it('「为认真做好X政府信息公开工作」: the organ whose work the report covers', () => {
    const line =
      '为认真做好白沙市林业局政府信息公开工作，现向社会公布2022年度本单位政府信息公开工作年度报告。';
    expect(readMeta([line], '', true).agencyName).toBe('白沙市林业局');
    expect(readMeta(['为认真做好全市政府信息公开工作，现公布本报告。'], '', true).agencyName).toBe('');
  });

  it('「本报告…由X编制」 standing in part 一 (its first paragraph is the preamble): the organ', () => {
    const opening =
      '本报告根据《条例》的要求，由白沙生态环境局编制。所列数据的统计期限从2025年1月1日起至2025年12月31日止。';
    const m = readMeta([], '', true, undefined, opening);
    expect(m.agencyName).toBe('白沙生态环境局');
    expect(m.year).toBe(2025);
  });

  it('「现将我乡2022年度信息公开工作情况报告如下」 (no 「政府」): the year reported', () => {
    expect(readMeta(['现将我乡2022年度信息公开工作情况报告如下。'], '', true).year).toBe(2022);
  });

  it('part 一 whose first paragraph names no year: the year its next paragraph opens on', () => {
    const opening = [
      '一年来，区林业局坚持依法公开，不断完善工作制度。',
      '2023年，区林业局在区政府网站发布信息86条，本年度未收到申请。',
    ];
    const m = readMeta(['区林业局政府信息公开工作年度报告'], '', true, undefined, opening.join('\n'));
    expect(m.year).toBe(2023);
    expect(m.findings.find((f) => f.field === 'year')?.snippet).toContain('2023年，区林业局');
    // A year named in an earlier paragraph (another year's comparison) leaves it unread.
    const compared = [
      '较2022年增加12条，区林业局坚持依法公开。',
      '2023年，区林业局在区政府网站发布信息86条。',
    ];
    expect(
      readMeta(['区林业局政府信息公开工作年度报告'], '', true, undefined, compared.join('\n')).year,
    ).toBeNull();
  });

  it('「…人民政府信息公开工作年度报告」: the organ’s 「人民政府」 shares its 「政府」 with 「政府信息公开」', () => {
    const titled = readMeta(
      ['2023年青石乡人民政府信息公开工作年度报告', '根据《条例》编制本报告。'],
      '',
      true,
    );
    expect(titled.agencyName).toBe('青石乡人民政府');
    expect(titled.reportKind).toBe('government');
    const stated = readMeta(
      ['根据《条例》要求，现特向社会公布2023年青石乡人民政府信息公开工作年度报告。'],
      '',
      true,
    );
    expect(stated.agencyName).toBe('青石乡人民政府');
    expect(stated.year).toBe(2023);
    // A name that ends otherwise is as before.
    expect(readMeta(['现公布2023年青石乡政府信息公开工作年度报告。'], '', true).agencyName).toBe('青石乡');
  });

  it('the portal’s name, address and date under the title are not the report’s website', () => {
    const head = [
      '某某市林业局2023年政府信息公开工作年度报告',
      '某某市人民政府门户网站 www.mm.gov.cn 2024-01-29 ',
      '根据《条例》规定编制本报告，统计期限为2023年1月1日至12月31日。',
    ];
    const m = readMeta(head, head.join('\n'), true);
    expect(m.website).toBe('');
    expect(m.agencyName).toBe('某某市林业局');
    // A website the report states is still read.
    const stated = [...head, '本报告电子版可在某某市林业局网站（www.ly.mm.gov.cn）下载。'];
    expect(readMeta(stated, stated.join('\n'), true).website).toBe('www.ly.mm.gov.cn');
  });

  it('an address whose last character wrapped to the next line, a URL cut mid-word, a phone after 「电话/传真：」', () => {
    const m = readMeta(wrapped, '', true);
    expect(m.contactAddress).toBe('江苏省淮安市洪泽区东七街二十八号');
    expect(m.website).toBe('http://www.hongze.gov.cn/col/col1229/');
    expect(m.contactPhone).toBe('0517-87221234');
    expect(m.agencyName).toBe('淮安市洪泽区人民政府');
  });
  it('an address whose digits pdftotext set apart by spaces (a PDF from LibreOffice)', () => {
    const lines = ['联系（地址：浙江省温州市平阳县昆阳镇县前街 128', '号，联系电话：0577-63727001）。'];
    expect(readMeta(lines, '', true).contactAddress).toBe('浙江省温州市平阳县昆阳镇县前街128号');
    expect(
      readMeta(['（地址：杭州市上城区解放路 100 号，电话：', '0571-87280000）。'], '', true),
    ).toMatchObject({
      contactAddress: '杭州市上城区解放路100号',
      contactPhone: '0571-87280000',
    });
  });
  it.each([
    ['电话（传真）：0517-1234567', '0517-1234567'],
    ['联系电话:0537-4498856', '0537-4498856'],
    ['咨询电话：0539-6212345', '0539-6212345'],
  ])('%s', (text, phone) => {
    expect(readMeta([`联系方式说明。${text}。`], '', true).contactPhone).toBe(phone);
  });
  it('a phone whose label PDF justification spread out (「电 话 ：」)', () => {
    const lines = [
      '联系（地址：某某县某某路 9',
      '号 ， 邮 编 ： 100000 ， 电 话 ： 0512-1234567 ， 电 子 邮 箱 ：',
      'a@b.cn）。',
    ];
    expect(readMeta(lines, '', true).contactPhone).toBe('0512-1234567');
  });
  it('a style sheet’s selector (「table.MsoNormalTable」) is no website: the top-level label ends with the letters', () => {
    expect(
      readMeta(['{font-family:宋体;} table.MsoNormalTable {mso-style-name:普通表格;}'], '', true).website,
    ).toBe('');
    expect(readMeta(['table.MsoNormalTable 本报告电子版见www.mm.gov.cn。'], '', true).website).toBe(
      'www.mm.gov.cn',
    );
  });

  it('a title sending the report as a letter (「…管理局关于报送2020年度…年度报告的函」) names the organ before 「关于报送」', () => {
    const page = [
      '标题: 某县林业局关于报送2020年度政府信息公开工作年度报告的函',
      '发布时间: 2021-01-27 17:19',
    ];
    const body =
      '某县林业局关于报送2020年度政府信息公开工作年度报告的函县政府办公室：根据《条例》要求，现公布本局2020年报告。一、总体情况 本局认真落实。二、主动公开政府信息情况';
    expect(importPublishedText(`${page.join('\n')}\n${body}`).draft.meta.agencyName).toBe('某县林业局');
  });

  it('a file name (a crawler’s 「links.tsv」) is no website; a site’s own page is', () => {
    expect(readMeta(['页面链接详见 links.tsv 和 附件.pdf。'], '', true).website).toBe('');
    expect(readMeta(['可在www.mm.gov.cn/nb/2022.html下载。'], '', true).website).toBe(
      'www.mm.gov.cn/nb/2022.html',
    );
  });
  it('a breadcrumb opening a page saved as one line is not part of the title', () => {
    for (const crumb of ['当前位置： 首页政务公开信息公开年报 ', '首页 > 政务公开 > 年报 ']) {
      const line = `${crumb}某某县人民政府2022年度政府信息公开工作年度报告 来源：本网 根据《条例》编制。一、总体情况……`;
      expect(readMeta([line], '', true)).toMatchObject({ agencyName: '某某县人民政府', year: 2022 });
    }
  });
  it('the article info after the title on a page saved as one line is not preamble', () => {
    const line =
      '某某县人民政府2022年度政府信息公开工作年度报告 来源：某某县人民政府 时间：2023-02-08 16:34 微信 微博 QQ空间 全真版 文字版 文件下载 相关链接： --> 根据《条例》编制本报告。';
    expect(readMeta([line], '', true).preamble).toBe('根据《条例》编制本报告。');
  });
  it('a breadcrumb above the title is not part of it', () => {
    expect(
      readMeta(['首页 > 政务公开 > 年报', '某某县人民政府2022年政府信息公开工作年度报告'], '', true)
        .agencyName,
    ).toBe('某某县人民政府');
  });
  it('the organ and year from the page title only when the text does not state them', () => {
    const page = { title: '临川市2025年政府信息公开工作年度报告', url: '', publishTime: '', publisher: '' };
    expect(readMeta(['本报告根据条例编制。'], '', true, page)).toMatchObject({
      agencyName: '临川市',
      year: 2025,
    });
    expect(readMeta(['某某县人民政府2024年政府信息公开工作年度报告'], '', true, page)).toMatchObject({
      agencyName: '某某县人民政府',
      year: 2024,
    });
  });
});

describe('readMeta: organ and year from the report’s first sentences (nianbao issue 18)', () => {
  it.each([
    [
      'the report named after 「特编制」',
      ['根据《条例》要求,特编制某某市某某局2023年政府信息公开工作年度报告。'],
      '',
      '某某市某某局',
      2023,
    ],
    [
      'the organ whose year of work is made public (「现将…局2024年度政府信息公开工作的有关情况…发布」)',
      ['根据《条例》要求，现将某某区投资促进局2024年度政府信息公开工作的有关情况向社会公众发布。'],
      '',
      '某某区投资促进局',
      2024,
    ],
    [
      'year first, 「公布…年度报告」',
      ['特向社会公布2024年度某某县人民政府办公室政府信息公开年度报告,全文共六部分。'],
      '',
      '某某县人民政府办公室',
      2024,
    ],
    [
      'the organ before 「特编制」, in part 一’s opening',
      ['现将有关情况报告如下。'],
      '根据《条例》的要求,某某市某某区某某街道特编制2023年政府信息公开年度报告。',
      '某某市某某区某某街道',
      2023,
    ],
    [
      'the statistics period without 「自」, in part 一',
      ['现将有关情况报告如下。'],
      '本报告所列数据的统计期限为2024年1月1日至2024年12月31日。',
      '',
      2024,
    ],
    [
      'the 山东 template: 「结合…年<organ>政府信息公开工作实际，编制发布本报告」 (no title printed)',
      [
        '根据《条例》和《年度报告格式》要求,结合2022年某某市某某局政府信息公开工作实际,编制发布本报告。',
        '报告中所列数据统计期限从2022年1月1日到12月31日止。',
      ],
      '',
      '某某市某某局',
      2022,
    ],
    [
      'the organ before the year, 「结合<organ>2023年度政务公开工作实际」',
      ['结合某某县某某镇2023年度政务公开工作实际,编制本报告。'],
      '',
      '某某县某某镇',
      2023,
    ],
    [
      '「结合我局…工作实际」 names no organ',
      ['结合我局2022年政府信息公开工作实际,编制本报告。'],
      '',
      '',
      null,
    ],
    [
      'a place alone names its report, 「现公布某某县2022年…年度报告」 (桐梓县 2022)',
      ['根据《条例》要求,现公布某某县2022年政府信息公开工作年度报告。'],
      '',
      '某某县',
      2022,
    ],
    ['「现公布本县…」 names none', ['现公布本县2022年政府信息公开工作年度报告。'], '', '', 2022],
    ['「现将我局…年度…报告如下」', ['现将我局2022年度政府信息公开工作情况报告如下:'], '', '', 2022],
    ['「本镇」 names no organ', ['特向社会公布2021年度本镇政府信息公开年度报告。'], '', '', 2021],
    [
      'the organ that compiled it, 「由…编制的」',
      ['本年报是根据有关要求,由某某区卫生健康局编制的2024年度政府信息公开年度报告。'],
      '',
      '某某区卫生健康局',
      2024,
    ],
    [
      '「汇报我镇…年政府信息公开工作」, in part 一’s opening',
      [],
      '本报告从六个方面汇报我镇2023年政府信息公开工作。',
      '',
      2023,
    ],
    [
      'a title line cut after 「政府信息公开」 (a garbled page title)',
      ['某某县某某镇2023年政府信息公开 工作告年度报', '来源:某某县人民政府办公室 时间:2024-01-31'],
      '',
      '某某县某某镇',
      2023,
    ],
    ['a title ending in 「年报」', ['某某市某某局2022年政府信息公开年报'], '', '某某市某某局', 2022],
    [
      '「现将我局…」 opens a sentence, names no organ',
      ['现将我局2022年政府信息公开工作情况汇总'],
      '',
      '',
      null,
    ],
    ['「由各单位…编制」 names no organ', ['本报告由各单位汇总编制。'], '', '', null],
    ['「本报告由区政府办公室编制」: no place, no organ', ['本报告由区政府办公室编制。'], '', '', null],
    [
      'a name without its place (「区人民政府办公室」) names no organ',
      ['根据《条例》规定,现公开区人民政府办公室2023年政府信息公开工作年度报告。'],
      '',
      '',
      2023,
    ],
    [
      '「本报告由…结合有关统计数据编制」: the organ, not the clause after it',
      ['本报告由某某市卫生健康局结合有关统计数据编制,统计期限自2024年1月1日起至2024年12月31日止。'],
      '',
      '某某市卫生健康局',
      2024,
    ],
    [
      '「现公开…年度报告」 names the report',
      ['根据《条例》规定,现公开某某市卫生健康局2024年政府信息公开工作年度报告。'],
      '',
      '某某市卫生健康局',
      2024,
    ],
    [
      'a department’s 「信息公开年度报告」 without 政府',
      ['特向社会公布2024年度某某市卫生健康局信息公开年度报告。'],
      '',
      '某某市卫生健康局',
      2024,
    ],
    [
      'an office that 「汇总编制」 a government’s report is not its organ',
      ['本年度报告根据有关要求,由某某区人民政府办公室汇总编制。统计期限从2022年1月1日至2022年12月31日止。'],
      '',
      '',
      2022,
    ],
  ])('%s', (_name, head, opening, agency, year) => {
    const m = readMeta(head, '', true, undefined, opening);
    expect([m.agencyName, m.year]).toEqual([agency, year]);
    if (agency) expect(m.findings.find((f) => f.field === 'agencyName')?.snippet).toContain(agency);
  });

  it('a period of two different years gives no year', () => {
    const m = readMeta(['统计期限为2023年1月1日至2024年12月31日。'], '', true);
    expect(m.year).toBeNull();
  });

  it('the title still comes first', () => {
    const m = readMeta(
      ['某某县某某局2022年政府信息公开工作年度报告', '特编制某某县某某委2021年政府信息公开工作年度报告。'],
      '',
      true,
    );
    expect([m.agencyName, m.year]).toEqual(['某某县某某局', 2022]);
  });
});

describe('readMeta: page furniture above the title', () => {
  it('a short line above the title is not part of it when the title names its organ alone', () => {
    const m = readMeta(
      ['无障碍浏览 长者专版', '某某镇人民政府2024年度政府信息公开工作年度报告', preamble],
      '',
      true,
    );
    expect([m.title, m.agencyName]).toEqual([
      '某某镇人民政府2024年度政府信息公开工作年度报告',
      '某某镇人民政府',
    ]);
  });
});

describe('readMeta: a portal template above the report (nianbao issue 18, helper-73)', () => {
  it('an article info line above the article’s title, under the column’s own name, is no part of the title', () => {
    const m = readMeta(
      [
        '栏目导航',
        '发布时间：2024-01-20 来源：本网 【字体：大 中 小】',
        '政府信息公开年度报告',
        '某某市应急管理局2023年政府信息公开工作年度报告',
        '本报告所列数据统计期限自2023年1月1日起至2023年12月31日止。',
      ],
      '',
      true,
    );
    expect([m.agencyName, m.year]).toEqual(['某某市应急管理局', 2023]);
  });
  it('a first paragraph opening on the title under a few short template lines: the organ and year of that title', () => {
    const first =
      '某某县医疗保障局2024年政府信息公开工作年度报告（以下简称年报）依据《条例》编制，本年报所列数据统计期限自2024年1月1日起至2024年12月31日止。';
    const m = readMeta(['栏目导航', '发布时间：2025-01-20 来源：本网', first], '', true);
    expect([m.agencyName, m.year]).toEqual(['某某县医疗保障局', 2024]);
  });
  it('a title naming its organ without the place (「县政府办」): the name with its place as the report writes it out', () => {
    const opening = '2023年，某某县人民政府办公室认真贯彻落实《条例》，扎实推进政务公开。';
    const m = readMeta(['县政府办2023年度政府信息公开工作年度报告', preamble], '', true, undefined, opening);
    expect([m.agencyName, m.year]).toEqual(['某某县人民政府办公室', 2023]);
    // the place's government is not its office: a text naming only 「某某县人民政府网站」 leaves the title's name
    const other = readMeta(
      ['县政府办2023年度政府信息公开工作年度报告', '报告电子版见某某县人民政府网站。'],
      '',
      true,
      undefined,
      '2023年，我办认真贯彻落实《条例》。',
    );
    expect(other.agencyName).toBe('县政府办');
  });
  it('the placeless title glued to a metadata value before it (「公文时效 有效县政府办2023年度…」) is no name with its place', () => {
    const page = [
      '标题:县政府办2023年度政府信息公开工作年度报告',
      '栏目:政府信息公开年报',
      '当前位置: 网站首页 >  政务公开 >  2023年 >  正文索引号 abc01/2024-00007 发布日期 2024-01-15标   题 县政府办2023年度政府信息公开工作年度报告发布机构 县政府办公室 公文时效 有效县政府办2023年度政府信息公开工作年度报告本报告依据《条例》编制，统计期限自2023年1月1日起至2023年12月31日止。一、总体情况 2023年，某某县人民政府办公室严格落实《条例》。二、主动公开政府信息情况',
    ].join('\n');
    const { draft } = importPublishedText(page);
    expect(draft.meta.agencyName).toBe('某某县人民政府办公室');
  });
  it('the report named after a notice cited without its brackets: the organ of the report, not of the notice', () => {
    const text =
      '根据《条例》和《国务院办公厅政府信息与政务公开办公室关于印发中华人民共和国政府信息公开工作年度报告格式的通知》要求，现公布某某苗族自治县人民政府2023年度政府信息公开工作年度报告。所列数据统计时限为2023年1月1日至2023年12月31日。';
    const m = readMeta([text], '', true);
    expect([m.agencyName, m.year, m.reportKind]).toEqual(['某某苗族自治县人民政府', 2023, 'government']);
  });
  it('a title under 16 lines of a portal page (site navigation, links, metadata table), over two lines', () => {
    const chrome = [
      '站群导航',
      '某某州人民政府',
      '政府工作部门',
      '各县政府',
      '加入收藏',
      '设为首页',
      '手机版',
    ];
    const meta = [
      '索引号: 0000/2023-00022 发布机构:',
      '生效日期: 2023-03-21 废止日期:',
      '文 号: 所属主题: 年报',
    ];
    const m = readMeta(
      [
        ...chrome,
        '某某州人民政府',
        '政府信息公开',
        '全文检索',
        ...meta,
        '某某州人民政府',
        '2022年政府信息公开工作年度报告',
      ],
      '',
      true,
    );
    expect([m.agencyName, m.year]).toEqual(['某某州人民政府', 2022]);
  });
  it('a breadcrumb\u2019s 「…>政府信息公开年报」 run into the title is no 「公开」 naming the report', () => {
    const line =
      '当前位置: 首页>政府信息公开>某某市人民政府办公室>政府信息公开年报某某市人民政府办公室2022年政府信息公开工作年度报告某某市人民政府门户网站 2023-01-28 根据《条例》规定编制本报告，统计数据从2022年1月1日至12月31日。';
    const page = {
      title: '某某市人民政府办公室2022年政府信息公开工作年度报告',
      url: '',
      publishTime: '',
      publisher: '',
    };
    expect(readMeta([line], '', true, page).agencyName).toBe('某某市人民政府办公室');
  });
  it('…but a sentence that names the report without an organ (「现将我局…」) names none there', () => {
    const first =
      '现将我局2024年政府信息公开工作年度报告公布如下，本报告所列数据统计期限自2024年1月1日起至2024年12月31日止，如有疑问请联系。';
    expect(readMeta(['栏目导航', first], '', true).agencyName).toBe('');
  });
});

describe('readMeta: shapes of real pages of other organs (nianbao issue 18, helper-59)', () => {
  it('a title naming no organ over the article\u2019s own organ and title lines: the one naming the organ', () => {
    const m = readMeta(
      ['2022年政府信息公开工作年度报告', '某某县某某镇人民政府', '2022年政府信息公开工作年度报告'],
      '',
      true,
    );
    expect([m.agencyName, m.year]).toEqual(['某某县某某镇人民政府', 2022]);
    expect(m.preamble).toBe('');
  });
  it('a title naming no organ, an organ\u2019s title far below it (not the article\u2019s): the organless title only', () => {
    const m = readMeta(
      [
        '2022年政府信息公开工作年度报告',
        '字号：大 中 小',
        '打印',
        '分享',
        '关闭',
        '某某县某某局2021年政府信息公开工作年度报告',
      ],
      '',
      true,
    );
    expect(m.agencyName).toBe('');
    expect(m.year).toBe(2022);
  });
  it('a phone in brackets right after 「联系」, no 「电话」 label', () => {
    const text = '如对本报告有疑问，请与某某区某某局办公室联系(0777-1234567)或电子邮箱: a@b.cn。';
    expect(readMeta([text], '', true).contactPhone).toBe('0777-1234567');
    expect(readMeta(['请与某某局联系（2345678）。'], '', true).contactPhone).toBe('2345678');
    // a labelled phone further on still wins over a bracketed number before it only by place: first one
    expect(readMeta(['联系（电话：0512-1234567）。'], '', true).contactPhone).toBe('0512-1234567');
    // brackets holding something else are no phone
    expect(readMeta(['请与某某局联系（地址：某某路12号）。'], '', true).contactPhone).toBe('');
  });
  it('a website typed with full-width digits is the same address in ASCII digits, not cut at the first one', () => {
    const text =
      '本年度报告电子版可在网站查阅，网址为:http://www.example.gov.cn/abc/c１１１２０２/nb.shtml,如有疑问请联系。';
    expect(readMeta([text], '', true).website).toBe('http://www.example.gov.cn/abc/c111202/nb.shtml');
  });
  it('the organ before 「认真编写了<year>年…报告」', () => {
    const m = readMeta(
      [
        '根据《条例》等文件以及省、市政府办相关工作要求,某某市司法局认真编写了2025年政府信息公开工作年度报告。',
      ],
      '',
      true,
    );
    expect([m.agencyName, m.year]).toEqual(['某某市司法局', 2025]);
  });
});

describe('reportKindOf', () => {
  it.each([
    ['某某市人民政府', 'government'],
    ['某某区政府', 'government'],
    ['某某市', 'government'],
    ['某某自治县', 'government'],
    ['某某镇', 'government'],
    ['某某市人民政府办公室', 'department'],
    ['某某县交通运输局', 'department'],
    ['某某区', 'government'],
    ['某某高新区', 'department'],
    ['某某街道', 'department'],
    ['区统计局', 'department'],
  ])('%s → %s (a report named by its place alone is its government’s, SPEC §1)', (name, kind) => {
    expect(reportKindOf(name)).toBe(kind);
  });
});

describe('withoutSoftBreaks', () => {
  it('joins a line wrapped mid-sentence, keeps the break after 「。」 also on lines padded with spaces', () => {
    expect(withoutSoftBreaks('地址：某某市东七街二十八\n号；电话：1234567。\n一、总体情况')).toBe(
      '地址：某某市东七街二十八号；电话：1234567。\n一、总体情况',
    );
    // pdfplumber's layout text pads every line to the page's width.
    expect(withoutSoftBreaks('电话：1234567。      \n一、总体情况    \n  2023年')).toBe(
      '电话：1234567。      \n一、总体情况2023年',
    );
  });
});

describe('readMeta: the organ and year a small report leaves to its page or its first lines (h79)', () => {
  it('a 乡镇 report compiled by its 党政办公室 is the government’s, not the internal office’s', () => {
    const m = readMeta(
      [
        '本报告是根据《条例》要求，由某某县青石镇人民政府党政办公室编制。统计期限为2021年1月1日至2021年12月31日。',
      ],
      '',
      true,
    );
    expect(m.agencyName).toBe('某某县青石镇人民政府');
  });

  it('a title naming its organ from its level on takes the place the page prints under it', () => {
    const title = '2022年区水务服务中心政府信息公开工作年度报告';
    const withSource = readMeta([title, '发布日期 : 2023-01-20 来源 : 某某市东岭区水务服务中心'], '', true);
    expect(withSource.agencyName).toBe('某某市东岭区水务服务中心');
    // Nothing writes the place out: the name stays as the title gives it.
    expect(readMeta([title, '一年来本中心公开信息20条。'], '', true).agencyName).toBe('区水务服务中心');
  });

  it('the year from 「截止Y年12月31日」 in part 一 when nothing else gives one', () => {
    const r = importPublishedText(
      [
        '一、总体情况',
        '（一）主动公开。截止2022年12月31日，本局在网站发布信息56条。',
        '二、主动公开政府信息情况',
      ].join('\n'),
    );
    expect(r.draft.meta.year).toBe(2022);
  });
});

describe('readMeta: organs and years batch E showed (h91)', () => {
  const head = (sentence: string) => [`本报告统计期限自2024年1月1日起至2024年12月31日止。${sentence}`];

  it('a kind alone (「街道办事处」) as a sentence’s subject names no organ; the contact office’s organ does', () => {
    const m = readMeta(
      head('如有疑问，请与某某市某某区东门街道综合办公室联系（电话：0512-1234567）。'),
      '',
      true,
      EMPTY_PAGE_META,
      '2024年，街道办事处认真贯彻落实《条例》，规范公开内容。',
    );
    expect(m.agencyName).toBe('某某市某某区东门街道');
    expect(
      readMeta(head(''), '', true, EMPTY_PAGE_META, '2024年，街道办事处认真贯彻落实《条例》。').agencyName,
    ).toBe('');
  });

  it('a 院’s 行政办公室 or a 街道’s 党政办 as the contact: the organ it belongs to', () => {
    const organOf = (contact: string) =>
      readMeta(head(`如对本报告有疑问，可与${contact}联系，电话：0558-1234567。`), '', true).agencyName;
    expect(organOf('某某县人民医院行政办公室')).toBe('某某县人民医院');
    expect(organOf('某某区西岭街道党政办')).toBe('某某区西岭街道');
  });

  it('a government’s 办公室 as the contact is the organ when the text calls itself 「我办」', () => {
    const organOf = (self: string) =>
      readMeta(
        head('如对本报告有任何疑问，请与某某区人民政府办公室联系（地址：中山路8号，电话：0371-1234567）。'),
        '',
        true,
        EMPTY_PAGE_META,
        `（二）依申请公开。${self}共收到政府信息公开申请12件。`,
      ).agencyName;
    expect(organOf('2024年，我办')).toBe('某某区人民政府办公室');
    // the government speaks (「我区」): whose report it is stays open
    expect(organOf('2024年，我区')).toBe('');
    expect(organOf('2024年，全区')).toBe('');
  });

  it('the organ whose own website carries the report, when the text calls itself by its kind', () => {
    const organOf = (body: string) =>
      readMeta(
        head(`本报告电子版可在某某市水务局网站（sw.example.gov.cn）查阅。如有疑问，请与${body}联系。`),
        '',
        true,
      ).agencyName;
    expect(organOf('我局政务公开工作小组')).toBe('某某市水务局');
    // the text does not call itself 「我局」: the website may be another organ's
    expect(organOf('政务公开工作小组')).toBe('');
  });

  it('the organ naming its year’s report at the start of part 一, or as the subject of a 管理区', () => {
    const organOf = (opening1: string) => readMeta(head(''), '', true, EMPTY_PAGE_META, opening1).agencyName;
    expect(organOf('南湾街道2024年度工作报告根据《条例》编制，主要包括六部分。')).toBe('南湾街道');
    expect(organOf('2024年，某某管理区在市委、市政府的领导下，认真贯彻《条例》。')).toBe('某某管理区');
    expect(organOf('某某新区民政局政府信息公开工作是根据新区的统一部署进行的。')).toBe('某某新区民政局');
    // the work of a kind alone, or placeless: none
    expect(organOf('区民政局政府信息公开工作是根据区里的统一部署进行的。')).toBe('');
    // a verb before the name, or a kind alone: none
    expect(organOf('现公布区水务局2024年政府信息公开工作年度报告。')).toBe('');
    expect(organOf('2024年，管理区在市委的领导下推进公开。')).toBe('');
  });

  it('part 一 opening on a year run straight into its subject (「2025年某某街道积极推动…」)', () => {
    const yearOf = (opening1: string) => readMeta([], '', true, EMPTY_PAGE_META, opening1).year;
    expect(yearOf('2025年某某街道积极推动政府信息公开工作。')).toBe(2025);
    expect(yearOf('2025年度某某街道政府信息公开工作主要涉及三方面。')).toBe(2025);
    // a month, a half-year or 「以来」 is no opening on the year reported
    expect(yearOf('2025年3月某某街道调整了领导小组。')).toBeNull();
    expect(yearOf('2025年上半年某某街道完成了网站改版。')).toBeNull();
    expect(yearOf('2021年以来某某街道持续推进公开。')).toBeNull();
  });
});
