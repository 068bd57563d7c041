import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { cellAddress, cellId } from '../report/cell-address';
import { describeIssues } from './zod-issues';

const issue = (path: (string | number)[], message: string) =>
  ({ code: 'custom', path, message, input: 0 }) as unknown as z.core.$ZodIssue;

describe('describeIssues: the place a bad value is, in the clerk’s words and as a path', () => {
  it.each([
    [
      ['report', 'applications', 'carriedOver', 'legal'],
      `「二、上年结转政府信息公开申请数量 — 法律服务机构」（report.${cellId(cellAddress('applications', 'carriedOver', 'legal'))}）不能为负数`,
    ],
    [
      ['reports', 2, 'draft', 'proactive', 'licensing', 'decisions'],
      `「行政许可 — 本年处理决定数量」（reports[2].draft.${cellId(cellAddress('proactive', 'licensing', 'decisions'))}）不能为负数`,
    ],
    [['report', 'meta', 'year'], '「报告年度」（report.meta.year）不能为负数'],
    // not a cell or a 报告信息 field: the path alone
    [['report', 'applications', 'carriedOver'], 'report.applications.carriedOver 不能为负数'],
    [['report', 'meta', 'constructor'], 'report.meta.constructor 不能为负数'],
    [['review', 'history', 0, 'revision'], 'review.history[0].revision 不能为负数'],
  ])('%j', (path, expected) => {
    expect(describeIssues([issue(path, '不能为负数')], '文件格式不正确', '')).toBe(
      `文件格式不正确：${expected}`,
    );
  });
});
