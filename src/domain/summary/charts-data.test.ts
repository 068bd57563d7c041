import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import { APPLICANT_COLUMNS, APPLICANT_INPUT_COLUMNS, RESULT_ROWS } from '../report/keys';
import {
  applicantsByType,
  HANDLING_CATEGORIES,
  handlingByCategory,
  shortLabel,
  yearOverYear,
} from './charts-data';
import { sumReports } from './sum-reports';
import { generatedReportArb } from './test-arbitraries';

describe('handling categories', () => {
  it('are the six result groups of the national table, in order', () => {
    expect(HANDLING_CATEGORIES.map((c) => c.label)).toEqual([
      '予以公开',
      '部分公开',
      '不予公开',
      '无法提供',
      '不予处理',
      '其他处理',
    ]);
  });

  it('take every result row exactly once', () => {
    const rows = HANDLING_CATEGORIES.flatMap((c) => c.rows);
    expect([...rows].sort()).toEqual([...RESULT_ROWS].sort());
    expect(HANDLING_CATEGORIES.find((c) => c.key === 'withheld')!.rows).toHaveLength(8);
  });

  it.each([
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开'],
    ['（七）总计', '总计'],
    ['自然人', '自然人'],
  ])('shortLabel(%s) = %s', (label, short) => {
    expect(shortLabel(label)).toBe(short);
  });
});

describe('handlingByCategory', () => {
  it('stacks to the column’s 「（七）总计」 with blanks drawn as 0', () => {
    fc.assert(
      fc.property(fc.array(generatedReportArb, { minLength: 1, maxLength: 4 }), (members) => {
        const summed = sumReports(members.map((m) => m.report));
        const bars = handlingByCategory(summed.applications);
        expect(bars.map((b) => b.column)).toEqual([...APPLICANT_COLUMNS]);
        for (const bar of bars) {
          const cells = RESULT_ROWS.map((r) => summed.applications[r][bar.column]);
          expect(bar.total).toBe(cells.reduce<number>((acc, v) => acc + (v ?? 0), 0));
          expect(bar.blanks).toBe(cells.filter((v) => v === null).length);
          expect(bar.segments.reduce((acc, s) => acc + s.value, 0)).toBe(bar.total);
          if (bar.blanks === 0) expect(bar.total).toBe(summed.applications.totalHandled[bar.column]);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('puts the fixture’s results in their categories', () => {
    const r = qufuReport();
    const natural = handlingByCategory(r.applications)[0]!;
    const segment = (key: string) => natural.segments.find((s) => s.category === key)!.value;
    expect(segment('partiallyGranted')).toBe(r.applications.partiallyGranted.natural);
    expect(segment('unavailable')).toBe(
      r.applications.unavailableNotHeld.natural! +
        r.applications.unavailableNeedsCreation.natural! +
        r.applications.unavailableUnclear.natural!,
    );
    expect(natural.total).toBe(r.applications.totalHandled.natural);
  });
});

describe('applicantsByType', () => {
  it('lists 本年新收 for the six applicant types', () => {
    const r = qufuReport();
    r.applications.newReceived.legal = null;
    expect(applicantsByType(r.applications)).toEqual(
      APPLICANT_INPUT_COLUMNS.map((c) =>
        expect.objectContaining({ column: c, value: r.applications.newReceived[c] }),
      ),
    );
  });
});

describe('yearOverYear', () => {
  const tables = (newReceived: number) => {
    const r = qufuReport();
    r.applications.newReceived.natural = newReceived;
    r.applications.newReceived.total = newReceived;
    r.appeals.litigationDirect.total = 2;
    r.appeals.litigationAfterReconsideration.total = null;
    return { applications: r.applications, appeals: r.appeals };
  };

  it('orders the years and leaves a gap for a year without data', () => {
    const yoy = yearOverYear([
      { year: 2022, ...tables(30) },
      { year: 2019, ...tables(10) },
      { year: 2020, ...tables(20) },
    ]);
    expect(yoy.years).toEqual([2019, 2020, 2021, 2022]);
    expect(yoy.series.find((s) => s.key === 'newReceived')!.values).toEqual([10, 20, null, 30]);
    expect(yoy.series.find((s) => s.key === 'litigation')!.values).toEqual([2, 2, null, 2]);
  });

  it('refuses a year given twice and returns nothing for no data', () => {
    expect(() =>
      yearOverYear([
        { year: 2021, ...tables(1) },
        { year: 2021, ...tables(2) },
      ]),
    ).toThrow(/2021/);
    expect(yearOverYear([]).years).toEqual([]);
  });
});
