// Part 六 written as one paragraph (nianbao issue 18): checks that depend on one sub-item do not
// fire when what they look for is written elsewhere in the part.
import { describe, expect, it } from 'vitest';
import { cellAddress, cellId } from '../report/cell-address';
import type { ReportDraft } from '../report/report-schema';
import { fixtureDraft, resultOf, run, withCells } from './test-kit';

const allInOne = (text: string, base = fixtureDraft()): ReportDraft => ({
  ...base,
  otherMatters: { ...base.otherMatters, processingFees: '', statisticsNotes: '', otherItems: text },
});

describe('part 六 in one paragraph', () => {
  const text =
    '本年度发出收费通知1件，收取信息处理费100元；结转下年度的2件申请因需征求第三方意见，于次年答复；其他事项无。';
  const draft = withCells(allInOne(text), {
    [cellId(cellAddress('applications', 'otherUnpaidFee', 'natural'))]: '1',
    [cellId(cellAddress('applications', 'carriedForward', 'natural'))]: '2',
    [cellId(cellAddress('applications', 'newReceived', 'natural'))]: '26',
  });
  const r = run(draft);

  it('「信息处理费收取情况」 is not 「未填写」: its content is in the part', () => {
    const res = resultOf(r, 'narrative-empty:otherMatters.processingFees');
    expect(res.status).toBe('passed');
    expect(res.message).toContain('（六）认为需要报告的其他事项');
  });

  it('fees are not 「未说明」', () => {
    expect(resultOf(r, 'fee-unexplained').status).toBe('passed');
  });

  it('the carried-forward applications are not 「未说明」', () => {
    expect(resultOf(r, 'carried-forward-unexplained').status).toBe('passed');
  });

  it('still fire when the part says nothing of it', () => {
    const silent = withCells(allInOne('其他事项无。'), {
      [cellId(cellAddress('applications', 'otherUnpaidFee', 'natural'))]: '1',
      [cellId(cellAddress('applications', 'carriedForward', 'natural'))]: '2',
      [cellId(cellAddress('applications', 'newReceived', 'natural'))]: '26',
    });
    const s = run(silent);
    expect(resultOf(s, 'narrative-empty:otherMatters.processingFees').status).toBe('failed');
    expect(resultOf(s, 'fee-unexplained').status).toBe('failed');
    expect(resultOf(s, 'carried-forward-unexplained').status).toBe('failed');
  });
});

describe('the fee statement in words nobody listed (issue 18 §5: any 费, not a list of sentences)', () => {
  // Written here; each is the whole of part 六, imported into 其他事项.
  it.each([
    '本年度未收取任何费用。',
    '依申请公开工作未产生相关费用。',
    '本机关提供政府信息一律免费。',
    '本年度未向申请人发出缴费通知。',
    '申请人获取政府信息无需付费。',
    '2024年本机关没有发出收费通知。',
    '信息处理费：0元。',
    '依申请提供政府信息免收。',
  ])('「%s」 tells the fees', (text) => {
    expect(resultOf(run(allInOne(text)), 'narrative-empty:otherMatters.processingFees').status).toBe(
      'passed',
    );
  });

  it.each(['落实政务公开工作经费。', '办理人大代表建议8件、政协提案12件。', ''])(
    '「%s」 tells nothing of fees: still 未填写',
    (text) => {
      expect(resultOf(run(allInOne(text)), 'narrative-empty:otherMatters.processingFees').status).toBe(
        'failed',
      );
    },
  );
});
