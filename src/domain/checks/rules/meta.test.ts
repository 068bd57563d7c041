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
    // The fixture's title and 统计期限 name 2021: another year is written with its own.
    [{ year: 2008, title: '某局2008年政府信息公开工作年度报告', preamble: '' }, 'passed', ''],
    [{ year: 2022, title: '某局2022年政府信息公开工作年度报告', preamble: '' }, 'passed', ''],
    [{ year: 2022 }, 'failed', '报告标题中的年度（2021年）与报告年度（2022年）不一致'],
    [{ publishDate: '20220-01-20' }, 'failed', '发布日期「20220-01-20」不是有效日期'],
    [{ publishDate: '2021-06-30' }, 'failed', '发布日期2021年6月30日早于统计期限截止日（2021年12月31日）'],
    [{ publishDate: '2022-01-20' }, 'passed', ''],
    // A year out of range is said once, not compared with the title.
    [{ year: 21 }, 'failed', '报告年度21超出范围（2008—2022年）'],
    [{ agencyName: '', year: null }, 'failed', '机关名称未填写；报告年度未填写'],
  ] as const)('%o → %s', (meta, status, message) => {
    const res = resultOf(run(withMeta(meta), { today }), 'meta');
    expect(res.status).toBe(status);
    expect(res.severity).toBe('error');
    expect(res.part).toBe('meta');
    expect(res.message).toContain(message);
    if ('year' in meta && meta.year === 21) expect(res.message).not.toContain('标题');
  });

  it('takes the current year from `today`', () => {
    const meta = { year: 2023, title: '', preamble: '' };
    expect(resultOf(run(withMeta(meta), { today: new Date(2023, 0, 2) }), 'meta').status).toBe('passed');
  });
});
