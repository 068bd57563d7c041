import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import { reportToDraft } from '../report/draft-convert';
import type { ReportKind, ReviewStatus } from '../report/keys';
import { daysPastDue, dueDateIso, overdueDays } from './due-date';
import { perUnitRow, perUnitRows } from './per-unit';

const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min);

describe('due dates', () => {
  it.each<[number, ReportKind, string]>([
    [2021, 'department', '2022-01-31'],
    [2021, 'government', '2022-03-31'],
    [2023, 'government', '2024-03-31'],
  ])('%i %s is due %s', (year, kind, iso) => {
    expect(dueDateIso(year, kind)).toBe(iso);
  });

  it.each<[ReportKind, Date, number]>([
    ['department', local(2022, 1, 1), 0],
    ['department', local(2022, 1, 30, 23, 59), 0],
    ['department', local(2022, 1, 31, 0, 0), 0],
    ['department', local(2022, 1, 31, 23, 59), 0],
    ['department', local(2022, 2, 1, 0, 0), 1],
    ['department', local(2022, 2, 10, 12), 10],
    ['department', local(2022, 3, 31), 59],
    ['government', local(2022, 1, 31), 0],
    ['government', local(2022, 3, 31, 23, 59), 0],
    ['government', local(2022, 4, 1), 1],
    ['government', local(2022, 4, 30), 30],
    ['government', local(2022, 12, 31), 275],
    // An earlier reporting cycle: no count of days (issue 15).
    ['government', local(2023, 3, 31), 0],
  ])('a draft of 2021 (%s) on %s is %i days overdue', (kind, today, days) => {
    expect(overdueDays(2021, kind, 'draft', today)).toBe(days);
    expect(overdueDays(2021, kind, 'returned', today)).toBe(days);
    expect(overdueDays(2021, kind, 'submitted', today)).toBe(0);
    expect(overdueDays(2021, kind, 'approved', today)).toBe(0);
  });

  it('counts days before the due date as negative days past due', () => {
    expect(daysPastDue(2021, 'department', local(2022, 1, 21))).toBe(-10);
    expect(daysPastDue(2021, 'government', local(2022, 3, 1))).toBe(-30);
  });

  it('is never overdue without a year', () => {
    expect(overdueDays(null, 'department', 'draft', local(2099, 1, 1))).toBe(0);
  });
});

describe('perUnitRow', () => {
  const report = qufuReport('q');
  report.appeals.reconsideration = { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 };
  report.appeals.litigationDirect = { upheld: 0, corrected: 2, other: 0, pending: 0, total: 2 };
  report.appeals.litigationAfterReconsideration = { upheld: 0, corrected: 0, other: 0, pending: 4, total: 4 };
  const base = { id: 'q', status: 'draft' as ReviewStatus, errorCount: 2, warningCount: 5 };

  it('reads the key totals from a stored draft', () => {
    const row = perUnitRow({ ...base, draft: reportToDraft(report) }, local(2022, 2, 3));
    expect(row).toEqual({
      id: 'q',
      agencyName: report.meta.agencyName,
      reportKind: 'department',
      year: 2021,
      status: 'draft',
      errors: 2,
      warnings: 5,
      newReceived: report.applications.newReceived.total,
      totalHandled: report.applications.totalHandled.total,
      carriedForward: report.applications.carriedForward.total,
      reconsiderationTotal: report.appeals.reconsideration.total,
      litigationTotal:
        report.appeals.litigationDirect.total! + report.appeals.litigationAfterReconsideration.total!,
      dueDate: '2022-01-31',
      overdueDays: 3,
    });
  });

  it('adds both 行政诉讼 groups, leaving a blank group out, and computes totals from a draft', () => {
    const r = qufuReport('q');
    r.appeals.litigationDirect = { upheld: 1, corrected: 2, other: null, pending: null, total: 3 };
    r.appeals.litigationAfterReconsideration = {
      upheld: null,
      corrected: null,
      other: null,
      pending: null,
      total: null,
    };
    const draft = reportToDraft(r);
    draft.applications.newReceived.business = '4';
    const row = perUnitRow({ ...base, draft }, local(2022, 1, 1));
    expect(row.litigationTotal).toBe(3);
    expect(row.newReceived).toBe(r.applications.newReceived.total! + 4);
  });

  it('accepts a checked report and keeps the input order', () => {
    const gov = qufuReport('g');
    gov.meta.reportKind = 'government';
    const rows = perUnitRows(
      [
        { ...base, id: 'g', report: gov, status: 'submitted' },
        { ...base, id: 'd', report: qufuReport('d') },
      ],
      local(2022, 4, 2),
    );
    expect(rows.map((r) => [r.id, r.dueDate, r.overdueDays])).toEqual([
      ['g', '2022-03-31', 0],
      ['d', '2022-01-31', 61],
    ]);
  });
});
