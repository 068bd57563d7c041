import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPEAL_GROUPS } from '../report/keys';
import { joinCells } from './run-together';
import { solveAppeals } from './solve-appeals';
import { type AppealsTable, appealsTable, qufuAppeals, realisticCount, wideCount } from './test-arbitraries';

const wholeRun = (t: AppealsTable): string => APPEAL_GROUPS.map((g) => joinCells(t[g])).join('');
const isTruth = (reading: Partial<AppealsTable>, t: AppealsTable): boolean =>
  APPEAL_GROUPS.every((g) => reading[g]?.join() === t[g].join());

describe('solveAppeals', () => {
  it('reads the sample report’s part 四, 15 cells in one run, uniquely', () => {
    const truth = qufuAppeals();
    expect(wholeRun(truth)).toBe('000000000000000');
    const result = solveAppeals(wholeRun(truth));
    expect(result.status).toBe('unique');
    expect(result.groups).toEqual(truth);
    expect(result.unsolved).toEqual([]);
  });

  it.each<[string, AppealsTable]>([
    [
      'small counts',
      {
        reconsideration: [1, 2, 0, 0, 3],
        litigationDirect: [0, 0, 0, 1, 1],
        litigationAfterReconsideration: [0, 0, 0, 0, 0],
      },
    ],
    [
      'a two-digit total',
      {
        reconsideration: [5, 3, 2, 1, 11],
        litigationDirect: [0, 0, 0, 0, 0],
        litigationAfterReconsideration: [2, 0, 0, 0, 2],
      },
    ],
  ])('reads %s uniquely', (_, truth) => {
    const result = solveAppeals(wholeRun(truth));
    expect(result.status).toBe('unique');
    expect(result.groups).toEqual(truth);
  });

  it('reads one run per group', () => {
    const truth = qufuAppeals();
    const result = solveAppeals({
      reconsideration: '00000',
      litigationDirect: '10001',
      litigationAfterReconsideration: '00000',
    });
    expect(result.status).toBe('unique');
    expect(result.groups).toEqual({ ...truth, litigationDirect: [1, 0, 0, 0, 1] });
  });

  it('does not choose between 0|0|99|0 and 0|0|9|90: both sum to 99', () => {
    const truth: AppealsTable = {
      reconsideration: [0, 0, 0, 0, 0],
      litigationDirect: [6, 0, 0, 0, 6],
      litigationAfterReconsideration: [0, 0, 99, 0, 99],
    };
    const result = solveAppeals(wholeRun(truth));
    expect(result.status).toBe('ambiguous');
    expect(result.ambiguousGroups).toEqual(['litigationAfterReconsideration']);
    expect(result.groups).toEqual({
      reconsideration: truth.reconsideration,
      litigationDirect: truth.litigationDirect,
    });
    expect(result.candidates.map((c) => c.litigationAfterReconsideration)).toEqual(
      expect.arrayContaining([
        [0, 0, 99, 0, 99],
        [0, 0, 9, 90, 99],
      ]),
    );
    expect(result.candidates).toHaveLength(2);
  });

  it('leaves a misprinted 「总计」 unread rather than bending the other cells', () => {
    const whole = solveAppeals('000000000000001');
    expect(whole.status).toBe('none');
    expect(whole.candidates).toEqual([]);
    expect(whole.unsolved.map((u) => u.group)).toEqual([...APPEAL_GROUPS]);
    expect(whole.unsolved[0]?.reason).toContain('000000000000001');

    const perGroup = solveAppeals({ reconsideration: '11014', litigationDirect: '00000' });
    expect(perGroup.unsolved).toEqual([
      { group: 'reconsideration', reason: expect.stringContaining('行政复议') },
    ]);
    expect(perGroup.groups).toEqual({ litigationDirect: [0, 0, 0, 0, 0] });
    expect(perGroup.status).toBe('unique');
  });

  it('rejects a run with other characters', () => {
    expect(solveAppeals('0000x0000000000').status).toBe('none');
  });

  it('on random valid tables returns the truth, uniquely or among the candidates', () => {
    fc.assert(
      fc.property(appealsTable(fc.oneof(realisticCount, wideCount)), (truth) => {
        const result = solveAppeals(wholeRun(truth));
        expect(result.status).not.toBe('none');
        for (const c of result.candidates) expect(wholeRun(c as AppealsTable)).toBe(wholeRun(truth));
        if (result.status === 'unique') expect(isTruth(result.groups, truth)).toBe(true);
        if (!result.candidatesTruncated) expect(result.candidates.some((c) => isTruth(c, truth))).toBe(true);
        for (const [g, values] of Object.entries(result.groups))
          expect(values).toEqual(truth[g as keyof AppealsTable]);
      }),
    );
  });
});
