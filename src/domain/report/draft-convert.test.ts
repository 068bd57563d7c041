import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import { cellAddress } from './cell-address';
import { draftToReport, draftToReportReusing, reportToDraft, writeDraftCell } from './draft-convert';

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
});
