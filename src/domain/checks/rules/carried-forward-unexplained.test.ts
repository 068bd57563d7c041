import { describe, expect, it } from 'vitest';
import { cellAddress, cellId } from '../../report/cell-address';
import type { ReportDraft } from '../../report/report-schema';
import { fixtureDraft, resultOf, run, withCells } from '../test-kit';

const draftWith = (forward: string, notes: string): ReportDraft => {
  const d = withCells(fixtureDraft(), {
    [cellId(cellAddress('applications', 'carriedForward', 'business'))]: forward,
  });
  return { ...d, otherMatters: { ...d.otherMatters, statisticsNotes: notes } };
};

describe('carried-forward-unexplained', () => {
  it.each([
    ['0', '', 'passed'],
    ['2', '', 'failed'],
    ['2', '无。', 'failed'],
    ['2', '结转下年度2件系需征求第三方意见，已延期答复。', 'passed'],
    ['', '', 'pending'],
  ])('四 = 「%s」, 说明 = 「%s」 → %s', (forward, notes, status) => {
    const res = resultOf(run(draftWith(forward, notes)), 'carried-forward-unexplained');
    expect(res.status).toBe(status);
    expect(res.severity).toBe('warning');
    if (status === 'failed') {
      expect(res.message).toContain('总计为2');
      expect(res.message).toContain('（五）数据统计需要说明的事项');
      expect(res.fields).toEqual(['otherMatters.statisticsNotes']);
    }
  });

  const stated = (where: 'preamble' | 'overview', text: string): ReportDraft => {
    const d = draftWith('2', '');
    return where === 'preamble'
      ? { ...d, meta: { ...d.meta, preamble: text } }
      : { ...d, overview: { ...d.overview, onRequest: text } };
  };
  it.each([
    ['overview', '本年度共收到70件申请，办结68件，2件结转下年度继续办理。', 'passed'],
    ['overview', '2025年共收到申请154件，共办结152件，结转至2026年2件。', 'passed'],
    ['overview', '所有办结的申请中同意公开答复9件，转下一年度办理答复的有1件。', 'passed'],
    ['preamble', '本报告……其中2件因需征求第三方意见延期答复。', 'passed'],
    // 上海市人民政府办公厅 2019: the carry-over told as applications 「顺延」 into next year
    ['overview', '共答复申请40件（含上年度结转申请3件，另有2件申请按照规定顺延到下年度答复）。', 'passed'],
    // PDF text: the words wrapped over a line or a page (an unjoined line break, a blank line between)
    ['overview', '其他处理 14 件，转下一\n年度办理答复的有 1 件。', 'passed'],
    ['overview', '共收到申请 70 件，2 件结转\n\n至 2026 年继续办理。', 'passed'],
    // 「上年结转」 is part 三's row 二, not the year's own carry-over
    ['overview', '本年度新收申请70件，上年结转2件，均已办结。', 'failed'],
    ['overview', '本年度共收到70件申请，均已按期办结。', 'failed'],
  ] as const)('stated in the %s: 「%s」 → %s', (where, text, status) => {
    const res = resultOf(run(stated(where, text)), 'carried-forward-unexplained');
    expect(res.status).toBe(status);
    if (status === 'passed')
      expect(res.message).toContain(where === 'preamble' ? '报告开头' : '「一、总体情况」');
  });
});
