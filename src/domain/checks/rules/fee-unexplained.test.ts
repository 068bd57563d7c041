import { describe, expect, it } from 'vitest';
import { cellAddress, cellId } from '../../report/cell-address';
import type { ReportDraft } from '../../report/report-schema';
import { fixtureDraft, resultOf, run, withCells } from '../test-kit';

// The fixture matrix is balanced; moving 1 of 19 「本机关不掌握」 to 「逾期未缴费」 keeps it balanced.
const draftWith = (unpaid: number, text: string): ReportDraft => {
  const d = withCells(fixtureDraft(), {
    [cellId(cellAddress('applications', 'otherUnpaidFee', 'natural'))]: String(unpaid),
    [cellId(cellAddress('applications', 'unavailableNotHeld', 'natural'))]: String(19 - unpaid),
  });
  return { ...d, otherMatters: { ...d.otherMatters, processingFees: text } };
};

describe('fee-unexplained', () => {
  it.each([
    [0, '', 'passed'],
    [1, '本年度未发生相关情况。', 'failed'],
    [1, '', 'failed'],
    [1, '本年度向1名申请人发出收费通知，申请人逾期未缴纳信息处理费。', 'passed'],
    [1, '本年度未收取任何费用。', 'passed'],
  ])('逾期未缴费 %i, （一） 「%s」 → %s', (unpaid, text, status) => {
    const r = run(draftWith(unpaid, text));
    expect(r.counts.errors).toBe(0);
    const res = resultOf(r, 'fee-unexplained');
    expect(res.status).toBe(status);
    if (status === 'failed') {
      expect(res.message).toContain('总计为1');
      expect(res.message).toContain('（一）信息处理费收取情况');
    }
  });
});
