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
});
