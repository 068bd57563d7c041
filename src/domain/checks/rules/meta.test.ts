import { describe, expect, it } from 'vitest';
import type { ReportDraft } from '../../report/report-schema';
import { fixtureDraft, resultOf, run } from '../test-kit';

const withMeta = (meta: Partial<ReportDraft['meta']>): ReportDraft => {
  const d = fixtureDraft();
  return { ...d, meta: { ...d.meta, ...meta } };
};
const today = new Date(2022, 5, 1);

describe('meta', () => {
  it.each([
    [{}, 'passed', ''],
    [{ agencyName: '' }, 'failed', '机关名称未填写'],
    [{ agencyName: '　 ' }, 'failed', '机关名称未填写'],
    [{ year: null }, 'failed', '报告年度未填写'],
    [{ year: 2007 }, 'failed', '报告年度2007超出范围（2008—2022年）'],
    [{ year: 2023 }, 'failed', '报告年度2023超出范围'],
    [{ year: 2008 }, 'passed', ''],
    [{ year: 2022 }, 'passed', ''],
    [{ agencyName: '', year: null }, 'failed', '机关名称未填写；报告年度未填写'],
  ] as const)('%o → %s', (meta, status, message) => {
    const res = resultOf(run(withMeta(meta), { today }), 'meta');
    expect(res.status).toBe(status);
    expect(res.severity).toBe('error');
    expect(res.part).toBe('meta');
    expect(res.message).toContain(message);
  });

  it('takes the current year from `today`', () => {
    expect(resultOf(run(withMeta({ year: 2023 }), { today: new Date(2023, 0, 2) }), 'meta').status).toBe(
      'passed',
    );
  });
});
