import { describe, expect, it } from 'vitest';
import { qufuReport } from '../../fixtures/qufu-2021';
import type { Report } from '../../report/report-schema';
import { fixtureDraft, resultOf, run } from '../test-kit';
import { sharedPassages, textSimilarity } from './similar-to-last-year';

const LAST_YEAR =
  '一是持续做好政策发布工作。本年度共印发“曲政发”文件8件、“曲政办发”文件6件，全部在政府门户网站“履职依据”一栏进行主动公开；全年共召开政府常务会议24次，新建“曲阜市政府常务会议”专栏集中统一公开。二是继续加大政策解读力度，严格按照“谁起草、谁解读”的原则发布政策解读。';
const LIGHTLY_EDITED = LAST_YEAR.replace('8件', '11件').replace('24次', '22次').replace('新建', '完善');
const DIFFERENT =
  '本年度重点推进基层政务公开标准化规范化建设，在全市十二个镇街设立政务公开专区，编制公开事项目录，组织业务培训五次，参训人员二百余人次，群众满意度明显提升。';

describe('textSimilarity', () => {
  it.each([
    [LAST_YEAR, LAST_YEAR, 1, 1],
    [LIGHTLY_EDITED, LAST_YEAR, 0.9, 1],
    [DIFFERENT, LAST_YEAR, 0, 0.3],
  ])('is within bounds (%#)', (a, b, min, max) => {
    const s = textSimilarity(a, b);
    expect(s).toBeGreaterThanOrEqual(min);
    expect(s).toBeLessThanOrEqual(max);
  });

  it('ignores whitespace and is symmetric', () => {
    expect(textSimilarity(`  ${LAST_YEAR.slice(0, 40)}\n${LAST_YEAR.slice(40)}`, LAST_YEAR)).toBe(1);
    expect(textSimilarity(LIGHTLY_EDITED, DIFFERENT)).toBeCloseTo(
      textSimilarity(DIFFERENT, LIGHTLY_EDITED),
      12,
    );
  });
});

describe('sharedPassages', () => {
  it('covers an identical text whole', () => {
    expect(sharedPassages(LAST_YEAR, LAST_YEAR)).toEqual([{ start: 0, end: LAST_YEAR.length }]);
  });

  it('finds the copied stretches of a text and nothing else', () => {
    const a = '今年新写的开头部分。一是持续做好政策发布工作。完全不同的结尾';
    const passages = sharedPassages(a, LAST_YEAR);
    expect(passages.map((p) => a.slice(p.start, p.end))).toEqual(['一是持续做好政策发布工作。']);
  });

  it('finds nothing shorter than minLength', () => {
    expect(sharedPassages('政策发布工作', LAST_YEAR, 8)).toEqual([]);
    expect(sharedPassages(DIFFERENT, LAST_YEAR, 8)).toEqual([]);
    expect(sharedPassages('政策发布工作', LAST_YEAR, 4).length).toBe(1);
  });
});

describe('similar-to-last-year', () => {
  const previousWith = (proactive: string): Report => {
    const prev = qufuReport('prev');
    prev.overview.proactive = proactive;
    return prev;
  };
  const draftWith = (proactive: string) => {
    const d = fixtureDraft();
    return { ...d, overview: { ...d.overview, proactive } };
  };

  it.each([
    [LAST_YEAR, 'failed'],
    [LIGHTLY_EDITED, 'failed'],
    [DIFFERENT, 'passed'],
  ])('this year vs last year (%#) → %s', (text, status) => {
    const res = resultOf(
      run(draftWith(text), { previous: previousWith(LAST_YEAR) }),
      'similar-to-last-year:overview.proactive',
    );
    expect(res.status).toBe(status);
    expect(res.message).toMatch(/相似度\d+%/);
    expect(res.fields).toEqual(['overview.proactive']);
  });

  it('does not compare short texts such as 「无。」 or without a previous report', () => {
    const d = fixtureDraft();
    const draft = { ...d, otherMatters: { ...d.otherMatters, innovation: '无。' } };
    const prev = qufuReport('prev');
    prev.otherMatters.innovation = '无。';
    expect(
      run(draft, { previous: prev }).results.some(
        (r) => r.id === 'similar-to-last-year:otherMatters.innovation',
      ),
    ).toBe(false);
    expect(run(draftWith(LAST_YEAR)).results.some((r) => r.id.startsWith('similar-to-last-year'))).toBe(
      false,
    );
  });
});
