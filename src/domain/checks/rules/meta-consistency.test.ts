import { describe, expect, it } from 'vitest';
import { metaConsistency } from './meta-consistency';

const META: { year: number | null; title: string; preamble: string; publishDate: string } = {
  year: 2024,
  title: '某县水利局2024年政府信息公开工作年度报告',
  preamble: '本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
  publishDate: '2025-01-22',
};
const check = (change: Partial<typeof META>) => metaConsistency({ ...META, ...change });

describe('metaConsistency', () => {
  it('passes a report whose title, 统计期限 and 发布日期 agree with its year', () => {
    expect(check({})).toEqual({ problems: [], fields: [] });
    expect(check({ publishDate: '', preamble: '', title: '年度报告' })).toEqual({ problems: [], fields: [] });
    // Chinese numerals are not read; the report's year among others is enough.
    expect(check({ title: '某县水利局二〇二三年政府信息公开工作年度报告' }).problems).toEqual([]);
    expect(check({ title: '某县水利局2024年度（2025年发布）年度报告' }).problems).toEqual([]);
  });

  it('names a date no report can bear: six-digit years, impossible days', () => {
    for (const bad of [
      '260120-01-20',
      '20250-01-22',
      '2025-02-30',
      '2025-13-01',
      '2025/01/22',
      '0120-02-02',
      '2601-01-20',
    ]) {
      const r = check({ publishDate: bad });
      expect(r.fields).toEqual(['meta.publishDate']);
      expect(r.problems[0]).toContain(`发布日期「${bad}」不是有效日期`);
    }
    expect(check({ publishDate: '2024-02-29' }).problems[0]).toContain('早于统计期限截止日');
  });

  it('says when the 发布日期 falls within the year reported on (the year typed for the next one)', () => {
    const r = check({ publishDate: '2024-01-22' });
    expect(r.problems).toEqual([
      '发布日期2024年1月22日早于统计期限截止日（2024年12月31日），请核对发布日期或报告年度',
    ]);
    expect(check({ publishDate: '2025-01-01' }).problems).toEqual([]);
    expect(check({ publishDate: '2026-12-31' }).problems).toEqual([]);
    // Years later (a portal's pages re-dated when it moved): not said.
    expect(check({ publishDate: '2031-01-22' }).problems).toEqual([]);
  });

  it('says when the 报告年度 was changed and the title or the 统计期限 still names another year', () => {
    const r = check({ year: 2023, publishDate: '' });
    expect(r.problems).toEqual([
      '报告标题中的年度（2024年）与报告年度（2023年）不一致',
      '前言中的统计期限（2024年）与报告年度（2023年）不一致',
    ]);
    expect(r.fields).toEqual(['meta.title', 'meta.preamble']);
    expect(check({ preamble: '统计期限为2024年1月1日至2023年12月31日。' }).problems).toEqual([
      '前言中的统计期限（2023年）与报告年度（2024年）不一致',
    ]);
  });

  it('compares nothing of the year while the year is not filled in', () => {
    expect(check({ year: null, publishDate: '' }).problems).toEqual([]);
  });
});
