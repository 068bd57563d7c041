import { describe, expect, it } from 'vitest';
import { runChecks } from '../checks/run-checks';
import { qufuReport } from '../fixtures/qufu-2021';
import { reportDigest } from '../interchange/digest';
import { cellAddress, cellId } from '../report/cell-address';
import { reportToDraft } from '../report/draft-convert';
import { OTHER_MATTERS_KEYS, OVERVIEW_KEYS } from '../report/keys';
import { reportSchema } from '../report/report-schema';
import { sumReports } from './sum-reports';
import {
  SummaryExportError,
  summaryAgencyName,
  summaryBlockSchema,
  summaryExport,
  summaryMember,
  summaryReport,
} from './summary-report';

const members = () => [qufuReport('a'), qufuReport('b'), qufuReport('c')];
const meta = {
  id: 'sum-2021',
  agencyName: summaryAgencyName(3),
  year: 2021,
  reportKind: 'government' as const,
};

describe('summaryReport', () => {
  it('is a valid Report holding the summed tables, with empty narratives', () => {
    const summed = sumReports(members());
    const report = summaryReport(summed, meta);
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(report.meta.agencyName).toBe('汇总（3个单位）');
    expect(report.meta.title).toContain('汇总（3个单位）2021年');
    expect(report.applications).toEqual(summed.applications);
    expect(report.proactive).toEqual(summed.proactive);
    for (const k of OVERVIEW_KEYS) expect(report.overview[k]).toBe('');
    for (const k of OTHER_MATTERS_KEYS) expect(report.otherMatters[k]).toBe('');
    // a copy: editing the report does not change the sum
    report.applications.newReceived.natural = -1;
    expect(summed.applications.newReceived.natural).not.toBe(-1);
  });

  it('passes the same table checks as a member (a sum of balanced columns balances)', () => {
    const report = summaryReport(sumReports(members()), meta);
    const run = runChecks({ draft: reportToDraft(report), today: new Date(2022, 0, 15) });
    const tableErrors = run.results.filter(
      (r) =>
        r.status === 'failed' && r.severity === 'error' && /^(balance|required|number-format)/.test(r.id),
    );
    expect(tableErrors).toEqual([]);
  });

  it('shows a blank left in a member as a failing check of the sum only when every member left it blank', () => {
    const [a, b] = members();
    a!.applications.granted.natural = null;
    b!.applications.granted.natural = null;
    const report = summaryReport(sumReports([a!, b!]), { ...meta, agencyName: summaryAgencyName(2) });
    const run = runChecks({ draft: reportToDraft(report), today: new Date(2022, 0, 15) });
    expect(
      run.results.some(
        (r) =>
          r.status === 'failed' &&
          r.cells.includes(cellId(cellAddress('applications', 'granted', 'natural'))),
      ),
    ).toBe(true);
  });
});

describe('summaryExport', () => {
  it('returns the report and a valid summary block naming every member with its digest', async () => {
    const reports = members();
    const list = await Promise.all(reports.map(summaryMember));
    const out = summaryExport({
      summed: sumReports(reports),
      meta,
      members: list,
      createdAt: new Date('2022-02-01T08:00:00Z'),
    });
    expect(summaryBlockSchema.parse(out.summary)).toEqual(out.summary);
    expect(out.summary.createdAt).toBe('2022-02-01T08:00:00.000Z');
    expect(out.summary.members.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(out.summary.members[1]!.digest).toBe(await reportDigest(reports[1]!));
    expect(out.report.meta.agencyName).toBe(meta.agencyName);
  });

  it('refuses a member list that does not match the number of reports summed', async () => {
    const reports = members();
    const list = await Promise.all(reports.slice(0, 2).map(summaryMember));
    expect(() =>
      summaryExport({ summed: sumReports(reports), meta, members: list, createdAt: new Date() }),
    ).toThrow(SummaryExportError);
  });

  it('refuses duplicate member ids', async () => {
    const reports = [qufuReport('a'), qufuReport('a')];
    const list = await Promise.all(reports.map(summaryMember));
    expect(() =>
      summaryExport({ summed: sumReports(reports), meta, members: list, createdAt: new Date() }),
    ).toThrow(/重复/);
  });

  it.each([
    ['a digest that is not 64 hex digits', { id: 'a', agencyName: 'x', digest: 'ABC' }],
    ['an unknown key', { id: 'a', agencyName: 'x', digest: '0'.repeat(64), extra: 1 }],
    ['a bad report id', { id: 'a b', agencyName: 'x', digest: '0'.repeat(64) }],
  ])('the summary schema rejects %s', (_, member) => {
    expect(
      summaryBlockSchema.safeParse({ members: [member], createdAt: '2022-02-01T08:00:00Z' }).success,
    ).toBe(false);
  });
});
