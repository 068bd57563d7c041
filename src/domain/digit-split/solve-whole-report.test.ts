import { describe, expect, it } from 'vitest';
import expected from '../fixtures/qufu-2021.expected.json';
import { APPEAL_GROUPS, DOCUMENT_FIELDS } from '../report/keys';
import { joinCells } from './run-together';
import { solveWholeReport } from './solve-whole-report';
import { qufuAppeals, qufuMatrix, runTogether } from './test-arbitraries';

describe('solveWholeReport', () => {
  it('reads every run-together table of the sample report', () => {
    const docs = (row: 'regulations' | 'normativeDocuments'): string =>
      joinCells(DOCUMENT_FIELDS.map((f) => expected.proactive[row][f]));
    const appeals = qufuAppeals();
    const result = solveWholeReport({
      proactive: {
        regulations: { digits: docs('regulations') },
        // 「行政规范性文件1211」 is ambiguous alone; the narrative states 11 in force.
        normativeDocuments: { digits: docs('normativeDocuments'), hints: { inForce: 11 } },
      },
      applications: runTogether(qufuMatrix()),
      appeals: APPEAL_GROUPS.map((g) => joinCells(appeals[g])).join(''),
    });
    expect(docs('normativeDocuments')).toBe('1211');
    expect(result.proactive.regulations?.values).toEqual([0, 0, 0]);
    expect(result.proactive.normativeDocuments?.values).toEqual([1, 2, 11]);
    expect(result.applications?.status).toBe('unique');
    expect(result.applications?.rows).toEqual(qufuMatrix());
    expect(result.appeals?.groups).toEqual(appeals);
  });

  it('solves only what is given', () => {
    const result = solveWholeReport({});
    expect(result).toEqual({ proactive: {}, applications: null, appeals: null });
  });
});
