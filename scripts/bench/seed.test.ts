import { describe, expect, it } from 'vitest';
import expected from '../../src/domain/fixtures/qufu-2021.expected.json';
import { draftToReport } from '../../src/domain/report/draft-convert';
import { APPLICANT_INPUT_COLUMNS, APPLICATION_INPUT_ROWS } from '../../src/domain/report/keys';
import { reportDraftSchema } from '../../src/domain/report/report-schema';
import { createRng, emptyRecord, listRecords, MATRIX_INPUT_ROWS, matrixTsv, variedDrafts } from './seed';

describe('seeded drafts', () => {
  it('are the same for the same seed and differ between seeds', () => {
    expect(variedDrafts(5, 1)).toEqual(variedDrafts(5, 1));
    expect(variedDrafts(5, 1)).not.toEqual(variedDrafts(5, 2));
  });

  it('are valid stored drafts that differ from one another', () => {
    const drafts = variedDrafts(50, 7);
    for (const d of drafts) expect(reportDraftSchema.safeParse(d).success).toBe(true);
    const matrices = new Set(drafts.map((d) => JSON.stringify(d.applications)));
    expect(matrices.size).toBe(drafts.length);
  });

  it('createRng stays in [0, 1)', () => {
    const rng = createRng(42);
    for (let i = 0; i < 1000; i++) {
      const x = rng();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});

describe('stored records', () => {
  const records = listRecords(40, 3, new Date('2025-03-01T00:00:00Z'));

  it('have unique ids, live draft kind, and list fields in step with draft and review', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const r of records) {
      expect(r.id).toBe(r.draft.id);
      expect(r.kind).toBe('draft');
      expect(r.deletedAt).toBeNull();
      expect(r.agencyName).toBe(r.draft.meta.agencyName);
      expect(r.year).toBe(r.draft.meta.year);
      expect(r.status).toBe(r.review.status);
    }
  });

  it('carry distinct 最后保存 times, newest first', () => {
    const times = records.map((r) => Date.parse(r.updatedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(new Set(times).size).toBe(times.length);
  });

  it('an empty record has every input cell blank', () => {
    const r = emptyRecord('bench-empty');
    for (const row of APPLICATION_INPUT_ROWS)
      for (const c of APPLICANT_INPUT_COLUMNS) expect(r.draft.applications[row][c]).toBe('');
  });
});

describe('matrixTsv', () => {
  it('is the 24 input rows × 6 columns of the fixture, in table order', () => {
    expect(MATRIX_INPUT_ROWS).toEqual([...APPLICATION_INPUT_ROWS]);
    const rows = matrixTsv()
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split('\t').map(Number));
    expect(rows).toHaveLength(24);
    const apps = expected.applications as Record<string, Record<string, number>>;
    rows.forEach((cells, i) => {
      expect(cells).toEqual(APPLICANT_INPUT_COLUMNS.map((c) => apps[APPLICATION_INPUT_ROWS[i]!]![c]));
    });
  });

  it('balances every column once pasted (the paste figure waits for that)', () => {
    const draft = emptyRecord('bench-paste').draft;
    const rows = matrixTsv().trimEnd().split('\r\n');
    rows.forEach((line, i) => {
      line.split('\t').forEach((text, c) => {
        (draft.applications[APPLICATION_INPUT_ROWS[i]!] as Record<string, string>)[
          APPLICANT_INPUT_COLUMNS[c]!
        ] = text;
      });
    });
    const a = draftToReport(draft).applications;
    expect(a.newReceived.total! + a.carriedOver.total!).toBe(a.totalHandled.total! + a.carriedForward.total!);
  });
});
