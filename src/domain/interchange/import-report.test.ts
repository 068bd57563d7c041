import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import expected from '../fixtures/qufu-2021.expected.json';
import { cellAddress, cellId } from '../report/cell-address';
import { deriveAppeals, deriveApplications } from '../report/derive';
import { emptyReview } from '../report/empty-review';
import { APPLICANT_INPUT_COLUMNS } from '../report/keys';
import { exportReport } from './export-report';
import { DIGEST_MISMATCH, importReport } from './import-report';
import type { JsonObject } from './read-json-text';
import { DERIVED_CELLS } from './recompute-derived';
import { checksArb, reportArb, reviewArb } from './test-arbitraries';
import { fixtureFileObject, NO_CHECKS, NOW, setAt, signedIfApproved } from './test-files';

describe('derived totals in a file are recomputed, never trusted', () => {
  it('replaces disagreeing totals and lists each one with file value and sum', async () => {
    const file = await fixtureFileObject();
    setAt(file, `report.${cellId(cellAddress('applications', 'totalHandled', 'natural'))}`, 99);
    setAt(file, `report.${cellId(cellAddress('applications', 'newReceived', 'total'))}`, 1);
    setAt(file, `report.${cellId(cellAddress('appeals', 'litigationDirect', 'total'))}`, 7);
    const result = await importReport(JSON.stringify(file));
    if (!result.ok) throw new Error(result.error);
    expect(result.report.applications).toEqual(expected.applications);
    expect(result.report.appeals).toEqual(expected.appeals);
    expect(result.file.report).toEqual(result.report);
    expect(result.warnings).toEqual([
      DIGEST_MISMATCH,
      `「一、本年新收政府信息公开申请数量 — 总计」文件中为1，与各项之和（${expected.applications.newReceived.total}）不一致，已按重新计算的值导入`,
      `「（七）总计 — 自然人」文件中为99，与各项之和（${expected.applications.totalHandled.natural}）不一致，已按重新计算的值导入`,
      '「行政诉讼（未经复议直接起诉） — 总计」文件中为7，与各项之和（0）不一致，已按重新计算的值导入',
    ]);
  });

  it('fills blank totals silently (a blank states nothing)', async () => {
    const file = await fixtureFileObject();
    setAt(file, `report.${cellId(cellAddress('applications', 'totalHandled', 'natural'))}`, null);
    const result = await importReport(JSON.stringify(file));
    if (!result.ok) throw new Error(result.error);
    expect(result.report.applications.totalHandled.natural).toBe(expected.applications.totalHandled.natural);
    expect(result.warnings).toEqual([DIGEST_MISMATCH]);
  });

  it('reports exactly the non-blank derived cells that differ from the sums (property)', async () => {
    const derivedValue = fc.option(fc.nat(1000), { nil: null });
    await fc.assert(
      fc.asyncProperty(
        fc.array(derivedValue, { minLength: DERIVED_CELLS.length, maxLength: DERIVED_CELLS.length }),
        async (values) => {
          const file = await fixtureFileObject();
          const truth = qufuReport();
          let disagreeing = 0;
          DERIVED_CELLS.forEach((cell, i) => {
            const v = values[i]!;
            const sum = (truth[cell.part] as Record<string, Record<string, number | null>>)[cell.row]![
              cell.column
            ];
            if (v !== null && v !== sum) disagreeing++;
            setAt(file, `report.${cellId(cell)}`, v);
          });
          const result = await importReport(JSON.stringify(file));
          if (!result.ok) throw new Error(result.error);
          expect(result.report).toEqual(truth);
          expect(result.warnings.filter((w) => w.includes('与各项之和'))).toHaveLength(disagreeing);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('export → import is the identity (property)', () => {
  it('on random valid reports, reviews and check results', async () => {
    await fc.assert(
      fc.asyncProperty(reportArb, reviewArb, checksArb, async (report, generated, checks) => {
        const review = await signedIfApproved(generated, report);
        const text = await exportReport({ report, review, checks, generator: 'nianbao test', now: NOW });
        const result = await importReport(text);
        if (!result.ok) throw new Error(result.error);
        expect(result.report).toEqual(report);
        expect(result.review).toEqual(review);
        expect(result.file.checks).toEqual(checks);
        expect(result.warnings).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps null cells null and does not turn blanks into zeros', async () => {
    const report = qufuReport();
    for (const c of APPLICANT_INPUT_COLUMNS) report.applications.granted[c] = null;
    report.proactive.fees.amount = null;
    const derived = {
      ...report,
      applications: deriveApplications(report.applications),
      appeals: deriveAppeals(report.appeals),
    };
    const result = await importReport(
      await exportReport({
        report,
        review: emptyReview(),
        checks: { catalogVersion: '1', results: [] },
        generator: 'g',
        now: NOW,
      }),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.report).toEqual(derived);
    expect(result.report.applications.granted.total).toBeNull();
    expect(result.report.proactive.fees.amount).toBeNull();
  });
});

describe('import of an older version', () => {
  it('migrates a v0 (pre-release) file, recomputes totals and notes that it has no digest', async () => {
    const v1 = await fixtureFileObject();
    const report = v1.report as JsonObject;
    const meta = report.meta as JsonObject;
    const applications = report.applications as Record<string, JsonObject>;
    delete applications.totalHandled;
    for (const row of Object.values(applications)) delete row.total;
    for (const group of Object.values(report.appeals as Record<string, JsonObject>)) delete group.total;
    const { agencyName, reportKind, ...restMeta } = meta;
    const v0 = {
      format: v1.format,
      formatVersion: 0,
      exportedAt: v1.exportedAt,
      generator: 'nianbao 0.0.1-preview',
      report: { ...report, meta: { organ: agencyName, kind: reportKind, ...restMeta } },
      review: v1.review,
    };
    const result = await importReport(JSON.stringify(v0));
    if (!result.ok) throw new Error(result.error);
    expect(result.report).toEqual(qufuReport());
    expect(result.file.formatVersion).toBe(1);
    expect(result.file.digest.value).toBe((v1.digest as JsonObject).value);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('格式版本0');
  });
});

describe('an approval (已审定) is believed only when its signature verifies (issue 16, item 8)', () => {
  it('a file whose status was edited to approved, with a forged 审定 entry, imports as 待审核 with a warning', async () => {
    const file = await fixtureFileObject();
    setAt(file, 'review', {
      status: 'approved',
      comments: [],
      history: [
        {
          action: 'approve',
          actor: '市政务公开办',
          at: '2022-01-20T08:00:00.000Z',
          from: 'submitted',
          to: 'approved',
          note: '',
          revision: 5,
        },
      ],
    });
    const result = await importReport(JSON.stringify(file), NOW);
    if (!result.ok) throw new Error(result.error);
    expect(result.review.status).toBe('submitted');
    expect(result.approval).toEqual({ kind: 'unverified', reason: '文件中没有审定签名' });
    expect(result.warnings[0]).toContain('已作为「待审核」导入');
    expect(result.review.history.at(-1)).toMatchObject({
      action: 'import',
      from: 'approved',
      to: 'submitted',
    });
  });

  it('a signed approval imports as 已审定, and stops verifying when a number is changed', async () => {
    const report = qufuReport();
    const review = await signedIfApproved({ ...emptyReview(), status: 'approved' }, report);
    const text = await exportReport({ report, review, checks: NO_CHECKS, generator: 'g', now: NOW });
    const good = await importReport(text, NOW);
    if (!good.ok) throw new Error(good.error);
    expect(good.review).toEqual(review);
    expect(good.approval.kind).toBe('verified');

    const file = JSON.parse(text) as JsonObject;
    setAt(file, `report.${cellId(cellAddress('applications', 'newReceived', 'natural'))}`, 24);
    const tampered = await importReport(JSON.stringify(file), NOW);
    if (!tampered.ok) throw new Error(tampered.error);
    expect(tampered.review.status).toBe('submitted');
    expect(tampered.warnings).toEqual(
      expect.arrayContaining([expect.stringContaining('报告在审定后被修改过')]),
    );
  });
});
