import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import { cellAddress, cellId } from '../report/cell-address';
import { emptyDraft } from '../report/empty-report';
import type { ReportDraft } from '../report/report-schema';
import { CHECK_CATALOG, CHECK_CATALOG_VERSION, familyOf, STATIC_CHECK_IDS } from './catalog';
import { runChecks } from './run-checks';
import { failed, fixtureDraft, resultOf, run, withCells } from './test-kit';

describe('runChecks on the fixture', () => {
  it('passes every error check', () => {
    const r = run(fixtureDraft(), { previous: qufuReport('prev') });
    expect(failed(r).filter((x) => x.severity === 'error')).toEqual([]);
    expect(r.counts.errors).toBe(0);
    expect(r.catalogVersion).toBe(CHECK_CATALOG_VERSION);
  });

  it('produces only catalogued ids, with the catalogue severity, each once', () => {
    const draft = withCells(fixtureDraft(), {
      [cellId(cellAddress('applications', 'newReceived', 'natural'))]: '12a',
    });
    const r = run(draft, {
      previous: qufuReport('prev'),
      settings: { requiredOtherMatters: ['processingFees', 'workPlan'] },
    });
    const ids = r.results.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const x of r.results) {
      const family = familyOf(x.id);
      expect(family, x.id).not.toBeNull();
      expect(x.severity).toBe(CHECK_CATALOG[family!].severity);
      if (family !== 'narrative-number') expect(STATIC_CHECK_IDS).toContain(x.id);
    }
  });

  it('counts failed errors, failed warnings, pending and failed info', () => {
    const d = emptyDraft({ id: 'e', agencyName: '', year: 2021, reportKind: 'department' });
    const r = runChecks({ draft: d, today: new Date(2022, 1, 2) });
    const count = (pred: (x: (typeof r.results)[number]) => boolean) => r.results.filter(pred).length;
    expect(r.counts).toEqual({
      errors: count((x) => x.status === 'failed' && x.severity === 'error'),
      warnings: count((x) => x.status === 'failed' && x.severity === 'warning'),
      pending: count((x) => x.status === 'pending'),
      info: 1,
    });
    // meta (机关名称) and required for all three tables
    expect(r.counts.errors).toBe(4);
    // every balance column is pending on an empty matrix, not failed
    expect(r.results.filter((x) => x.id.startsWith('balance:')).every((x) => x.status === 'pending')).toBe(
      true,
    );
  });
});

describe('accepted warnings', () => {
  const ID = 'narrative-number:overview.onRequest:received';
  const draftSaying = (n: number, explanation?: string): ReportDraft => {
    const d = fixtureDraft();
    return {
      ...d,
      overview: { ...d.overview, onRequest: `共收到依申请公开件${n}件` },
      explanations: explanation ? { [ID]: explanation } : {},
    };
  };
  const NOTE = '文字中的件数含上级转来的协助调查件。';

  it('is accepted while the fingerprint recorded at acceptance matches', () => {
    const first = resultOf(run(draftSaying(31, NOTE)), ID);
    expect(first.status).toBe('failed');
    expect(first.explanation).toBe(NOTE);
    const r = run(draftSaying(31, NOTE), { accepted: { [ID]: first.fingerprint } });
    expect(resultOf(r, ID).status).toBe('accepted');
    expect(r.counts.warnings).toBe(failed(r).filter((x) => x.severity === 'warning').length);
    expect(failed(r).some((x) => x.id === ID)).toBe(false);
  });

  it('re-opens when the numbers behind it change, keeping the old 说明', () => {
    const fp = resultOf(run(draftSaying(31, NOTE)), ID).fingerprint;
    const changedText = resultOf(run(draftSaying(30, NOTE), { accepted: { [ID]: fp } }), ID);
    expect(changedText.status).toBe('failed');
    expect(changedText.explanation).toBe(NOTE);
    const changedTable = resultOf(
      run(
        withCells(draftSaying(31, NOTE), {
          [cellId(cellAddress('applications', 'newReceived', 'natural'))]: '24',
          [cellId(cellAddress('applications', 'granted', 'natural'))]: '1',
        }),
        {
          accepted: { [ID]: fp },
        },
      ),
      ID,
    );
    expect(changedTable.status).toBe('failed');
  });

  it('needs a 说明: a recorded fingerprint alone does not accept', () => {
    const fp = resultOf(run(draftSaying(31)), ID).fingerprint;
    expect(resultOf(run(draftSaying(31, '  '), { accepted: { [ID]: fp } }), ID).status).toBe('failed');
  });

  it('never accepts an error', () => {
    const d = withCells(fixtureDraft(), {
      [cellId(cellAddress('applications', 'carriedForward', 'natural'))]: '1',
    });
    const fp = resultOf(run(d), 'balance:natural').fingerprint;
    const draft = { ...d, explanations: { 'balance:natural': '说明' } };
    const r = run(draft, { accepted: { 'balance:natural': fp } });
    expect(resultOf(r, 'balance:natural').status).toBe('failed');
    expect(r.counts.errors).toBe(2);
  });
});
