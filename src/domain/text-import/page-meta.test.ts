// A report copied or saved from a portal's 信息公开 page comes with the page around it: the
// breadcrumb, the metadata table (索引号、发布机构、名称 …), the buttons (【字体：大 中 小】 打印本页),
// an article info line under the title and the site footer (nianbao issue 18). None of it is report.
import { describe, expect, it } from 'vitest';
import qufuText from '../fixtures/qufu-2021.txt?raw';
import { importPublishedText } from './import-text';
import { isArticleInfo, isPageFurniture, splitPageMeta } from './page-meta';

const TITLE = '曲阜市人民政府办公室2021年政府信息公开工作年度报告';

describe('the metadata table of a 信息公开 page', () => {
  it('rows of key–value pairs copied with tabs, the breadcrumb and buttons among them', () => {
    const head = [
      '首页 > 政务公开 > 法定主动公开内容 > 政府信息公开年报',
      '索引号：\t11370881004353085X/2022-00123\t主题分类：\t其他',
      '发布机构：\t曲阜市人民政府办公室\t成文日期：\t2022-01-20',
      '文号：\t\t发布日期：\t2022-01-25',
      '名称：\t曲阜市人民政府办公室2021年政府信息公开工作年度报告',
      '【字体：大 中 小】  打印本页  浏览次数：1234',
    ];
    const { meta, text } = splitPageMeta(`${head.join('\n')}\n${TITLE}\n正文`);
    expect(meta).toEqual({
      title: TITLE,
      url: '',
      publishTime: '2022-01-25',
      publisher: '曲阜市人民政府办公室',
    });
    expect(text.trim()).toBe(`${TITLE}\n正文`);
  });

  it('one cell per line: each key’s value on the line after it', () => {
    const head = [
      '索引号：',
      '11370881004353085X/2022-00123',
      '发布机构：',
      '曲阜市人民政府办公室',
      '名称：',
      TITLE,
    ];
    const { meta, text } = splitPageMeta(`${head.join('\n')}\n${TITLE}\n正文`);
    expect([meta.title, meta.publisher]).toEqual([TITLE, '曲阜市人民政府办公室']);
    expect(text.trim()).toBe(`${TITLE}\n正文`);
  });

  it('a crawler’s lines: where it saved the page, a note on its files, a rule before the text', () => {
    const head = [
      '标题: 某某县人民政府2022年度政府信息公开工作年度报告',
      '发布时间: 2023-02-20 15:07',
      '原文链接: https://www.mm.gov.cn/nb/t20230220_1.htm',
      '本地目录: nb/202302/1_某某县人民政府2022年度政府信息公开工作年度报告',
      '页面链接与图片详见 links.tsv(同目录)',
      '==================== 正文 ====================',
    ];
    const { meta, text } = splitPageMeta(`${head.join('\n')}\n本报告根据条例编制。`);
    expect(meta.publishTime).toBe('2023-02-20 15:07');
    expect(text.trim()).toBe('本报告根据条例编制。');
  });

  it('a report that opens with its title or a sentence is not metadata', () => {
    for (const t of [
      `${TITLE}\n正文`,
      '来源于群众的申请共12件。\n正文',
      '名称：本机关全称为某某局。\n正文',
    ]) {
      expect(splitPageMeta(t).text).toBe(t);
    }
  });
});

describe('page furniture lines', () => {
  it.each([
    '首页 > 政务公开 > 年报',
    '当前位置：首页 > 政务公开 > 政府信息公开年报',
    '【字体：大 中 小】 【打印本页】 【关闭窗口】',
    '分享到：  扫一扫',
  ])('%s', (line) => {
    expect(isPageFurniture(line)).toBe(true);
  });

  it.each([
    '发布时间：2022-01-25 10:00  来源：曲阜市政府办  浏览次数：123  【字体：大 中 小】',
    '2022-01-25 10:00  来源：曲阜市人民政府办公室  【大 中 小】【打印】【关闭】',
    '来源：市政府办公室　作者：张三　阅读次数：45',
    '某某市人民政府门户网站 www.mm.gov.cn 2023-02-01 ',
    '某某县政府网　2021年01月28日 09:15',
  ])('article info under the title: %s', (line) => {
    expect(isArticleInfo(line)).toBe(true);
  });

  it.each([
    '2022年1月1日至12月31日，本机关共收到申请12件。',
    '本报告由曲阜市人民政府办公室编制。',
    '打印机采购等信息已按要求公开，关闭了2个栏目。',
    '（一）主动公开情况',
    '电子版见某某市人民政府门户网站 www.mm.gov.cn。',
    '本机关于2023年1月30日在某某县政府网发布。',
  ])('report text stays: %s', (line) => {
    expect(isPageFurniture(line) || isArticleInfo(line)).toBe(false);
  });
});

describe('a report with its whole page around it reads as the report alone', () => {
  const at = qufuText.indexOf('本报告由');
  const body = qufuText.slice(at);
  const plain = importPublishedText(`${TITLE}\n${body}`);
  it.each([
    [
      'metadata table, buttons and footer',
      [
        '当前位置：首页 > 政务公开 > 政府信息公开年报',
        '索引号：\t11370881004353085X/2022-00123\t主题分类：\t其他',
        '发布机构：\t曲阜市人民政府办公室\t发布日期：\t2022-01-25',
        '名称：\t曲阜市人民政府办公室2021年政府信息公开工作年度报告',
        '【字体：大 中 小】  打印本页  浏览次数：1234',
        TITLE,
      ],
    ],
    [
      'article info under the title',
      [TITLE, '2022-01-25 10:00  来源：曲阜市人民政府办公室  【大 中 小】【打印】【关闭】'],
    ],
  ])('%s', (_what, head) => {
    const footer =
      '【打印本页】【关闭窗口】\n主办单位：曲阜市人民政府办公室\n网站标识码：3708810001  鲁ICP备05012345号';
    const r = importPublishedText(`${head.join('\n')}\n${body}\n${footer}`);
    expect(r.draft.meta).toEqual(plain.draft.meta);
    expect([r.draft.overview, r.draft.problems, r.draft.otherMatters]).toEqual([
      plain.draft.overview,
      plain.draft.problems,
      plain.draft.otherMatters,
    ]);
    expect(r.summary.numbers).toEqual(plain.summary.numbers);
  });

  it('takes no 联系电话 from the portal’s footer after the 落款 (the site’s number, not the office’s)', () => {
    const noPhone = body.replace(/联系电话[^\n。]*/gu, '');
    const footer =
      '【打印本页】【关闭窗口】\n主办单位：曲阜市人民政府办公室  网站标识码：3708810001\n联系电话：0537-1234567';
    const own = importPublishedText(`${TITLE}\n${noPhone}`);
    const r = importPublishedText(`${TITLE}\n${noPhone}\n${footer}`);
    expect(own.draft.meta.contactPhone).toBe('');
    expect(r.draft.meta).toEqual(own.draft.meta);
  });
});
