import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ROW_LABELS } from '../report/labels';
import { coverage, labelForms, lcsLength, normalizeLabel, similarity } from './label-match';
import { LABEL_SCORE as ROW_SIMILARITY } from './locate-labels';

describe('normalizeLabel', () => {
  it.each([
    ['（一）予以公开', '予以公开'],
    ['(一) 予以公开', '予以公开'],
    ['一、本年新收政府信息公开申请数量', '本年新收政府信息公开申请数量'],
    ['1．属于国家秘密', '属于国家秘密'],
    ['１、属于国家秘密', '属于国家秘密'],
    ['3.危及“三安全一稳定”', '危及三安全一稳定'],
    ['商业 企业', '商业企业'],
    ['本年增/减', '本年增减'],
    ['（七）其它处理', '其他处理'],
    ['法人或其它组织', '法人或其他组织'],
  ])('%s → %s', (label, form) => {
    expect(normalizeLabel(label)).toBe(form);
  });

  it('gives the label without its note as a second form', () => {
    expect(labelForms(APPLICATION_ROW_LABELS.partiallyGranted)).toEqual([
      '部分公开区分处理的只计这一情形不计其他情形',
      '部分公开',
    ]);
    expect(labelForms(APPLICATION_ROW_LABELS.granted)).toEqual(['予以公开']);
  });
});

describe('similarity', () => {
  it('one character missing or changed costs one character', () => {
    const form = normalizeLabel(APPLICATION_ROW_LABELS.notProcessedMassRepeated);
    expect(similarity(form.slice(0, 4) + form.slice(5), form)).toBeCloseTo((form.length - 1) / form.length);
    expect(similarity(`${form.slice(0, 4)}某${form.slice(5)}`, form)).toBeCloseTo(
      (form.length - 1) / form.length,
    );
  });

  it('tells the rows of the matrix apart (two pairs are close: the table order separates them)', () => {
    const entries = Object.entries(APPLICATION_ROW_LABELS).map(([k, v]) => [k, normalizeLabel(v)] as const);
    const close = entries.flatMap(([ka, a]) =>
      entries.filter(([kb, b]) => ka < kb && similarity(a, b) >= ROW_SIMILARITY).map(([kb]) => `${ka}~${kb}`),
    );
    expect(close).toEqual(['carriedOver~newReceived', 'otherNoCorrection~otherUnpaidFee']);
  });

  it('coverage: how much of a label a longer heading holds', () => {
    expect(coverage('本行政机关年度政务公开工作创新情况', '年度政务公开工作创新情况')).toBe(1);
    expect(coverage('创新', '年度政务公开工作创新情况')).toBeCloseTo(2 / 12);
  });

  it('LCS is symmetric and bounded (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        const l = lcsLength(a, b);
        expect(l).toBe(lcsLength(b, a));
        expect(l).toBeLessThanOrEqual(Math.min(a.length, b.length));
        expect(lcsLength(a, a)).toBe(a.length);
        expect(similarity(a, b)).toBeGreaterThanOrEqual(0);
        expect(similarity(a, b)).toBeLessThanOrEqual(1);
      }),
    );
  });
});
