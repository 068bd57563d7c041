import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import { cellAddress, INPUT_CELLS } from './cell-address';
import { draftToReport, draftToReportReusing, reportToDraft, writeDraftCell } from './draft-convert';
import { emptyDraft } from './empty-report';
import { RESULT_ROWS } from './keys';

describe('draftToReportReusing', () => {
  const draft = reportToDraft(qufuReport());
  const report = draftToReport(draft);

  it('is draftToReport of the new draft, taking the unchanged parts from the report before', () => {
    const changed = writeDraftCell(draft, cellAddress('applications', 'granted', 'natural'), '99');
    const reused = draftToReportReusing(changed, { draft, report });
    expect(reused).toEqual(draftToReport(changed));
    expect(Object.keys(reused)).toEqual(Object.keys(report));
    expect(reused.applications).not.toBe(report.applications);
    expect(reused.applications.granted.natural).toBe(99);
    expect(reused.proactive).toBe(report.proactive);
    expect(reused.appeals).toBe(report.appeals);
    expect(reused.meta).toBe(report.meta);
    expect(report.applications.granted.natural).not.toBe(99);
  });

  it('converts every part of a draft that shares none', () => {
    const copy = JSON.parse(JSON.stringify(draft)) as typeof draft;
    const reused = draftToReportReusing(copy, { draft, report });
    expect(reused).toEqual(report);
    expect(reused.applications).not.toBe(report.applications);
    expect(reused.meta).not.toBe(report.meta);
  });

  it('a keystroke in the matrix takes every other row, and （七）总计 unless a result row changed, from the report before', () => {
    const row = (r: 'granted' | 'carriedForward', text: string) =>
      writeDraftCell(draft, cellAddress('applications', r, 'business'), text);
    const result = draftToReportReusing(row('granted', '7'), { draft, report });
    expect(result.applications.newReceived).toBe(report.applications.newReceived);
    expect(result.applications.granted).not.toBe(report.applications.granted);
    expect(result.applications.totalHandled).not.toBe(report.applications.totalHandled);
    const carried = draftToReportReusing(row('carriedForward', '7'), { draft, report });
    expect(carried.applications.totalHandled).toBe(report.applications.totalHandled);
    expect(carried.applications.carriedForward.business).toBe(7);
    expect(carried.applications.carriedForward.total).toBe(
      report.applications.carriedForward.total! - report.applications.carriedForward.business! + 7,
    );
  });

  it('any run of cell edits (blank, invalid, full-width, numbers; one cell or several) gives draftToReport of each draft, in its key order', () => {
    const text = fc.constantFrom('', '0', '5', '12', '１２', '3a', ' 7 ', '1,234', '-1', '2.5');
    const edit = fc.array(fc.tuple(fc.constantFrom(...INPUT_CELLS), text), { minLength: 1, maxLength: 3 });
    const start = emptyDraft({
      id: 'r1',
      agencyName: '某某县交通运输局',
      year: 2025,
      reportKind: 'department',
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 25 }), (edits) => {
        let before = { draft: start, report: draftToReport(start) };
        for (const cells of edits) {
          const next = cells.reduce((d, [cell, t]) => writeDraftCell(d, cell, t), before.draft);
          const reused = draftToReportReusing(next, before);
          const full = draftToReport(next);
          expect(JSON.stringify(reused)).toBe(JSON.stringify(full));
          for (const r of Object.keys(full.applications) as (keyof typeof full.applications)[])
            if (
              r !== 'totalHandled' &&
              next.applications[r as 'granted'] === before.draft.applications[r as 'granted']
            )
              expect(reused.applications[r]).toBe(before.report.applications[r]);
          if (RESULT_ROWS.every((r) => next.applications[r] === before.draft.applications[r]))
            expect(reused.applications.totalHandled).toBe(before.report.applications.totalHandled);
          before = { draft: next, report: reused };
        }
      }),
      { numRuns: 300 },
    );
  });
});
