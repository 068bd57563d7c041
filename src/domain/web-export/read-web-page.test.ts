import { describe, expect, it } from 'vitest';
import { importPublishedText } from '../text-import/import-text';
import { splitWebPageInfo, withWebPageInfo } from './read-web-page';

const block = [
  '报告信息',
  '报告标题：某某局2024年度报告',
  '机关名称：某某局',
  '报告年度：2024',
  '报告类型：本级政府',
  '联系电话：0537-1：2',
];

describe('splitWebPageInfo: the closing 「报告信息」 of a web page', () => {
  it('reads each labelled line exactly and leaves the text before it', () => {
    const { text, info } = splitWebPageInfo(['正文', '（七）其他', ...block, ''].join('\n'));
    expect(text).toBe('正文\n（七）其他');
    expect(info).toEqual({
      title: '某某局2024年度报告',
      agencyName: '某某局',
      year: 2024,
      reportKind: 'government',
      website: '',
      contactAddress: '',
      contactPhone: '0537-1：2',
      publishDate: '',
    });
  });

  it.each([
    ['a footer', ['主办：某某市人民政府办公室', '网站标识码：3708810001']],
    ['an unknown label', ['邮编：273100', '报告年度：2024']],
  ])('leaves the page chrome after the block out: %s', (_, after) => {
    const { text, info } = splitWebPageInfo(['正文', ...block, ...after].join('\n'));
    expect(text).toBe('正文');
    expect(info?.agencyName).toBe('某某局');
  });

  it('takes the page heading out when it is the title the block states', () => {
    const { text } = splitWebPageInfo(['标题：x', '', '某某局2024年度报告', '前言', ...block].join('\n'));
    expect(text).toBe('标题：x\n\n前言');
  });

  it.each([
    ['a label twice', [...block, '机关名称：另一个局']],
    ['a year out of range', ['报告信息', '报告标题：甲', '机关名称：甲', '报告年度：1999', '报告类型：部门']],
    ['an unknown kind', ['报告信息', '报告标题：甲', '机关名称：甲', '报告年度：2024', '报告类型：其他']],
    ['a date not in ISO form', [...block, '发布日期：2024年1月2日']],
    ['no organ name', ['报告信息', '报告标题：甲', '报告年度：2024', '报告类型：部门']],
    ['no title', ['报告信息', '机关名称：甲', '报告年度：2024', '报告类型：部门']],
  ])("takes nothing from a page with %s (someone else's page, or edited)", (_, lines) => {
    const text = ['正文', ...lines].join('\n');
    expect(splitWebPageInfo(text)).toEqual({ text, info: null });
  });
});

describe('withWebPageInfo', () => {
  it('what the block states is no longer listed as unread', () => {
    const read = importPublishedText('一、总体情况\n无。');
    expect(read.summary.unreadFields.map((u) => u.field)).toContain('meta.contactPhone');
    const { info } = splitWebPageInfo(['正文', ...block].join('\n'));
    const fields = withWebPageInfo(read, info!).summary.unreadFields.map((u) => u.field);
    expect(fields).not.toContain('meta.contactPhone');
    expect(fields).not.toContain('meta.agencyName');
    expect(fields).toContain('meta.website'); // the block leaves it empty
  });
});
