import { describe, expect, it } from 'vitest';
import { qufuReport } from '../fixtures/qufu-2021';
import expected from '../fixtures/qufu-2021.expected.json';
import { cellId, INPUT_CELLS, parseCellId } from './cell-address';
import { draftToReport, readDraftCell, reportToDraft, writeDraftCell } from './draft-convert';
import { emptyDraft } from './empty-report';
import { reportDraftSchema, reportSchema } from './report-schema';

describe('report schema', () => {
  it('validates the fixture, whose derived totals match the published ones', () => {
    const report = reportSchema.parse(qufuReport());
    expect(report.applications).toEqual(expected.applications);
    expect(report.appeals).toEqual(expected.appeals);
  });

  it('keeps raw text in a draft and turns it into null in the checked report', () => {
    const cell = { part: 'applications', row: 'newReceived', column: 'natural' } as const;
    const draft = writeDraftCell(
      emptyDraft({ id: 'a', agencyName: 'x', year: 2021, reportKind: 'department' }),
      cell,
      '12a',
    );
    expect(reportDraftSchema.parse(draft)).toBeTruthy();
    expect(readDraftCell(draft, cell)).toBe('12a');
    expect(draftToReport(draft).applications.newReceived.natural).toBeNull();
    const fixed = writeDraftCell(draft, cell, '１，２00');
    expect(draftToReport(fixed).applications.newReceived.natural).toBe(1200);
  });

  it('round-trips report → draft → report', () => {
    const report = qufuReport();
    report.proactive.fees.amount = 24252.311082;
    expect(draftToReport(reportToDraft(report))).toEqual(report);
  });

  it('rejects extra keys, negative and fractional counts', () => {
    const r = qufuReport() as unknown as Record<string, unknown>;
    expect(reportSchema.safeParse({ ...r, extra: 1 }).success).toBe(false);
    const neg = qufuReport();
    neg.applications.granted.natural = -1;
    expect(reportSchema.safeParse(neg).success).toBe(false);
    const frac = qufuReport();
    frac.appeals.reconsideration.upheld = 1.5;
    expect(reportSchema.safeParse(frac).success).toBe(false);
  });
});

describe('cell addresses', () => {
  it.each(INPUT_CELLS.map((c) => [cellId(c)]))('%s parses back to itself', (id) => {
    const parsed = parseCellId(id);
    expect(parsed && cellId(parsed)).toBe(id);
  });
  it('has 144 + 12 + 10 input cells', () => {
    expect(INPUT_CELLS.length).toBe(166);
  });
  it.each([
    'applications.nope.natural', // address-literal: no such row, for the parser to reject
    'proactive.fees.issued', // address-literal: a column the row does not have
    'appeals.reconsideration',
    'a.b.c.d',
    '',
  ])('rejects %s', (id) => expect(parseCellId(id)).toBeNull());
});
