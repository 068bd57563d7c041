import { describe, expect, it } from 'vitest';
import type { ReportKind } from '../../report/keys';
import { fixtureDraft, resultOf, run } from '../test-kit';
import { daysLeft, dueDate, isCurrentReportingCycle } from './deadline';

describe('dueDate', () => {
  it.each([
    [2021, 'department', 2022, 0, 31],
    [2021, 'government', 2022, 2, 31],
    [2023, 'department', 2024, 0, 31],
    [2023, 'government', 2024, 2, 31],
  ] as const)('%i %s → %i-%i-%i', (year, kind, y, m, d) => {
    const due = dueDate(year, kind);
    expect([due.getFullYear(), due.getMonth(), due.getDate()]).toEqual([y, m, d]);
  });
});

describe('daysLeft', () => {
  it.each<[ReportKind, Date, number]>([
    ['department', new Date(2022, 0, 15), 16],
    ['department', new Date(2022, 0, 31, 23, 59), 0],
    ['department', new Date(2022, 1, 1), -1],
    ['government', new Date(2022, 0, 31), 59],
    ['government', new Date(2022, 2, 31), 0],
    ['government', new Date(2022, 3, 10), -10],
    ['government', new Date(2021, 11, 31), 90],
  ])('%s, today %s → %i', (kind, today, days) => {
    expect(daysLeft(2021, kind, today)).toBe(days);
  });
});

describe('deadline check', () => {
  it('is informational: days left before the due date, overdue after it', () => {
    const before = resultOf(run(fixtureDraft(), { today: new Date(2022, 0, 15) }), 'deadline');
    expect(before).toMatchObject({ severity: 'info', status: 'passed', part: 'meta' });
    expect(before.message).toBe('部门年度报告报送截止日期为2022年1月31日，还有16天');
    const after = run(fixtureDraft(), { today: new Date(2022, 1, 5) });
    expect(resultOf(after, 'deadline').message).toContain('已逾期5天');
    expect(resultOf(after, 'deadline').status).toBe('failed');
    expect(after.counts.info).toBe(1);
    expect(after.counts.errors).toBe(0);
  });

  it('is given only for the current reporting cycle: not 「已逾期1767天」 for an earlier year', () => {
    const d = fixtureDraft(); // 2021
    for (const [today, shown] of [
      [new Date(2022, 5, 1), true],
      [new Date(2021, 5, 1), true],
      [new Date(2022, 11, 31), true],
      [new Date(2023, 0, 1), false],
      [new Date(2026, 11, 3), false],
    ] as const)
      expect(
        run(d, { today }).results.some((r) => r.id === 'deadline'),
        String(today),
      ).toBe(shown);
    expect(isCurrentReportingCycle(2025, new Date(2026, 11, 3))).toBe(true);
    expect(isCurrentReportingCycle(2026, new Date(2026, 11, 3))).toBe(true);
    expect(isCurrentReportingCycle(2024, new Date(2026, 0, 1))).toBe(false);
  });

  it('uses 3月31日 for 本级政府', () => {
    const d = fixtureDraft();
    const draft = { ...d, meta: { ...d.meta, reportKind: 'government' as const } };
    expect(resultOf(run(draft, { today: new Date(2022, 1, 5) }), 'deadline').message).toBe(
      '本级政府年度报告报送截止日期为2022年3月31日，还有54天',
    );
  });
});
