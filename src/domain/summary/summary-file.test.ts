import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import { reportDigest } from '../interchange/digest';
import { exportFileSchema } from '../interchange/envelope-schema';
import { importReport } from '../interchange/import-report';
import { sumReports } from './sum-reports';
import { buildSummaryFile, summaryFileText } from './summary-file';
import { SummaryExportError, summaryAgencyName, summaryBlockSchema, summaryMember } from './summary-report';

const CHECKS = { catalogVersion: 'test', results: [] };
const CREATED = new Date('2022-02-10T08:00:00.000Z');

async function input(n = 3) {
  const reports = Array.from({ length: n }, (_, i) => {
    const r = qufuReport(`unit-${i}`);
    r.meta.agencyName = `单位${i}`;
    r.proactive.fees.amount = [0.1, 0.2, 24252.311082][i] ?? 1;
    return r;
  });
  return {
    summed: sumReports(reports),
    meta: {
      id: 'summary-2021',
      agencyName: summaryAgencyName(n),
      year: 2021,
      reportKind: 'government' as const,
    },
    members: await Promise.all(reports.map(summaryMember)),
    createdAt: CREATED,
    checks: CHECKS,
    generator: 'nianbao test',
    reports,
  };
}

describe('buildSummaryFile', () => {
  it('is a valid report envelope with the summed report, a correct digest and the member list beside it', async () => {
    const inp = await input();
    const file = await buildSummaryFile(inp);
    const { summary, ...envelope } = file;
    expect(exportFileSchema.safeParse(envelope).success).toBe(true);
    expect(summaryBlockSchema.safeParse(summary).success).toBe(true);
    expect(file.digest.value).toBe(await reportDigest(file.report));
    expect(file.report.applications.newReceived.natural).toBe(3 * 23);
    // fees add as integer units: 0.1 + 0.2 + 24252.311082, not the float sum
    expect(file.report.proactive.fees.amount).toBe(24252.611082);
    expect(summary.members.map((m) => m.id)).toEqual(inp.reports.map((r) => r.id));
    expect(summary.members[0]!.digest).toBe(await reportDigest(inp.reports[0]!));
    expect(summary.createdAt).toBe(CREATED.toISOString());
    expect(file.review.status).toBe('draft');
  });

  it('writes text that the report importer refuses whole (a 汇总 is not one organ’s report)', async () => {
    const text = await summaryFileText(await input());
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text).summary.members).toHaveLength(3);
    const imported = await importReport(text);
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.error).toBe('这是汇总文件，不能作为单份报告导入');
  });

  it('refuses a member list that does not match the reports summed', async () => {
    const inp = await input();
    await expect(buildSummaryFile({ ...inp, members: inp.members.slice(1) })).rejects.toBeInstanceOf(
      SummaryExportError,
    );
  });
});
